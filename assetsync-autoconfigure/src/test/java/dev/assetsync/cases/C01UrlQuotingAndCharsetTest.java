package dev.assetsync.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.LinkCheck;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublishes;
import static org.assertj.core.api.Assertions.assertThat;

/** C01: url() in every quoting and spacing is rewritten keeping the author's text; a BOM and non-ASCII bytes stay. */
@ExtendWith(S3TestServerExtension.class)
class C01UrlQuotingAndCharsetTest {

    @Test
    void everySpellingOfUrlIsRewrittenAndTheBytesAroundItKept(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, "C01-css-url-quoting-whitespace-and-charset");

        assertPublishes(cases, server, "r1", "step1");
        LinkCheck.Result links = LinkCheck.of(cases.bucket(), PREFIX).run();
        assertThat(links.from(PREFIX + "css/quoting.153e073d5deb.css"))
            .extracting(LinkCheck.Reference::target)
            .containsExactly("static/img/a.9d3f217f6cfa.png", "static/img/b.89651c065b3c.png",
                    "static/img/c.a3a799f52157.png", "static/img/d.3ce6c6c03aa3.png", "static/img/e.8d7619bdb448.png",
                    "static/img/f.e98473b27356.png", "static/img/a.9d3f217f6cfa.png", "static/img/b.89651c065b3c.png",
                    "static/img/c.a3a799f52157.png");

        byte[] source = Files.readAllBytes(cases.expected().input("r1").resolve("classes/static/css/bom.css"));
        byte[] published = cases.bucket().object(PREFIX + "css/bom.b52c67bb3ef4.css").bytes();
        assertThat(published).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(published[3]).isNotEqualTo((byte) 0xEF);
        assertThat(nonAscii(published)).isEqualTo(nonAscii(source)).isNotEmpty();
    }

    /** The bytes above 0x7F in order: what a wrong charset would change. */
    private static byte[] nonAscii(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b < 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
