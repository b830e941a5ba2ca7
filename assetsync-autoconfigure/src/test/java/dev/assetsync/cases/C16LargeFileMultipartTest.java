package dev.assetsync.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertOneRequestNothingWritten;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static org.assertj.core.api.Assertions.assertThat;

/** C16: a file over the multipart threshold keeps its metadata and is not uploaded again while unchanged. */
@ExtendWith(S3TestServerExtension.class)
class C16LargeFileMultipartTest {

    private static final long MIB = 1024 * 1024;

    /** What the case's generate.py writes: byte i is (i*31+7) % 251; r2 adds 1 (mod 251) at this offset. */
    private static final int SIZE = 20971643;

    private static final int CHANGED_OFFSET = 10485760;

    private static final String HASHED_R1 = PREFIX + "media/intro.39b604bb328a.mp4";

    @Test
    void uploadedInPartsWithMetadataThenSkippedThenReplacedOnAOneByteChange(S3TestServer server,
            @TempDir Path inputs) throws IOException {
        CasePublisher cases = new CasePublisher(server, "C16-large-file-over-multipart-threshold");
        Path r1 = generate(cases, inputs, "r1");
        Path r2 = generate(cases, inputs, "r2");
        assertThat(sha256(r1.resolve("classes/static/media/intro.mp4")))
            .isEqualTo("28ab817e5585f69d4613b4cc07aa7b1dcc6edad234ac3f96bd62b6b9f925266a");
        assertThat(sha256(r2.resolve("classes/static/media/intro.mp4")))
            .isEqualTo("53a093ce8719a36f4424000f426bc91bf9206548df2f1a9580c240cd9a3a61a8");

        server.log().clear();
        PublishReport first = cases.publish(r1, (settings) -> settings.withMultipart(8 * MIB, 8 * MIB));

        assertPublished(cases, server, "step1");
        // Every request counts, each part of the large file too.
        assertThat(first.requests()).isEqualTo(server.log().requests().size());
        assertThat(requestsFor(server, HASHED_R1)).extracting(RecordedRequest::operation).containsExactly(
                S3Operation.CREATE_MULTIPART_UPLOAD, S3Operation.UPLOAD_PART, S3Operation.UPLOAD_PART,
                S3Operation.UPLOAD_PART, S3Operation.COMPLETE_MULTIPART_UPLOAD);
        RecordedRequest create = server.log().requests(S3Operation.CREATE_MULTIPART_UPLOAD).get(0);
        assertThat(create.request().header("Content-Type")).hasValue("video/mp4");
        assertThat(create.request().header("Cache-Control")).hasValue(CaseSettings.HASHED_CACHE_CONTROL);
        StoredObject hashed = cases.bucket().object(HASHED_R1);
        assertThat(sha256(hashed.bytes())).isEqualTo("28ab817e5585f69d4613b4cc07aa7b1dcc6edad234ac3f96bd62b6b9f925266a");
        assertThat(hashed.eTag()).matches("\"[0-9a-f]{32}-3\"");
        assertThat(hashed.contentType()).isEqualTo("video/mp4");
        assertThat(hashed.cacheControl()).hasValue(CaseSettings.HASHED_CACHE_CONTROL);
        assertThat(cases.bucket().object(PREFIX + "media/intro.mp4").bytes()).isEqualTo(hashed.bytes());

        server.log().clear();
        PublishReport unchanged = cases.publish(r1, (settings) -> settings.withMultipart(8 * MIB, 8 * MIB));
        assertOneRequestNothingWritten(server.log(), unchanged);

        // A multipart ETag is no MD5: checking against a listing must not take that for a difference.
        server.log().clear();
        cases.publish(r1, (settings) -> settings.withMultipart(8 * MIB, 8 * MIB).verifying());
        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(server.log().writes()).isEmpty();

        server.log().clear();
        PublishReport changed = cases.publish(r2, (settings) -> settings.withMultipart(8 * MIB, 8 * MIB));

        assertPublished(cases, server, "step3");
        assertThat(changed.changedFiles()).isEqualTo(1);
        assertThat(changed.unchangedFiles()).isEqualTo(2);
        assertThat(server.log().count(S3Operation.UPLOAD_PART)).isEqualTo(3);
    }

    /** The case's release folder copied, with the large input written as generate.py describes it. */
    private static Path generate(CasePublisher cases, Path inputs, String release) throws IOException {
        Path target = inputs.resolve(release);
        ReleaseFolders.copy(cases.expected().input(release), target);
        Path intro = target.resolve("classes/static/media/intro.mp4");
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(intro)) {
            for (int start = 0; start < SIZE; start += buffer.length) {
                int length = Math.min(buffer.length, SIZE - start);
                for (int j = 0; j < length; j++) {
                    long i = start + j;
                    int value = (int) ((i * 31 + 7) % 251);
                    if (release.equals("r2") && i == CHANGED_OFFSET) {
                        value = (value + 1) % 251;
                    }
                    buffer[j] = (byte) value;
                }
                out.write(buffer, 0, length);
            }
        }
        return target;
    }

    private static List<RecordedRequest> requestsFor(S3TestServer server, String key) {
        return server.log().requests().stream().filter((request) -> key.equals(request.key())).toList();
    }

    private static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
