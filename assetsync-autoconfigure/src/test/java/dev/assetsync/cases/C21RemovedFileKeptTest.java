package dev.assetsync.cases;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.ReleaseAssertions.assertConsistent;
import static dev.assetsync.testsupport.CaseAssertions.assertRewrittenStored;
import static org.assertj.core.api.Assertions.assertThat;

/** C21: files removed from the app leave the manifest but every object of the old release stays in the bucket. */
@ExtendWith(S3TestServerExtension.class)
class C21RemovedFileKeptTest {

    @Test
    void removedFilesLeaveTheManifestButTheirObjectsStay(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C21-removed-file-old-hashed-copies-kept");
        cases.publish("r1");
        assertPublished(cases, server, "step1");
        server.log().clear();

        PublishReport step2 = cases.publish("r2");

        assertPublished(cases, server, "step2");
        assertThat(server.log().requests()).extracting(RecordedRequest::operation)
            .doesNotContain(S3Operation.DELETE_OBJECT, S3Operation.DELETE_OBJECTS)
            .containsOnlyOnce(S3Operation.GET_OBJECT, S3Operation.LIST_OBJECTS_V2);
        assertRewrittenStored(cases.bucket(), cases.expected().rewritten("step1"), Map.of(), "static/");
        assertConsistent(cases.bucket());
        assertThat(cases.events()).filteredOn(PublishEvent.Planned.class::isInstance)
            .last()
            .satisfies((event) -> assertThat(((PublishEvent.Planned) event).plan().removedPaths())
                .containsExactlyInAnyOrder("css/old.css", "img/old.png", "js/legacy.js"));
        assertThat(step2.changedFiles()).isEqualTo(1);
        assertThat(step2.unchangedFiles()).isEqualTo(1);
    }
}
