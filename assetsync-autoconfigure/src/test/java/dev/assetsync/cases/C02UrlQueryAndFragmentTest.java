package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static dev.assetsync.cases.PublishedStep.linksFrom;
import static org.assertj.core.api.Assertions.assertThat;

/** C02: the path before a query or fragment is hashed; the query and fragment stay byte for byte. */
@ExtendWith(S3TestServerExtension.class)
class C02UrlQueryAndFragmentTest {

    @Test
    void pathIsHashedAndQueryAndFragmentKept(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C02-css-url-with-query-and-fragment");

        assertPublishes(cases, server, "r1", "step1");
        assertThat(linksFrom(cases, "css/fonts.6c9ac42385c3.css"))
            .extracting(LinkCheck.Reference::target)
            .containsExactly("static/fonts/demo.13c3df0af425.eot", "static/fonts/demo.13c3df0af425.eot",
                    "static/fonts/demo.a635e549a4d7.woff2", "static/fonts/demo.73c410d5b717.woff",
                    "static/fonts/demo.6e2ecde640e5.ttf", "static/fonts/demo.83c623c74c91.svg",
                    "static/img/sprite.28c57a04e8d0.svg", "static/img/sprite.28c57a04e8d0.svg");
    }
}
