package dev.assetsync.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.assetsync.plan.PreviousRelease;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.ReleaseAssertions.MANIFEST_KEY;
import static dev.assetsync.cases.ReleaseAssertions.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C18: a corrupt remote manifest gives one warning that says why, the publish falls back to one listing, writes only
 * what is missing or changed and replaces the manifest; the next run costs one request.
 */
@ExtendWith(S3TestServerExtension.class)
class C18RemoteManifestCorruptTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a-truncated.json   | it is truncated
            b-empty.json       | it is empty
            c-wrong-shape.json | it has the wrong shape
            d-not-json.json    | it is not JSON
            """)
    void corruptManifestWarnsThenFallsBackToOneListing(String corruptFile, String reason, S3TestServer server)
            throws IOException {
        CasePublisher cases = new CasePublisher(server, "C18-remote-manifest-corrupt");
        byte[] corrupt = Files.readAllBytes(cases.expected().input("corrupt-manifests").resolve(corruptFile));
        publishOverCorruptManifest(cases, server, corrupt, reason);
    }

    /** Other forms of an unusable manifest: another version, inconsistent entries, other JSON values, blanks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"version": 2, "paths": {}, "files": {}}'                                   | its format version 2
            '{"version": "1", "paths": {}, "files": {}}'                                 | it has the wrong shape
            '{"version": 1, "paths": {"css/app.css": "css/app.d68818d4ff81.css"}, "files": {}}' | hashed path
            '{"version": 1, "paths": {"css/app.css": 7}, "files": {}}'                   | path 'css/app.css'
            'null'                                                                       | it has the wrong shape
            '[{"version": 1}]'                                                           | it has the wrong shape
            '   '                                                                        | it is empty
            '{"version": 1, "paths": {}, "files": {}} trailing'                          | it is not JSON
            """)
    void otherUnusableManifestsAreHandledTheSameWay(String manifest, String reason, S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C18-remote-manifest-corrupt");
        publishOverCorruptManifest(cases, server, manifest.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static void publishOverCorruptManifest(CasePublisher cases, S3TestServer server, byte[] corrupt,
            String reason) {
        cases.publish("r1");
        assertPublished(cases, server, "step1");
        cases.bucket().put(MANIFEST_KEY, corrupt, "application/json", "no-cache");
        server.log().clear();
        int eventsBefore = cases.events().size();

        PublishReport step3 = cases.publish("r2");

        List<PublishEvent.PreviousReleaseRead> reads = cases.events().subList(eventsBefore, cases.events().size())
            .stream()
            .filter(PublishEvent.PreviousReleaseRead.class::isInstance)
            .map(PublishEvent.PreviousReleaseRead.class::cast)
            .toList();
        assertThat(reads).singleElement().satisfies((read) -> {
            assertThat(read.manifestKey()).endsWith("/" + MANIFEST_KEY);
            assertThat(read.previous()).isInstanceOfSatisfying(PreviousRelease.Unusable.class,
                    (unusable) -> assertThat(unusable.reason()).startsWith(reason));
        });
        List<RecordedRequest> requests = server.log().requests();
        assertThat(requests.get(0).operation()).isEqualTo(S3Operation.GET_OBJECT);
        assertThat(requests.get(0).key()).isEqualTo(MANIFEST_KEY);
        assertThat(requests.get(1).operation()).isEqualTo(S3Operation.LIST_OBJECTS_V2);
        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(requests).allMatch(RecordedRequest::succeeded);
        assertThat(server.log().count(S3Operation.HEAD_OBJECT)).as("the manifest check before original names")
            .isEqualTo(1);
        assertThat(requests).hasSize(3 + cases.expected().uploads("step3").size());
        assertPublished(cases, server, "step3");
        assertConsistent(cases.bucket());
        assertThat(step3.unchangedFiles()).isZero();
        assertThat(step3.objectsWritten()).isEqualTo(2);
        assertThat(step3.manifestWritten()).isTrue();

        server.log().clear();
        PublishReport step4 = cases.publish("r2");

        assertThat(server.log().requests()).singleElement().satisfies((request) -> {
            assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT);
            assertThat(request.key()).isEqualTo(MANIFEST_KEY);
        });
        assertThat(step4.objectsWritten()).isZero();
        assertThat(step4.unchangedFiles()).isEqualTo(3);
    }
}
