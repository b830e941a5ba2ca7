package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ExtendWith(S3TestServerExtension.class)
class RecordingProxyFaultTest {

    private static final String MANIFEST = "static/assetsync-manifest.json";

    @Test
    void accessDeniedRuleMakesGetObjectThrowWithStatusAndCode(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        bucket.put(MANIFEST, "{}".getBytes(StandardCharsets.UTF_8), "application/json", "no-cache");
        s3.proxy().addRule(FaultRule.when(RequestMatchers.operation(S3Operation.GET_OBJECT)
                .and(RequestMatchers.key(MANIFEST))).respond(403, "AccessDenied", "Access Denied"));

        try (S3Client client = s3.newClient()) {
            assertThatThrownBy(() -> client.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Access Denied");
                    });
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::operation, RecordedRequest::status,
                RecordedRequest::injected).containsExactly(tuple(S3Operation.GET_OBJECT, 403, true));
    }

    @Test
    void alwaysFailingGetIsRetriedUpToMaxAttemptsAndNothingIsWritten(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.key(MANIFEST)).always()
                .respond(500, "InternalError", "We encountered an internal error. Please try again."));

        try (S3Client client = s3.newClient(S3ClientSettings.defaults().withMaxAttempts(3))) {
            assertThatThrownBy(() -> client.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST)))
                    .isInstanceOfSatisfying(S3Exception.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError"));
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::status).containsExactly(500, 500, 500);
        assertThat(s3.log().writes()).isEmpty();
    }

    @Test
    void everyThirdPutAnswers503AndTheSdkRetriesIt(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        FaultRule slowDown = FaultRule.when(RequestMatchers.operation(S3Operation.PUT_OBJECT)).everyNth(3)
                .respond(503, "SlowDown", "Please reduce your request rate.");
        s3.proxy().addRule(slowDown);
        List<String> keys = List.of("static/a.css", "static/b.css", "static/c.css", "static/d.css");

        try (S3Client client = s3.newClient()) {
            keys.forEach(key -> client.putObject(r -> r.bucket(bucket.name()).key(key), RequestBody.fromString(key)));
        }
        assertThat(s3.log().requests(S3Operation.PUT_OBJECT)).extracting(RecordedRequest::key, RecordedRequest::status)
                .containsExactly(tuple("static/a.css", 200), tuple("static/b.css", 200), tuple("static/c.css", 503),
                        tuple("static/c.css", 200), tuple("static/d.css", 200));
        assertThat(s3.log().requests().get(3).request().header("amz-sdk-request")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attempt=2;"));
        assertThat(slowDown.matchCount()).isEqualTo(5);
        assertThat(s3.log().keysWritten()).containsExactlyElementsOf(keys);
        assertThat(bucket.keys()).containsExactlyElementsOf(keys);
    }

    @Test
    void checksumRuleRejectsTheSdkDefaultPutAndPassesWhenChecksumsAreOnlyWhenRequired(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRules.rejectChecksums());

        try (S3Client defaults = s3.newClient()) {
            assertThatThrownBy(() -> defaults.putObject(r -> r.bucket(bucket.name()).key("static/app.js"),
                    RequestBody.fromString("run();")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(501);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                    });
        }
        RecordedRequest rejected = s3.log().requests().get(0);
        assertThat(rejected.request().header("x-amz-sdk-checksum-algorithm")).contains("CRC32");
        assertThat(rejected.request().header("x-amz-trailer")).contains("x-amz-checksum-crc32");
        assertThat(s3.log().size()).as("a 501 is not retried").isEqualTo(1);

        // this one setting also drops the checksum header the SDK puts on GetObject (see the next test)
        S3ClientSettings whenRequired = S3ClientSettings.defaults()
                .withChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        try (S3Client client = s3.newClient(whenRequired)) {
            client.putObject(r -> r.bucket(bucket.name()).key("static/app.js"), RequestBody.fromString("run();"));
            assertThat(client.getObjectAsBytes(r -> r.bucket(bucket.name()).key("static/app.js")).asUtf8String())
                    .isEqualTo("run();");
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::operation, RecordedRequest::status).containsExactly(
                tuple(S3Operation.PUT_OBJECT, 501), tuple(S3Operation.PUT_OBJECT, 200), tuple(S3Operation.GET_OBJECT, 200));
    }

    @Test
    void checksumRuleAlsoRejectsTheSdkDefaultGetObjectOverPlainHttp(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        bucket.put(MANIFEST, "{}".getBytes(StandardCharsets.UTF_8), "application/json", "no-cache");
        s3.proxy().addRule(FaultRules.rejectChecksums());

        try (S3Client defaults = s3.newClient()) {
            assertThatThrownBy(() -> defaults.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(501));
        }
        assertThat(s3.log().requests().get(0).request().headers()).containsKey("x-amz-checksum-crc32");
    }

    @Test
    void aclRuleRejectsAPutWithBodyAndTheConnectionStaysUsable(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        bucket.put("static/a.css", "a{}".getBytes(StandardCharsets.UTF_8), "text/css", "no-cache");
        s3.proxy().addRule(FaultRules.rejectAcl());

        try (S3Client client = s3.newClient()) {
            assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket.name()).key("static/b.css")
                    .acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("b{}")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessControlListNotSupported");
                    });
            assertThat(client.getObjectAsBytes(r -> r.bucket(bucket.name()).key("static/a.css")).asUtf8String())
                    .isEqualTo("a{}");
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::operation, RecordedRequest::status)
                .containsExactly(tuple(S3Operation.PUT_OBJECT, 400), tuple(S3Operation.GET_OBJECT, 200));
        assertThat(bucket.exists("static/b.css")).isFalse();
    }

    @Test
    void rejectedPutThatAwaitsContinueIsAnsweredWithoutItsBody(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRules.rejectAcl());
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) 'y');

        try (S3Client client = s3.newClient()) {
            assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket.name()).key("big.bin")
                    .acl(ObjectCannedACL.PRIVATE)
                    .overrideConfiguration(o -> o.putHeader("Expect", "100-continue")), RequestBody.fromBytes(body)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400));
            client.putObject(r -> r.bucket(bucket.name()).key("big.bin"), RequestBody.fromBytes(body));
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::status).containsExactly(400, 200);
        assertThat(bucket.object("big.bin").size()).isEqualTo(body.length);
    }

    @Test
    void delayRuleHoldsEachMatchingRequest(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.anyRequest()).delay(Duration.ofMillis(300)));

        long start = System.nanoTime();
        try (S3Client client = s3.newClient()) {
            client.listObjectsV2(r -> r.bucket(bucket.name()));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(s3.log().requests()).extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void droppedConnectionIsLoggedWithoutResponseAndRetried(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.writes()).firstTimes(1).dropConnection());

        try (S3Client client = s3.newClient()) {
            client.putObject(r -> r.bucket(bucket.name()).key("static/a.css"), RequestBody.fromString("a{}"));
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::status)
                .containsExactly(RecordedRequest.NO_RESPONSE, 200);
        assertThat(s3.log().keysWritten()).containsExactly("static/a.css");
    }

    @Test
    void lostResponseLeavesTheWriteDoneButTheClientWithoutAnAnswer(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.writes()).firstTimes(1).loseResponse());

        try (S3Client client = s3.newClient(S3ClientSettings.defaults().withMaxAttempts(1))) {
            assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket.name()).key("static/a.css"),
                    RequestBody.fromString("a{}"))).isInstanceOf(SdkClientException.class);
            assertThat(bucket.object("static/a.css").text()).isEqualTo("a{}");
            client.putObject(r -> r.bucket(bucket.name()).key("static/b.css"), RequestBody.fromString("b{}"));
        }
        assertThat(s3.log().keysWritten()).containsExactly("static/a.css", "static/b.css");
    }

    @Test
    void stopRuleCutsTheServerUntilItIsStartedAgainOnTheSamePort(S3TestServer s3) throws Exception {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.operation(S3Operation.PUT_OBJECT)).onlyNth(2).stopProxy());
        int port = s3.proxy().port();

        try (S3Client client = s3.newClient(S3ClientSettings.defaults().withMaxAttempts(1))) {
            client.putObject(r -> r.bucket(bucket.name()).key("static/a.css"), RequestBody.fromString("a{}"));
            assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket.name()).key("static/b.css"),
                    RequestBody.fromString("b{}"))).isInstanceOf(SdkClientException.class);
            assertThat(s3.proxy().isRunning()).isFalse();
            assertThatThrownBy(() -> client.listObjectsV2(r -> r.bucket(bucket.name())))
                    .as("connections are refused while stopped").isInstanceOf(SdkClientException.class);

            s3.proxy().start();
            client.putObject(r -> r.bucket(bucket.name()).key("static/b.css"), RequestBody.fromString("b{}"));
        }
        assertThat(s3.proxy().port()).isEqualTo(port);
        assertThat(s3.log().requests()).extracting(RecordedRequest::key, RecordedRequest::status).containsExactly(
                tuple("static/a.css", 200), tuple("static/b.css", RecordedRequest.NO_RESPONSE),
                tuple("static/b.css", 200));
        assertThat(bucket.keys()).containsExactly("static/a.css", "static/b.css");
    }

    @Test
    void barrierBeforeForwardingHoldsTwoClientsUntilBothAsked(S3TestServer s3) throws Exception {
        BucketContents bucket = s3.createBucket();
        bucket.put(MANIFEST, "{\"release\":1}".getBytes(StandardCharsets.UTF_8), "application/json", "no-cache");
        CyclicBarrier bothRead = new CyclicBarrier(2);
        s3.proxy().addRule(FaultRule.when(RequestMatchers.key(MANIFEST))
                .beforeForwarding(request -> bothRead.await(10, TimeUnit.SECONDS)));
        ExecutorService publishers = Executors.newFixedThreadPool(2);
        try (S3Client first = s3.newClient(); S3Client second = s3.newClient()) {
            Future<String> firstRead = publishers.submit(() ->
                    first.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST)).asUtf8String());
            Future<String> secondRead = publishers.submit(() ->
                    second.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST)).asUtf8String());

            assertThat(firstRead.get(20, TimeUnit.SECONDS)).isEqualTo("{\"release\":1}");
            assertThat(secondRead.get(20, TimeUnit.SECONDS)).isEqualTo("{\"release\":1}");
        } finally {
            publishers.shutdownNow();
        }
        assertThat(s3.log().requests()).extracting(RecordedRequest::status).containsExactly(200, 200);
    }

    @Test
    void hookRunsAfterTheResponseWithTheLoggedRequest(S3TestServer s3) throws Exception {
        BucketContents bucket = s3.createBucket();
        bucket.put(MANIFEST, "{}".getBytes(StandardCharsets.UTF_8), "application/json", "no-cache");
        List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
        CountDownLatch hookRan = new CountDownLatch(1);
        s3.proxy().addRule(FaultRule.when(RequestMatchers.operation(S3Operation.GET_OBJECT)).afterResponse(exchange -> {
            seen.add(exchange);
            hookRan.countDown();
        }));

        try (S3Client client = s3.newClient()) {
            client.getObjectAsBytes(r -> r.bucket(bucket.name()).key(MANIFEST));
        }
        assertThat(hookRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).singleElement().satisfies(exchange -> {
            assertThat(exchange.key()).isEqualTo(MANIFEST);
            assertThat(exchange.status()).isEqualTo(200);
        });
        assertThat(seen).containsExactlyElementsOf(s3.log().requests());
    }

    @Test
    void clearForgetsEarlierRequestsAndResetRemovesRules(S3TestServer s3) {
        BucketContents bucket = s3.createBucket();
        s3.proxy().addRule(FaultRule.when(RequestMatchers.anyRequest()).respond(403, "AccessDenied", "Access Denied"));
        try (S3Client client = s3.newClient(S3ClientSettings.defaults().withMaxAttempts(1))) {
            assertThatThrownBy(() -> client.listObjectsV2(r -> r.bucket(bucket.name()))).isInstanceOf(S3Exception.class);
            long denied = s3.log().requests().get(0).sequence();
            s3.reset();
            client.listObjectsV2(r -> r.bucket(bucket.name()));

            assertThat(s3.log().requests()).extracting(RecordedRequest::sequence, RecordedRequest::status)
                    .containsExactly(tuple(denied + 1, 200));
        }
    }
}
