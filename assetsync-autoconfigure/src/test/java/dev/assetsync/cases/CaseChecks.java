package dev.assetsync.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.manifest.UnusableManifestException;
import dev.assetsync.report.PublishReport;
import dev.assetsync.stage.rewrite.LocalReference;
import dev.assetsync.stage.rewrite.ReferenceResolver;
import dev.assetsync.stage.rewrite.ReferenceScanners;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.RecordedRequest;
import dev.assetsync.testsupport.RequestLog;
import dev.assetsync.testsupport.S3Operation;
import dev.assetsync.testsupport.StoredObject;

import static dev.assetsync.testsupport.CaseAssertions.assertBucketMatches;
import static dev.assetsync.testsupport.CaseAssertions.assertUploads;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected files of one step of a case, checked against the bucket and the requests of that step, plus the
 * checks the cases' README asks of every successful publish.
 */
final class CaseChecks {

    static final String PREFIX = "static/";

    static final String MANIFEST_KEY = PREFIX + "assetsync-manifest.json";

    private static final Pattern HASHED_NAME = Pattern.compile("\\.[0-9a-f]{12}(\\.|$)");

    private CaseChecks() {
    }

    /**
     * {@code <step>-bucket.tsv}, {@code <step>-uploads.txt}, {@code <step>-manifest.tsv} and, when the case has
     * them, the bytes of {@code <step>-rewritten/}; then the checks of every successful publish. The log holds the
     * requests of this step only.
     */
    static void assertStep(CasePublisher cases, RequestLog log, String step) {
        assertBucketMatches(cases.bucket(), cases.expected().bucket(step), PREFIX);
        assertUploads(log.keysWritten(), cases.expected().uploads(step), PREFIX);
        assertManifestPaths(cases, step);
        assertRewritten(cases, step);
        assertEverySuccessfulPublish(cases.bucket(), log);
    }

    /** The manifest in the bucket maps exactly the logical paths of {@code <step>-manifest.tsv}. */
    static void assertManifestPaths(CasePublisher cases, String step) {
        Map<String, String> paths = new LinkedHashMap<>();
        manifest(cases.bucket()).entries().forEach((path, entry) -> paths.put(path, entry.hashedPath()));
        assertThat(paths).as("paths of the manifest %s", MANIFEST_KEY)
            .containsExactlyEntriesOf(cases.expected().manifest(step));
    }

    /** Each rewritten stylesheet or script has exactly the expected bytes, under its hashed and original key. */
    static void assertRewritten(CasePublisher cases, String step) {
        Path folder = cases.expected().directory().resolve("expected").resolve(step + "-rewritten");
        if (!Files.isDirectory(folder)) {
            return;
        }
        Map<String, String> byHashedPath = new LinkedHashMap<>();
        manifest(cases.bucket()).entries().forEach((path, entry) -> byHashedPath.put(entry.hashedPath(), path));
        SoftAssertions softly = new SoftAssertions();
        cases.expected().rewritten(step).forEach((hashedKey, bytes) -> {
            softly.assertThat(cases.bucket().object(PREFIX + hashedKey).bytes()).as("bytes of %s", hashedKey)
                .isEqualTo(bytes);
            softly.assertThat(byHashedPath).as("manifest entry for %s", hashedKey).containsKey(hashedKey);
            String original = byHashedPath.get(hashedKey);
            if (original != null) {
                softly.assertThat(cases.bucket().object(PREFIX + original).bytes()).as("bytes of %s", original)
                    .isEqualTo(bytes);
            }
        });
        softly.assertAll();
    }

    /**
     * Every key the manifest lists exists with the size and MD5 it records, each hashed name carries the first 12 hex
     * digits of that MD5, the copy under the original name has the same bytes, every rewritten reference leads to a
     * key that exists; nothing was deleted; the manifest was
     * written at most once, and last. (Files in a reference cycle are hashed otherwise: not for cases with cycles.)
     */
    static void assertEverySuccessfulPublish(BucketContents bucket, RequestLog log) {
        SoftAssertions softly = new SoftAssertions();
        manifest(bucket).entries().forEach((path, entry) -> checkEntry(softly, bucket, path, entry));
        softly.assertThat(log.requests()).as("delete requests")
            .noneMatch((request) -> request.operation() == S3Operation.DELETE_OBJECT
                    || request.operation() == S3Operation.DELETE_OBJECTS);
        softly.assertThat(log.keysWritten().stream().filter(MANIFEST_KEY::equals)).as("writes of the manifest")
            .hasSizeLessThanOrEqualTo(1);
        if (log.keysWritten().contains(MANIFEST_KEY)) {
            softly.assertThat(log.keysWritten()).as("writes, the manifest last").last().isEqualTo(MANIFEST_KEY);
            softly.assertThat(log.writes()).as("write requests, the manifest last").last()
                .extracting(RecordedRequest::key)
                .isEqualTo(MANIFEST_KEY);
        }
        softly.assertAll();
    }

    /** An unchanged republish: one GET of the manifest, nothing written, and the report says so. */
    static void assertOneRequestNothingWritten(RequestLog log, PublishReport report) {
        assertThat(log.requests()).singleElement().satisfies((request) -> {
            assertThat(request.operation()).isEqualTo(S3Operation.GET_OBJECT);
            assertThat(request.key()).isEqualTo(MANIFEST_KEY);
        });
        assertThat(report.requests()).isEqualTo(1);
        assertThat(report.objectsWritten()).isZero();
        assertThat(report.manifestWritten()).isFalse();
        assertThat(report.unchangedFiles()).isEqualTo(report.files());
    }

    static Manifest manifest(BucketContents bucket) {
        try {
            return new ManifestCodec().read(bucket.object(MANIFEST_KEY).bytes());
        }
        catch (UnusableManifestException ex) {
            throw new AssertionError("The manifest " + MANIFEST_KEY + " cannot be read: " + ex.getMessage(), ex);
        }
    }

    /**
     * Link check: every reference of a stylesheet or script that was rewritten to a hashed name, resolved against its
     * own key, names a key that exists. References left as written (not collected) are the warnings' business.
     */
    private static void checkLinks(SoftAssertions softly, BucketContents bucket, String hashedPath, byte[] bytes) {
        ReferenceScanners.forPath(hashedPath, false).ifPresent((scanner) -> scanner.scan(bytes).stream()
            .flatMap((found) -> LocalReference.parse(found.written()).stream())
            .map((reference) -> ReferenceResolver.resolve(hashedPath, reference))
            .filter((resolved) -> HASHED_NAME.matcher(resolved.substring(resolved.lastIndexOf('/') + 1)).find())
            .forEach((resolved) -> softly.assertThat(bucket.exists(PREFIX + resolved))
                .as("%s, referred to by %s, exists", PREFIX + resolved, hashedPath)
                .isTrue()));
    }

    private static void checkEntry(SoftAssertions softly, BucketContents bucket, String path, ManifestEntry entry) {
        String hashedKey = PREFIX + entry.hashedPath();
        softly.assertThat(bucket.exists(hashedKey)).as("%s exists", hashedKey).isTrue();
        softly.assertThat(bucket.exists(PREFIX + path)).as("%s exists", PREFIX + path).isTrue();
        if (!bucket.exists(hashedKey) || !bucket.exists(PREFIX + path)) {
            return;
        }
        StoredObject hashed = bucket.object(hashedKey);
        checkLinks(softly, bucket, entry.hashedPath(), hashed.bytes());
        softly.assertThat(hashed.md5()).as("MD5 of %s", hashedKey).isEqualTo(entry.md5());
        softly.assertThat(hashed.size()).as("size of %s", hashedKey).isEqualTo(entry.size());
        softly.assertThat(entry.hashedPath()).as("hashed name of %s", path)
            .contains("." + entry.md5().substring(0, 12));
        softly.assertThat(bucket.object(PREFIX + path).md5()).as("MD5 of the copy %s", PREFIX + path)
            .isEqualTo(entry.md5());
    }
}
