package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static org.assertj.core.api.Assertions.assertThat;

/** C27: a stylesheet whose source is unchanged gets a new name when an image it refers to changed. */
@ExtendWith(S3TestServerExtension.class)
class C27ReferencedAssetChangeTest {

    @Test
    void changedImageRenamesTheStylesheetThatRefersToIt(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C27-referenced-asset-change-renames-css");
        assertPublishes(cases, server, "r1", "step1");

        assertPublishes(cases, server, "r2", "step2");
        assertRewrittenStored(cases.bucket(), cases.expected().rewritten("step1"), Map.of(), PREFIX);
        LinkCheck.Result links = LinkCheck.of(cases.bucket(), PREFIX).run();
        assertThat(links.from(PREFIX + "css/app.285eb2b5c135.css")).extracting(LinkCheck.Reference::target)
            .containsExactly("static/img/bg.7a9da15e9523.png");
        assertThat(links.from(PREFIX + "css/app.bbec93b37146.css")).extracting(LinkCheck.Reference::target)
            .containsExactly("static/img/bg.e871446a5139.png");
        assertThat(links.from(PREFIX + "css/app.css")).extracting(LinkCheck.Reference::target)
            .containsExactly("static/img/bg.e871446a5139.png");
    }
}
