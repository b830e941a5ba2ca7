package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.linksFrom;
import static org.assertj.core.api.Assertions.assertThat;

/** C10: url() and @import inside comments and strings are text, not references, even in strict mode. */
@ExtendWith(S3TestServerExtension.class)
class C10UrlsInCommentsAndStringsTest {

    @Test
    void strictPublishSucceedsAndOnlyTheRealUrlsAreRewritten(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C10-urls-in-comments-and-strings-ignored");

        assertPublishes(cases, server, "r1", CaseSettings::strictly, "step1");
        assertThat(linksFrom(cases, "css/vendor-ui.a04eacc189e9.css"))
            .extracting(LinkCheck.Reference::toString)
            .containsExactly("static/css/vendor-ui.a04eacc189e9.css:6 ../img/icons.e781d0c3cc8f.png -> "
                    + "static/img/icons.e781d0c3cc8f.png", "static/css/vendor-ui.a04eacc189e9.css:9 "
                            + "../img/icons.e781d0c3cc8f.png -> static/img/icons.e781d0c3cc8f.png");
    }
}
