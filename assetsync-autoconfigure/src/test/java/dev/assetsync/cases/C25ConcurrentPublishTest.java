package dev.assetsync.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.assetsync.plan.PreviousRelease;
import dev.assetsync.publish.PublishException;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3Request;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.cases.PublishedStep.assertPublished;
import static dev.assetsync.cases.ReleaseAssertions.MANIFEST_KEY;
import static dev.assetsync.cases.ReleaseAssertions.assertConsistent;
import static dev.assetsync.testsupport.CaseAssertions.assertManifestMatches;
import static dev.assetsync.testsupport.RequestMatchers.hasHeader;
import static dev.assetsync.testsupport.RequestMatchers.key;
import static dev.assetsync.testsupport.RequestMatchers.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * C25: two publishes of one prefix at once. The manifest write is conditional, so exactly one wins; the loser fails
 * saying to rerun, and the copies under original names end up as the winner's.
 */
@ExtendWith(S3TestServerExtension.class)
class C25ConcurrentPublishTest {

    private static final String UNHASHED_CSS = "static/css/app.css";

    private final ExecutorService pipelines = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPipelines() {
        this.pipelines.shutdownNow();
    }

    @Test
    void racingPublishesOneWinsTheLoserFailsAndItsRerunSucceeds(S3TestServer server) throws Exception {
        CasePublisher first = publishR1(server);
        CasePublisher second = first.onSameBucket();
        String r1Etag = first.bucket().object(MANIFEST_KEY).eTag();
        holdUntilBothArrive(server, operation(S3Operation.GET_OBJECT).and(key(MANIFEST_KEY)));
        // Both also pass the check made before overwriting copies under original names, so both reach the
        // conditional manifest write.
        holdUntilBothArrive(server, operation(S3Operation.HEAD_OBJECT).and(key(MANIFEST_KEY)));
        writeManifestAtomically(server);

        Future<PublishReport> r2 = this.pipelines.submit(() -> first.publish("r2"));
        Future<PublishReport> r3 = this.pipelines.submit(() -> second.publish("r3"));
        Outcome outcome = Outcome.of(r2, r3);

        assertThat(readR1(first)).isEqualTo(r1Etag);
        assertThat(readR1(second)).isEqualTo(r1Etag);
        assertLoserFailure(outcome.failure());
        List<RecordedRequest> manifestPuts = server.log().requests(S3Operation.PUT_OBJECT).stream()
            .filter((request) -> request.key().equals(MANIFEST_KEY))
            .toList();
        assertThat(manifestPuts).allSatisfy((put) -> assertThat(put.request().header("If-Match")).hasValue(r1Etag));
        assertThat(manifestPuts).extracting(RecordedRequest::status).containsExactlyInAnyOrder(200, 412);
        assertThat(server.log().requests()).extracting(RecordedRequest::operation)
            .doesNotContain(S3Operation.DELETE_OBJECT, S3Operation.DELETE_OBJECTS);
        assertServes(first, outcome.winner());

        PublishReport rerun = outcome.loser().equals("r2") ? first.publish("r2") : second.publish("r3");

        assertThat(rerun.manifestWritten()).isTrue();
        assertServes(first, outcome.loser());
    }

    @Test
    void aPublishThatFellBehindFailsBeforeOverwritingCopiesUnderOriginalNames(S3TestServer server) throws Exception {
        CasePublisher behind = publishR1(server);
        CountDownLatch behindIsUploading = new CountDownLatch(1);
        CountDownLatch otherIsLive = new CountDownLatch(1);
        server.proxy().addRule(FaultRule.when(operation(S3Operation.PUT_OBJECT)).firstTimes(1)
            .beforeForwarding((request) -> {
                behindIsUploading.countDown();
                otherIsLive.await(30, TimeUnit.SECONDS);
            }));

        Future<PublishReport> r2 = this.pipelines.submit(() -> behind.publish("r2"));
        assertThat(behindIsUploading.await(30, TimeUnit.SECONDS)).isTrue();
        behind.onSameBucket().publish("r3");
        server.log().clear();
        otherIsLive.countDown();
        PublishException failure = Outcome.failureOf(r2);

        assertLoserFailure(failure);
        assertThat(server.log().requests()).singleElement().satisfies((request) -> {
            assertThat(request.operation()).isEqualTo(S3Operation.HEAD_OBJECT);
            assertThat(request.key()).isEqualTo(MANIFEST_KEY);
        });
        assertServes(behind, "r3");
        assertThat(behind.bucket().exists("static/css/app.c2ba86546955.css")).as("r2's hashed stylesheet, kept").isTrue();

        behind.publish("r2");

        assertServes(behind, "r2");
    }

    @Test
    void aLoserThatOverwroteCopiesAfterTheWinnerWentLivePutsThemBack(S3TestServer server) throws Exception {
        CasePublisher loser = publishR1(server);

        Outcome outcome = loserOverwritesAfterWinnerIsLive(server, loser, false);

        assertLoserFailure(outcome.failure());
        assertThat(outcome.failure().getSuppressed()).isEmpty();
        List<RecordedRequest> requests = server.log().requests();
        RecordedRequest refused = requests.stream().filter((request) -> request.status() == 412).findFirst()
            .orElseThrow();
        assertThat(requests).filteredOn((request) -> request.sequence() > refused.sequence())
            .extracting(RecordedRequest::operation, RecordedRequest::key)
            .containsExactly(tuple(S3Operation.GET_OBJECT, MANIFEST_KEY), tuple(S3Operation.COPY_OBJECT, UNHASHED_CSS));
        assertServes(loser, "r3");
    }

    @Test
    void aLoserThatCannotPutTheCopiesBackSaysSoAndAVerifyRunRepairsThem(S3TestServer server) throws Exception {
        CasePublisher loser = publishR1(server);
        CasePublisher winner = loser.onSameBucket();

        Outcome outcome = loserOverwritesAfterWinnerIsLive(server, loser, true);

        assertLoserFailure(outcome.failure());
        assertThat(outcome.failure().getMessage()).contains("could not be put back");
        assertThat(outcome.failure().getAction()).contains("assetsync.verify=true");
        assertManifestMatches(loser.bucket(), loser.expected().manifest("r3"), "static/");
        assertThat(loser.bucket().object(UNHASHED_CSS).bytes()).as("the loser's copy, left by its crash")
            .isEqualTo(unhashedCss(loser, "r2"));

        server.reset();
        PublishReport trusting = winner.publish("r3");
        assertThat(trusting.objectsWritten()).as("a normal run trusts the manifest and cannot see it").isZero();
        server.log().clear();
        PublishReport verifying = winner.publish("r3", CaseSettings::verifying);

        assertThat(server.log().keysWritten()).containsExactly(UNHASHED_CSS, MANIFEST_KEY);
        assertThat(server.log().count(S3Operation.LIST_OBJECTS_V2)).isEqualTo(1);
        assertThat(verifying.objectsWritten()).isEqualTo(1);
        assertServes(winner, "r3");
    }

    /**
     * r2 and r3 both read r1's manifest and both pass the check before original names; r2's copy of its stylesheet
     * under the original name reaches S3 only once r3's release is live, so r2 loses after overwriting it.
     *
     * @param loserCrashes whether the server stops right after refusing r2's manifest, before r2 can put it back
     */
    private Outcome loserOverwritesAfterWinnerIsLive(S3TestServer server, CasePublisher r2Publisher,
            boolean loserCrashes) throws Exception {
        CasePublisher r3Publisher = r2Publisher.onSameBucket();
        holdUntilBothArrive(server, operation(S3Operation.GET_OBJECT).and(key(MANIFEST_KEY)));
        holdUntilBothArrive(server, operation(S3Operation.HEAD_OBJECT).and(key(MANIFEST_KEY)));
        CountDownLatch winnerIsLive = new CountDownLatch(1);
        server.proxy().addRule(FaultRule.when(operation(S3Operation.COPY_OBJECT).and(key(UNHASHED_CSS))
            .and((request) -> request.header("x-amz-copy-source").orElse("").contains("c2ba86546955")))
            .beforeForwarding((request) -> winnerIsLive.await(30, TimeUnit.SECONDS)));
        server.proxy().addRule(FaultRule.when(operation(S3Operation.PUT_OBJECT).and(key(MANIFEST_KEY)))
            .afterResponse((exchange) -> {
                if (exchange.succeeded()) {
                    winnerIsLive.countDown();
                }
                else if (loserCrashes) {
                    server.proxy().stop();
                }
            }));

        Future<PublishReport> r2 = this.pipelines.submit(() -> r2Publisher.publish("r2"));
        Future<PublishReport> r3 = this.pipelines.submit(() -> r3Publisher.publish("r3"));
        Outcome outcome = Outcome.of(r2, r3);
        assertThat(outcome.winner()).isEqualTo("r3");
        return outcome;
    }

    private static CasePublisher publishR1(S3TestServer server) {
        CasePublisher cases = new CasePublisher(server, "C25-concurrent-publish");
        cases.publish("r1");
        assertPublished(cases, server, "step1");
        assertThat(server.log().requests(S3Operation.PUT_OBJECT)).filteredOn((put) -> put.key().equals(MANIFEST_KEY))
            .singleElement()
            .satisfies((put) -> assertThat(put.request().header("If-None-Match")).hasValue("*"));
        server.log().clear();
        return cases;
    }

    /** The first two matching requests go on to S3 only once both have arrived. */
    private static void holdUntilBothArrive(S3TestServer server, Predicate<S3Request> matcher) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        server.proxy().addRule(FaultRule.when(matcher).firstTimes(2)
            .beforeForwarding((request) -> barrier.await(30, TimeUnit.SECONDS)));
    }

    /** One conditional manifest write at a time reaches the store, as on S3, where such a write is atomic. */
    private static void writeManifestAtomically(S3TestServer server) {
        Semaphore oneAtATime = new Semaphore(1);
        var manifestWrite = operation(S3Operation.PUT_OBJECT).and(key(MANIFEST_KEY)).and(hasHeader("If-Match"));
        server.proxy().addRule(FaultRule.when(manifestWrite).beforeForwarding((request) -> oneAtATime.acquire()));
        server.proxy().addRule(FaultRule.when(manifestWrite).afterResponse((exchange) -> oneAtATime.release()));
    }

    private static String readR1(CasePublisher publisher) {
        return publisher.events().stream()
            .filter(PublishEvent.PreviousReleaseRead.class::isInstance)
            .map((event) -> ((PublishEvent.PreviousReleaseRead) event).previous())
            .reduce((earlier, later) -> later)
            .filter(PreviousRelease.Found.class::isInstance)
            .map(PreviousRelease::etag)
            .orElseThrow();
    }

    private static void assertLoserFailure(PublishException failure) {
        assertThat(failure.getMessage()).contains(MANIFEST_KEY).contains("changed since this publish started");
        assertThat(failure.getAction()).startsWith("Rerun the publish");
    }

    /** The bucket serves that release: its manifest, its stylesheet under the original name, every key complete. */
    private static void assertServes(CasePublisher cases, String release) {
        assertManifestMatches(cases.bucket(), cases.expected().manifest(release), "static/");
        assertThat(cases.bucket().object(UNHASHED_CSS).bytes()).as("%s of %s", UNHASHED_CSS, release)
            .isEqualTo(unhashedCss(cases, release));
        assertConsistent(cases.bucket());
    }

    private static byte[] unhashedCss(CasePublisher cases, String release) {
        try {
            return Files.readAllBytes(
                    cases.expected().directory().resolve("expected/" + release + "-unhashed-css-app.css"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The two racing publishes once both are over: which release won, and how the other failed. */
    private record Outcome(String winner, String loser, PublishException failure) {

        static Outcome of(Future<PublishReport> r2, Future<PublishReport> r3) throws Exception {
            PublishException r2Failure = failureOrNull(r2);
            PublishException r3Failure = failureOrNull(r3);
            assertThat(r2Failure == null ^ r3Failure == null).as("exactly one publish succeeds; r2: %s, r3: %s",
                    r2Failure, r3Failure).isTrue();
            return (r2Failure == null) ? new Outcome("r2", "r3", r3Failure) : new Outcome("r3", "r2", r2Failure);
        }

        static PublishException failureOf(Future<PublishReport> publish) throws Exception {
            PublishException failure = failureOrNull(publish);
            assertThat(failure).as("the publish fails").isNotNull();
            return failure;
        }

        private static PublishException failureOrNull(Future<PublishReport> publish) throws Exception {
            try {
                publish.get(60, TimeUnit.SECONDS);
                return null;
            }
            catch (ExecutionException ex) {
                if (ex.getCause() instanceof PublishException failure) {
                    return failure;
                }
                throw ex;
            }
        }
    }
}
