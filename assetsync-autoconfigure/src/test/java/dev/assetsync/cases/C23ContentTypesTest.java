package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.CaseChecks.PREFIX;
import static dev.assetsync.cases.CaseChecks.assertStep;
import static dev.assetsync.cases.CaseChecks.manifest;
import static org.assertj.core.api.Assertions.assertThat;

/** C23: Content-Type from the built-in extension table, the same on the hashed and the unhashed copy. */
@ExtendWith(S3TestServerExtension.class)
class C23ContentTypesTest {

    @Test
    void everyExtensionGetsItsTypeOnBothCopies(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C23-content-types");

        cases.publish("r1");

        assertStep(cases, server.log(), "step1");
        Map<String, ManifestEntry> entries = manifest(cases.bucket()).entries();
        assertThat(entries).hasSize(26);
        entries.forEach((path, entry) -> {
            String type = cases.bucket().object(PREFIX + path).contentType();
            assertThat(cases.bucket().object(PREFIX + entry.hashedPath()).contentType()).as(path).isEqualTo(type)
                .isNotEqualTo("binary/octet-stream")
                .isNotBlank();
            if (type.startsWith("text/")) {
                assertThat(type).as(path).endsWith("; charset=utf-8");
            }
        });
    }
}
