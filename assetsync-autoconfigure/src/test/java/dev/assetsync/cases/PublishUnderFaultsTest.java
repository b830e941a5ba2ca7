package dev.assetsync.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.assetsync.publish.PublishException;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.ReleaseAssertions.MANIFEST_KEY;
import static dev.assetsync.cases.ReleaseAssertions.assertConsistent;
import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertManifestMatches;
import static dev.assetsync.testsupport.RequestMatchers.key;
import static dev.assetsync.testsupport.RequestMatchers.operation;
import static dev.assetsync.testsupport.RequestMatchers.writes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish against a misbehaving S3: stopped, failing, slow, hiding objects, refusing. A failed run never writes
 * the manifest, and a rerun converges on a bucket where every key the manifest lists is complete.
 */
@ExtendWith(S3TestServerExtension.class)
class PublishUnderFaultsTest {

    /** Five files: ten objects and a manifest on a first publish. */
    private static final String CASE = "C21-removed-file-old-hashed-copies-kept";

    private static final String FIRST_HASHED_KEY = "static/css/app.48d7e928be5c.css";

    @ParameterizedTest(name = "server stops at {0} number {1}")
    @CsvSource({ "PUT_OBJECT, 3", "COPY_OBJECT, 2" })
    void serverStopsMidRunThenARerunCompletesWithoutWritingWhatIsThere(S3Operation stopAt, int nth,
            S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(operation(stopAt)).onlyNth(nth).stopProxy());

        PublishException failure = cases.publishFails("r1", (settings) -> settings);

        assertThat(failure.getMessage()).contains("s3://" + cases.bucket().name() + "/static/").contains("failed");
        assertThat(failure.getAction()).contains("rerun");
        assertThat(cases.bucket().exists(MANIFEST_KEY)).isFalse();
        Map<String, StoredObject> complete = cases.bucket().objects();
        assertThat(complete).isNotEmpty();

        server.reset();
        PublishReport rerun = cases.publish("r1");

        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(server.log().count(S3Operation.HEAD_OBJECT)).as("only the manifest check").isEqualTo(1);
        assertThat(server.log().keysWritten()).doesNotContainAnyElementsOf(complete.keySet())
            .endsWith(MANIFEST_KEY)
            .hasSize(10 - complete.size() + 1);
        assertThat(rerun.objectsWritten()).isEqualTo(10 - complete.size());
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        assertConsistent(cases.bucket());
    }

    @Test
    void serverStopsInTheMiddleOfAMultipartUploadThenARerunCompletes(S3TestServer server, @TempDir Path release)
            throws IOException {
        Path big = release.resolve("classes/static/media/big.bin");
        Files.createDirectories(big.getParent());
        byte[] bytes = new byte[11 * 1024 * 1024];
        new Random(42).nextBytes(bytes);
        Files.write(big, bytes);
        Files.writeString(release.resolve("classes/static/site.css"), "body { background: url(media/big.bin); }");
        CasePublisher cases = CasePublisher.withoutCase(server);
        UnaryOperator<CaseSettings> inParts = (settings) -> settings.withMultipart(6L * 1024 * 1024, 5L * 1024 * 1024);
        server.proxy().addRule(FaultRule.when(operation(S3Operation.UPLOAD_PART)).onlyNth(2).stopProxy());

        PublishException failure = cases.publishFails(release, inParts);

        assertThat(failure.getMessage()).contains("/static/media/big.");
        assertThat(cases.bucket().keys()).isEmpty();

        server.reset();
        cases.publish(release, inParts);

        assertThat(server.log().count(S3Operation.UPLOAD_PART)).isEqualTo(3);
        assertConsistent(cases.bucket());
        String hashedKey = cases.bucket().keys("static/media/big.").stream().filter((key) -> !key.endsWith("big.bin"))
            .findFirst()
            .orElseThrow();
        assertThat(cases.bucket().object(hashedKey).bytes()).isEqualTo(bytes);
        assertThat(cases.bucket().object("static/media/big.bin").bytes()).isEqualTo(bytes);
    }

    @Test
    void every7thPutAnswered503IsRetriedAndTheRunSucceeds(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(operation(S3Operation.PUT_OBJECT, S3Operation.COPY_OBJECT))
            .everyNth(7)
            .respond(503, "SlowDown", "Please reduce your request rate."));

        cases.publish("r1");
        cases.publish("r2");

        List<RecordedRequest> refused = server.log().requests().stream().filter(RecordedRequest::injected).toList();
        assertThat(refused).hasSize(2).allSatisfy((request) -> assertThat(request.status()).isEqualTo(503));
        List<String> written = server.log().keysWritten();
        assertThat(refused).allSatisfy((request) -> assertThat(written).contains(request.key()));
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step2"), "static/");
        assertManifestMatches(cases.bucket(), cases.expected().manifest("step2"), "static/");
        assertConsistent(cases.bucket());
    }

    @Test
    void droppedConnectionsAreRetriedAndTheRunSucceeds(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(writes()).everyNth(4).dropConnection());

        PublishReport report = cases.publish("r1");

        assertThat(server.log().writes()).filteredOn((request) -> !request.succeeded()).hasSize(3);
        assertThat(report.manifestWritten()).isTrue();
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
        assertConsistent(cases.bucket());
    }

    @Test
    void aManifestWriteWhoseAnswerIsLostStillSucceeds(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.publish("r1");
        server.proxy().addRule(FaultRule.when(operation(S3Operation.PUT_OBJECT).and(key(MANIFEST_KEY))).firstTimes(1)
            .loseResponse());
        server.log().clear();

        PublishReport report = cases.publish("r2");

        assertThat(server.log().requests(S3Operation.PUT_OBJECT)).filteredOn((put) -> put.key().equals(MANIFEST_KEY))
            .as("S3 stored the first attempt; the SDK's retry is refused by it")
            .extracting(RecordedRequest::status)
            .containsExactly(200, 412);
        assertThat(report.manifestWritten()).isTrue();
        assertThat(server.log().count(S3Operation.COPY_OBJECT)).as("nothing to put back").isEqualTo(1);
        assertPublished(cases, server, "step2");
    }

    @Test
    void a500WithoutRetriesFailsKeepingTheOldManifestAndTheRerunConverges(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.publish("r1");
        byte[] r1Manifest = cases.bucket().object(MANIFEST_KEY).bytes();
        server.proxy().addRule(FaultRule.when(operation(S3Operation.PUT_OBJECT, S3Operation.COPY_OBJECT))
            .everyNth(2)
            .respond(500, "InternalError", "We encountered an internal error. Please try again."));
        server.log().clear();

        PublishException failure = cases.publishFails("r2", (settings) -> settings.withMaxAttempts(1));

        assertThat(failure.getMessage()).contains("InternalError (HTTP 500)").contains("s3://" + cases.bucket().name()
                + "/static/css/app.");
        assertThat(server.log().requests()).noneMatch((request) -> request.key().equals(MANIFEST_KEY)
                && request.request().isWrite());
        assertThat(cases.bucket().object(MANIFEST_KEY).bytes()).isEqualTo(r1Manifest);
        assertConsistent(cases.bucket());

        server.reset();
        cases.publish("r2");

        assertBucketMatches(cases.bucket(), cases.expected().bucket("step2"), "static/");
        assertManifestMatches(cases.bucket(), cases.expected().manifest("step2"), "static/");
        assertConsistent(cases.bucket());
        server.log().clear();
        cases.publish("r2");
        assertThat(server.log().requests()).hasSize(1);
    }

    @Test
    void slowServerStillCompletesAndProgressKeepsComing(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(writes()).delay(Duration.ofMillis(1100)));

        PublishReport report = cases.publish("r1", (settings) -> settings.withConcurrency(1));

        List<PublishEvent.UploadProgress> progress = cases.events().stream()
            .filter(PublishEvent.UploadProgress.class::isInstance)
            .map(PublishEvent.UploadProgress.class::cast)
            .toList();
        List<PublishEvent.UploadProgress> whileUploading = progress.subList(0, progress.size() - 1);
        assertThat(whileUploading).as("progress reported while uploads last").hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy((event) -> assertThat(event.objectsDone()).isBetween(1, 9));
        assertThat(whileUploading).extracting(PublishEvent.UploadProgress::objectsDone).isSorted();
        assertThat(progress.get(progress.size() - 1).objectsDone()).isEqualTo(10);
        assertThat(report.objectsWritten()).isEqualTo(10);
        assertBucketMatches(cases.bucket(), cases.expected().bucket("step1"), "static/");
    }

    @Test
    void verifyRestoresObjectsDeletedBehindTheManifestsBackWithListingsOnly(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.publish("r1");
        seedUnrelatedObjects(cases.bucket(), 1_001);
        List<String> deleted = List.of("static/img/old.e928e0e640f2.png", "static/js/legacy.a951305f0cc7.js",
                "static/css/app.css");
        deleted.forEach(cases.bucket()::delete);
        server.log().clear();

        PublishReport trusting = cases.publish("r1");
        assertThat(trusting.objectsWritten()).as("a normal run trusts the manifest").isZero();
        server.log().clear();

        PublishReport verifying = cases.publish("r1", CaseSettings::verifying);

        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).as("1,012 objects: two pages").isEqualTo(2);
        assertThat(server.log().count(S3Operation.HEAD_OBJECT)).as("only the manifest check").isEqualTo(1);
        assertThat(server.log().keysWritten()).containsExactlyInAnyOrder(deleted.get(0), deleted.get(1),
                deleted.get(2), MANIFEST_KEY);
        assertThat(server.log().keysWritten()).last().isEqualTo(MANIFEST_KEY);
        assertThat(verifying.objectsWritten()).isEqualTo(3);
        assertThat(verifying.requests()).isEqualTo(server.log().size());
        assertConsistent(cases.bucket());
    }

    @Test
    void accessDeniedOnTheFirstWriteStopsTheRunAtOnce(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(key(FIRST_HASHED_KEY)).respond(403, "AccessDenied", "Access Denied"));

        PublishException failure = cases.publishFails("r1", (settings) -> settings);

        assertThat(failure.getMessage()).contains("s3://" + cases.bucket().name() + "/" + FIRST_HASHED_KEY)
            .contains("AccessDenied (HTTP 403)")
            .contains("check the IAM policy");
        assertThat(server.log().writes()).singleElement()
            .satisfies((request) -> assertThat(request.key()).isEqualTo(FIRST_HASHED_KEY));
        assertThat(cases.bucket().keys()).isEmpty();
    }

    @Test
    void accessDeniedOnALaterWriteStopsTheRunWithoutAManifest(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        cases.publish("r1");
        byte[] r1Manifest = cases.bucket().object(MANIFEST_KEY).bytes();
        server.proxy().addRule(FaultRule.when(key("static/css/app.css")).respond(403, "AccessDenied", "Access Denied"));
        server.log().clear();

        PublishException failure = cases.publishFails("r2", (settings) -> settings);

        assertThat(failure.getMessage()).contains("/static/css/app.css").contains("AccessDenied (HTTP 403)");
        assertThat(server.log().requests()).filteredOn((request) -> request.key().equals("static/css/app.css"))
            .as("a permanent error is not retried").hasSize(1);
        assertThat(server.log().keysWritten()).doesNotContain(MANIFEST_KEY);
        assertThat(cases.bucket().object(MANIFEST_KEY).bytes()).isEqualTo(r1Manifest);
    }

    @ParameterizedTest(name = "NoSuchBucket on {0}")
    @CsvSource({ "GET_OBJECT, 0", "PUT_OBJECT, 1" })
    void missingBucketStopsTheRunAtOnce(S3Operation at, int writesTried, S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, CASE);
        server.proxy().addRule(FaultRule.when(operation(at))
            .respond(404, "NoSuchBucket", "The specified bucket does not exist"));

        PublishException failure = cases.publishFails("r1", (settings) -> settings);

        assertThat(failure.getMessage()).contains("s3://" + cases.bucket().name() + "/static/")
            .contains("NoSuchBucket (HTTP 404)")
            .contains("check assetsync.bucket");
        assertThat(server.log().count(at)).as("not retried").isEqualTo(1);
        assertThat(server.log().writes()).hasSize(writesTried);
        assertThat(cases.bucket().keys()).isEmpty();
    }

    private static void seedUnrelatedObjects(BucketContents bucket, int count) {
        byte[] bytes = "old".getBytes(StandardCharsets.UTF_8);
        IntStream.range(0, count).parallel()
            .forEach((i) -> bucket.put(String.format("static/archive/%04d.txt", i), bytes, "text/plain", "no-cache"));
    }
}
