package dev.assetsync.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.services.s3.model.MetadataDirective;

import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.ReleaseAssertions.MANIFEST_KEY;
import static dev.assetsync.cases.ReleaseAssertions.assertConsistent;
import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertUploads;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * C30: metadata damaged behind the manifest's back is invisible to a normal run and to verify (same size and ETag);
 * verify restores a deleted key; force writes every key again with current metadata.
 */
@ExtendWith(S3TestServerExtension.class)
class C30ForceResyncTest {

    private static final String DAMAGED_FONT = "static/fonts/f.d4ab38703e11.woff2";

    private static final String DAMAGED_SCRIPT = "static/js/app.js";

    private static final String DELETED_STYLESHEET = "static/css/app.d9e9c0bd1c0b.css";

    @Test
    void normalRunTrustsVerifyRestoresMissingForceRewritesEverything(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C30-force-resync-refreshes-metadata");
        cases.publish("r1");
        assertPublished(cases, server, "step1");
        damage(cases.bucket());
        server.log().clear();

        PublishReport step3 = cases.publish("r1");

        assertThat(server.log().requests()).singleElement()
            .satisfies((request) -> assertThat(request.key()).isEqualTo(MANIFEST_KEY));
        assertThat(step3.objectsWritten()).isZero();
        server.log().clear();

        PublishReport step4 = cases.publish("r1", CaseSettings::verifying);

        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(server.log().count(S3Operation.HEAD_OBJECT)).isZero();
        // The manifest is written again as the run's conditional commit, with the same bytes.
        assertThat(server.log().keysWritten()).containsExactly(DELETED_STYLESHEET, MANIFEST_KEY);
        assertThat(step4.objectsWritten()).isEqualTo(1);
        assertThat(cases.bucket().object(DELETED_STYLESHEET).cacheControl())
            .hasValue(CaseSettings.HASHED_CACHE_CONTROL);
        // Documented limitation: a listing shows size and ETag only, so damaged metadata stays until force.
        assertThat(cases.bucket().object(DAMAGED_FONT).contentType()).isEqualTo("binary/octet-stream");
        assertThat(cases.bucket().object(DAMAGED_SCRIPT).cacheControl()).isEmpty();
        server.log().clear();

        PublishReport step5 = cases.publish("r1", CaseSettings::forced);

        assertUploads(server.log().keysWritten(), cases.expected().uploads("step5"), "static/");
        assertThat(server.log().requests()).extracting(RecordedRequest::operation)
            .doesNotContain(S3Operation.DELETE_OBJECT, S3Operation.DELETE_OBJECTS);
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        assertConsistent(cases.bucket());
        assertThat(step5.objectsWritten()).isEqualTo(6);
        assertThat(step5.manifestWritten()).isTrue();
    }

    private static void damage(BucketContents bucket) {
        for (String key : new String[] { DAMAGED_FONT, DAMAGED_SCRIPT }) {
            bucket.copy(key, key, (request) -> request.metadataDirective(MetadataDirective.REPLACE)
                .contentType("binary/octet-stream"));
            assertThat(bucket.object(key).cacheControl()).as("Cache-Control of %s after damage", key).isEmpty();
        }
        bucket.delete(DELETED_STYLESHEET);
    }
}
