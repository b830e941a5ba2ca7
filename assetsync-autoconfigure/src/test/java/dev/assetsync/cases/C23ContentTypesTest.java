package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.PREFIX;
import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.PublishedStep.manifestPaths;
import static org.assertj.core.api.Assertions.assertThat;

/** C23: Content-Type from the built-in extension table, the same on the hashed and the unhashed copy. */
@ExtendWith(S3TestServerExtension.class)
class C23ContentTypesTest {

    @Test
    void everyExtensionGetsItsTypeOnBothCopies(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C23-content-types");

        cases.publish("r1");

        assertPublished(cases, server, "step1");
        Map<String, String> paths = manifestPaths(cases);
        assertThat(paths).hasSize(26);
        paths.forEach((path, hashedPath) -> {
            String type = cases.bucket().object(PREFIX + path).contentType();
            assertThat(cases.bucket().object(PREFIX + hashedPath).contentType()).as(path).isEqualTo(type)
                .isNotEqualTo("binary/octet-stream")
                .isNotBlank();
            if (type.startsWith("text/")) {
                assertThat(type).as(path).endsWith("; charset=utf-8");
            }
        });
    }
}
