package dev.assetsync.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.assetsync.prune.PruneDecision;
import dev.assetsync.publish.PruneSettings;
import dev.assetsync.publish.PublishException;
import dev.assetsync.report.PublishEvent;
import dev.assetsync.stage.Md5;
import dev.assetsync.testsupport.FaultRule;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.S3TestServer;
import dev.assetsync.testsupport.S3TestServerExtension;

import static dev.assetsync.testsupport.RequestMatchers.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pruning over five releases, keeping the last two: exactly the objects only older releases used go, once they are
 * old enough, and nothing else in the bucket is touched.
 */
@ExtendWith(S3TestServerExtension.class)
class PruneReleasesTest {

    private static final String PREFIX = "static/";

    private static final String HISTORY = PREFIX + "assetsync-manifest-releases/";

    /** Objects outside what assetsync wrote: under the prefix, looking hashed or not, and outside it. */
    private static final List<String> FOREIGN = List.of("static/css/app.0123456789ab.css", "static/notes.txt",
            "uploads/app.css");

    private final Instant now = Instant.now();

    @TempDir
    Path releases;

    private CasePublisher publisher;

    private final Map<String, Map<String, String>> contents = new LinkedHashMap<>();

    @BeforeEach
    void fiveReleases(S3TestServer server) {
        release("r1", Map.of("css/app.css", "body{color:#111}", "img/logo.png", "LOGO-1", "js/old.js", "old()"));
        release("r2", Map.of("css/app.css", "body{color:#222}", "img/logo.png", "LOGO-1"));
        release("r3", Map.of("css/app.css", "body{color:#333}", "img/logo.png", "LOGO-1", "js/new.js", "neu()"));
        release("r4", Map.of("css/app.css", "body{color:#444}", "img/logo.png", "LOGO-1", "js/new.js", "neu()"));
        release("r5", Map.of("css/app.css", "body{color:#555}", "img/logo.png", "LOGO-2", "js/new.js", "neu()"));
        this.publisher = CasePublisher.withoutCase(server);
        FOREIGN.forEach((key) -> this.publisher.bucket().put(key, key.getBytes(StandardCharsets.UTF_8), "text/plain",
                "no-cache"));
    }

    @Test
    void keepsTheLastTwoReleasesAndDeletesExactlyWhatOnlyOlderOnesUsed(S3TestServer server) {
        publishFirstFour();
        assertThat(server.log().count(S3Operation.DELETE_OBJECTS)).isZero();
        server.log().clear();

        this.publisher.publish(this.releases.resolve("r5"), pruning(this.now.plus(Duration.ofDays(8))));

        List<String> pruned = List.of(hashed("r1", "css/app.css"), hashed("r2", "css/app.css"),
                hashed("r3", "css/app.css"), hashed("r1", "js/old.js"), PREFIX + "js/old.js");
        assertThat(lastPruned().decision().keys()).containsExactlyInAnyOrderElementsOf(pruned);
        assertThat(lastPruned().decision().bytes()).isEqualTo(3 * 16 + 2 * 5);
        assertThat(this.publisher.bucket().keys()).containsExactlyInAnyOrderElementsOf(expectedAfterPruning());

        List<RecordedRequest> deletes = server.log().requests(S3Operation.DELETE_OBJECTS);
        assertThat(deletes).hasSize(2).allSatisfy((delete) -> {
            assertThat(delete.status()).isEqualTo(200);
            assertThat(delete.request().header("Content-MD5")).hasValueSatisfying(
                    (md5) -> assertThat(java.util.Base64.getDecoder().decode(md5)).hasSize(16));
        });
        // The record goes after every file and before the live manifest; deletes come after the manifest.
        List<String> writes = server.log().keysWritten();
        String record = writes.get(writes.size() - 2);
        assertThat(record).startsWith(HISTORY + "0000000005-");
        assertThat(writes.get(writes.size() - 1)).isEqualTo(PREFIX + "assetsync-manifest.json");
        assertThat(this.publisher.bucket().object(record).bytes())
            .isEqualTo(this.publisher.bucket().object(PREFIX + "assetsync-manifest.json").bytes());
        assertThat(server.log().requests().indexOf(deletes.get(0)))
            .isGreaterThan(server.log().requests().indexOf(lastPut(server)));
    }

    @Test
    void objectsYoungerThanTheMinimumAgeStay(S3TestServer server) {
        publishFirstFour();
        List<String> before = this.publisher.bucket().keys();
        server.log().clear();

        this.publisher.publish(this.releases.resolve("r5"), pruning(this.now.plus(Duration.ofDays(6))));

        assertThat(server.log().count(S3Operation.DELETE_OBJECTS)).isZero();
        PruneDecision decision = lastPruned().decision();
        assertThat(decision.keys()).isEmpty();
        assertThat(decision.tooYoung()).hasSize(5);
        assertThat(decision.retiredRecords()).isEmpty();
        assertThat(this.publisher.bucket().keys()).containsAll(before);
    }

    @Test
    void dryRunReportsWhatWouldGoAndWritesNothing(S3TestServer server) {
        publishFirstFour();
        List<String> before = this.publisher.bucket().keys();
        server.log().clear();

        this.publisher.publish(this.releases.resolve("r5"),
                (settings) -> pruning(this.now.plus(Duration.ofDays(8))).apply(settings).asDryRun());

        assertThat(server.log().writes()).isEmpty();
        assertThat(this.publisher.bucket().keys()).isEqualTo(before);
        // r5 counts as published: r1 to r3 are out, r4 is kept.
        assertThat(lastPruned().dryRun()).isTrue();
        assertThat(lastPruned().decision().keys()).containsExactlyInAnyOrder(hashed("r1", "css/app.css"),
                hashed("r2", "css/app.css"), hashed("r3", "css/app.css"), hashed("r1", "js/old.js"),
                PREFIX + "js/old.js");
    }

    @Test
    void aPruneCutShortFinishesOnTheRerunWithEveryRemainingObjectStillRecorded(S3TestServer server) {
        publishFirstFour();
        server.log().clear();
        server.proxy().addRule(FaultRule.when(operation(S3Operation.DELETE_OBJECTS)).onlyNth(2)
            .respond(403, "AccessDenied", "Access Denied"));

        PublishException failure = assertThatExceptionOfType(PublishException.class)
            .isThrownBy(() -> this.publisher.publish(this.releases.resolve("r5"),
                    pruning(this.now.plus(Duration.ofDays(8)))))
            .actual();

        assertThat(failure.getMessage()).startsWith("Pruning failed: ").contains("AccessDenied");
        assertThat(failure.getAction()).startsWith("The release is live");
        // The objects went first; the records naming them are still there.
        assertThat(this.publisher.bucket().keys(HISTORY)).hasSize(5);
        assertThat(this.publisher.bucket().exists(hashed("r1", "css/app.css"))).isFalse();

        server.reset();
        this.publisher.publish(this.releases.resolve("r5"), pruning(this.now.plus(Duration.ofDays(8))));

        assertThat(server.log().count(S3Operation.DELETE_OBJECTS)).isEqualTo(1);
        assertThat(this.publisher.bucket().keys()).containsExactlyInAnyOrderElementsOf(expectedAfterPruning());
    }

    @Test
    void anUnreadableReleaseRecordSkipsPruningAndDeletesNothing(S3TestServer server) {
        publishFirstFour();
        String first = this.publisher.bucket().keys(HISTORY).get(0);
        this.publisher.bucket().put(first, "{\"version\": 1".getBytes(StandardCharsets.UTF_8), "application/json",
                "no-cache");
        List<String> before = this.publisher.bucket().keys();
        server.log().clear();

        this.publisher.publish(this.releases.resolve("r5"), pruning(this.now.plus(Duration.ofDays(8))));

        assertThat(server.log().count(S3Operation.DELETE_OBJECTS)).isZero();
        assertThat(this.publisher.events()).filteredOn(PublishEvent.PruneSkipped.class::isInstance)
            .singleElement()
            .extracting((event) -> ((PublishEvent.PruneSkipped) event).reason())
            .asString()
            .startsWith("the release record s3://" + this.publisher.bucket().name() + "/" + first + " cannot be read: ");
        assertThat(this.publisher.bucket().keys()).containsAll(before);
    }

    private void publishFirstFour() {
        for (String release : List.of("r1", "r2", "r3", "r4")) {
            this.publisher.publish(this.releases.resolve(release), pruning(this.now));
        }
        assertThat(this.publisher.bucket().keys(HISTORY)).hasSize(4);
    }

    private UnaryOperator<CaseSettings> pruning(Instant at) {
        return (settings) -> settings.pruning(new PruneSettings(true, 2, Duration.ofDays(7))).at(at);
    }

    private PublishEvent.Pruned lastPruned() {
        List<PublishEvent.Pruned> pruned = this.publisher.events().stream()
            .filter(PublishEvent.Pruned.class::isInstance)
            .map(PublishEvent.Pruned.class::cast)
            .toList();
        return pruned.get(pruned.size() - 1);
    }

    private static RecordedRequest lastPut(S3TestServer server) {
        List<RecordedRequest> puts = server.log().requests(S3Operation.PUT_OBJECT);
        return puts.get(puts.size() - 1);
    }

    /** Every key of r4 and r5, both copies of each file, their records, the manifest and the foreign objects. */
    private List<String> expectedAfterPruning() {
        TreeSet<String> keys = new TreeSet<>(FOREIGN);
        for (String release : List.of("r4", "r5")) {
            this.contents.get(release).keySet().forEach((path) -> {
                keys.add(PREFIX + path);
                keys.add(hashed(release, path));
            });
        }
        keys.add(PREFIX + "assetsync-manifest.json");
        keys.addAll(this.publisher.bucket().keys(HISTORY).stream()
            .filter((key) -> key.startsWith(HISTORY + "0000000004-") || key.startsWith(HISTORY + "0000000005-"))
            .toList());
        assertThat(keys).filteredOn((key) -> key.startsWith(HISTORY)).hasSize(2);
        return new ArrayList<>(keys);
    }

    /** The hashed key of a file of a release: the first 12 hex digits of its MD5 before the extension. */
    private String hashed(String release, String path) {
        String md5 = Md5.hex(this.contents.get(release).get(path).getBytes(StandardCharsets.UTF_8));
        int dot = path.lastIndexOf('.');
        return PREFIX + path.substring(0, dot) + "." + md5.substring(0, 12) + path.substring(dot);
    }

    private void release(String name, Map<String, String> files) {
        this.contents.put(name, files);
        files.forEach((path, text) -> {
            Path file = this.releases.resolve(name).resolve("classes/static").resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }
}
