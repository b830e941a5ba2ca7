package dev.assetsync.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.plan.EntryStatus;
import dev.assetsync.plan.ObjectWrite;
import dev.assetsync.plan.PlannedEntry;
import dev.assetsync.plan.PublishPlan;
import dev.assetsync.publish.PublishException;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.ExpectedUploads;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.StoredObject;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** C29: a dry run makes no write of any kind, and its plan is exactly what the real run then writes. */
@ExtendWith(S3TestServerExtension.class)
class C29DryRunTest {

    private static final String CASE = "C29-dry-run-writes-nothing";

    @Test
    void dryRunOnAnEmptyBucketPlansEveryKeyAsNew(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);

        PublishReport report = cases.publish("r1", CaseSettings::asDryRun);

        assertThat(server.log().writes()).isEmpty();
        assertThat(cases.bucket().keys()).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.manifestWritten()).isTrue();
        PublishPlan plan = lastPlan(cases);
        assertThat(plan.entries()).extracting(PlannedEntry::status).containsOnly(EntryStatus.NEW);
        List<String> expectedKeys = cases.expected().bucket("step1").stream()
            .map((row) -> row.fullKey("static/"))
            .filter((key) -> !key.equals(ReleaseAssertions.MANIFEST_KEY))
            .toList();
        assertThat(keys(plan)).containsExactlyInAnyOrderElementsOf(expectedKeys);
    }

    @Test
    void dryRunOfAChangeWritesNothingAndPlansWhatTheRealRunWrites(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.publish("r1");
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        Map<String, StoredObject> before = cases.bucket().objects();
        server.log().clear();

        PublishReport dryRun = cases.publish("r2", CaseSettings::asDryRun);

        assertThat(server.log().writes()).isEmpty();
        assertThat(cases.bucket().objects()).isEqualTo(before);
        assertThat(dryRun.dryRun()).isTrue();
        PublishPlan plan = lastPlan(cases);
        assertThat(plan.entries()).extracting(PlannedEntry::path, PlannedEntry::status).containsExactlyInAnyOrder(
                tuple("css/app.css", EntryStatus.CHANGED),
                tuple("img/a.png", EntryStatus.CHANGED),
                tuple("js/keep.js", EntryStatus.UNCHANGED),
                tuple("js/new.js", EntryStatus.NEW));
        ExpectedUploads step3 = cases.expected().uploads("step3");
        assertThat(plan.hashedWrites()).extracting(ObjectWrite::key)
            .containsExactlyInAnyOrderElementsOf(step3.hashed().stream().map((key) -> "static/" + key).toList());
        assertThat(plan.unhashedWrites()).extracting(ObjectWrite::key)
            .containsExactlyInAnyOrderElementsOf(step3.unhashed().stream().map((key) -> "static/" + key).toList());
        assertThat(plan.writesManifest()).isTrue();
        server.log().clear();

        PublishReport real = cases.publish("r2");

        assertPublished(cases, server, "step3");
        PublishPlan realPlan = lastPlan(cases);
        assertThat(realPlan.entries()).isEqualTo(plan.entries());
        assertThat(keys(realPlan)).isEqualTo(keys(plan));
        assertThat(real.objectsWritten()).isEqualTo(dryRun.objectsWritten());
        assertThat(real.bytesWritten()).isEqualTo(dryRun.bytesWritten());
    }

    @Test
    void dryRunInStrictModeFailsLikeTheRealRun(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C06-missing-reference-warns-or-fails-strict");

        PublishException dryRun = cases.publishFails("r2", (settings) -> settings.strictly().asDryRun());
        PublishException real = cases.publishFails("r2", CaseSettings::strictly);

        assertThat(dryRun.getMessage()).isEqualTo(real.getMessage())
            .contains("assetsync.strict=true", "css/app.css:2 ../img/missing.png");
        // The previous manifest is read while the files are staged; nothing else is asked, nothing written.
        assertThat(server.log().requests()).allSatisfy((request) -> assertThat(request.operation())
            .isEqualTo(S3Operation.GET_OBJECT));
        assertThat(server.log().writes()).isEmpty();
    }

    private static PublishPlan lastPlan(CasePublisher cases) {
        return cases.events().stream()
            .filter(PublishEvent.Planned.class::isInstance)
            .map((event) -> ((PublishEvent.Planned) event).plan())
            .reduce((first, second) -> second)
            .orElseThrow();
    }

    private static List<String> keys(PublishPlan plan) {
        return Stream.concat(plan.hashedWrites().stream(), plan.unhashedWrites().stream())
            .map(ObjectWrite::key)
            .toList();
    }
}
