package dev.assetsync.cases;

import java.nio.file.Files;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

import dev.assetsync.testsupport.ExpectedObject;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertOneRequestNothingWritten;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

/** C33: no Content-Encoding on any object while compression is off; a .gz input is an ordinary file. */
@ExtendWith(S3TestServerExtension.class)
class C33NoSpuriousContentEncodingTest {

    private static final String CASE = "C33-no-spurious-content-encoding";

    @Test
    void noContentEncodingAndTheGzipInputIsPublishedAsIs(S3TestServer server) throws IOException {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1");

        assertPublished(cases, server, "step1");
        assertServedAsStored(cases);
        byte[] input = Files.readAllBytes(cases.expected().input("r1").resolve("classes/static/js/app.js.gz"));
        assertThat(cases.bucket().object(PREFIX + "js/app.js.6a5724174b5a.gz").bytes()).isEqualTo(input);
        assertThat(cases.bucket().object(PREFIX + "js/app.js.gz").bytes()).isEqualTo(input);

        server.log().clear();
        assertOneRequestNothingWritten(server.log(), cases.publish("r1"));
    }

    /** The SDK's default client streams uploads with aws-chunked signing: that must not leave a Content-Encoding. */
    @Test
    void streamingChecksumUploadsLeaveNoContentEncoding(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        cases.publish("r1", (settings) -> settings.withChecksums(RequestChecksumCalculation.WHEN_SUPPORTED));

        assertPublished(cases, server, "step1");
        assertServedAsStored(cases);
    }

    /** A GET that says it could decompress gets the stored bytes and no Content-Encoding. */
    private static void assertServedAsStored(CasePublisher cases) {
        for (ExpectedObject row : cases.expected().bucket("step1")) {
            String key = row.fullKey(PREFIX);
            StoredObject served = cases.bucket().objectAcceptingGzip(key);
            row.md5().ifPresent((md5) -> assertThat(served.md5()).as("MD5 of %s", key).isEqualTo(md5));
            assertThat(served.contentEncoding()).as("Content-Encoding of %s", key).isEmpty();
        }
    }
}
