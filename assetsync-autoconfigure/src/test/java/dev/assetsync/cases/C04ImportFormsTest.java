package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.linksFrom;
import static org.assertj.core.api.Assertions.assertThat;

/** C04: every spelling of a local @import names the hashed file in its own form; remote imports stay. */
@ExtendWith(S3TestServerExtension.class)
class C04ImportFormsTest {

    @Test
    void localImportsRewrittenInTheirOwnFormAndRemoteOnesLeftAlone(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C04-css-import-forms");

        assertPublishes(cases, server, "r1", "step1");
        assertThat(linksFrom(cases, "css/main.20b39f5013c4.css"))
            .extracting(LinkCheck.Reference::line)
            .containsExactly(1, 2, 3, 4, 5);
    }
}
