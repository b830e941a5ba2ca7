package dev.assetsync.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static org.assertj.core.api.Assertions.assertThat;

/** C26: a fresh build with the same assets costs one request and uploads nothing. */
@ExtendWith(S3TestServerExtension.class)
class C26RepublishUnchangedTest {

    @Test
    void freshCopyWithNewModificationTimesCostsOneRequest(S3TestServer server, @TempDir Path fresh)
            throws IOException {
        CasePublisher cases = new CasePublisher(server, "C26-republish-unchanged-one-request");
        cases.publish("r1");
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");

        copyWithNewTimes(cases.expected().input("r1"), fresh);
        server.log().clear();
        PublishReport report = cases.publish(fresh, (settings) -> settings);

        assertThat(server.log().requests()).singleElement().satisfies((request) -> {
            assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT);
            assertThat(request.key()).isEqualTo("static/assetsync-manifest.json");
        });
        assertThat(report.objectsWritten()).isZero();
        assertThat(report.unchangedFiles()).isEqualTo(8);
        assertThat(report.requests()).isEqualTo(1);
    }

    private static void copyWithNewTimes(Path source, Path target) throws IOException {
        FileTime later = FileTime.from(Instant.now().plusSeconds(3600));
        for (Path copy : ReleaseFolders.copy(source, target)) {
            Files.setLastModifiedTime(copy, later);
        }
    }
}
