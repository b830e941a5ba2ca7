package dev.assetsync.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.assetsync.report.PublishReport;
import dev.assetsync.testsupport.ExpectedCase;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publish suite every S3 API runs, on case C22: a first publish, an unchanged republish that costs one request,
 * and a release with one changed file. Keys, bytes, Content-Type and Cache-Control are read back from the bucket
 * after each step; request counts come from the publisher's report, so that no recording proxy is needed.
 *
 * @param endpoint the S3 API the publisher talks to
 * @param bucket an empty bucket there
 * @param keys every key the bucket holds
 * @param objects reads one object back with its metadata
 */
record PublishScenario(URI endpoint, String bucket, Supplier<List<String>> keys,
        Function<String, StoredObject> objects) {

    private static final ExpectedCase CASE = ExpectedCase.load("C22-unhashed-copy-refreshed");

    void run() {
        PublishReport first = publish("r1");
        assertThat(first.newFiles()).isEqualTo(3);
        assertThat(first.objectsWritten()).isEqualTo(CASE.uploads("step1").size() - 1);
        assertThat(first.manifestWritten()).isTrue();
        assertBucket("step1");

        PublishReport unchanged = publish("r1");
        assertThat(unchanged.requests()).isEqualTo(1);
        assertThat(unchanged.objectsWritten()).isZero();
        assertThat(unchanged.manifestWritten()).isFalse();
        assertThat(unchanged.unchangedFiles()).isEqualTo(3);
        assertBucket("step1");

        PublishReport changed = publish("r2");
        assertThat(changed.changedFiles()).isEqualTo(1);
        assertThat(changed.unchangedFiles()).isEqualTo(2);
        assertThat(changed.objectsWritten()).isEqualTo(CASE.uploads("step2").size() - 1);
        assertThat(changed.manifestWritten()).isTrue();
        assertBucket("step2");
        CASE.rewritten("step2").forEach((hashedKey, bytes) -> {
            assertThat(this.objects.apply(PublishedStep.PREFIX + hashedKey).bytes()).as(hashedKey).isEqualTo(bytes);
            assertThat(this.objects.apply(PublishedStep.PREFIX + "css/app.css").bytes()).isEqualTo(bytes);
        });
    }

    private PublishReport publish(String release) {
        try (URLClassLoader loader = CasePublisher.classLoader(CASE.input(release))) {
            return CasePublisher.publish(loader, this.endpoint, this.bucket, CaseSettings.defaults(), (event) -> {
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void assertBucket(String step) {
        assertBucketMatches(this.bucket, this.keys.get(), this.objects, CASE.bucket(step), PublishedStep.PREFIX);
    }
}
