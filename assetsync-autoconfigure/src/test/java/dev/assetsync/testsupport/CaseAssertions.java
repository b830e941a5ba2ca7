package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions of a bucket and a request log against a case's expected files. */
public final class CaseAssertions {

    private CaseAssertions() {
    }

    /**
     * The bucket holds exactly the expected keys, each with the expected size, MD5, Content-Type and
     * Cache-Control where the row checks them, and no object has a Content-Encoding.
     */
    public static void assertBucketMatches(BucketContents bucket, List<ExpectedObject> expected, String prefix) {
        assertBucketMatches(bucket.name(), bucket.keys(), bucket::object, expected, prefix);
    }

    /**
     * The same for a bucket of any S3 API, given every key it holds and a way to read each object with its
     * metadata.
     */
    public static void assertBucketMatches(String bucket, List<String> keys, Function<String, StoredObject> objects,
            List<ExpectedObject> expected, String prefix) {
        assertThat(keys).as("keys in bucket %s", bucket)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(row -> row.fullKey(prefix)).toList());
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedObject row : expected) {
            String key = row.fullKey(prefix);
            StoredObject stored = objects.apply(key);
            row.size().ifPresent(size -> softly.assertThat(stored.size()).as("size of %s", key).isEqualTo(size));
            row.md5().ifPresent(md5 -> softly.assertThat(stored.md5()).as("MD5 of %s", key).isEqualTo(md5));
            row.contentType().ifPresent(type ->
                    softly.assertThat(stored.contentType()).as("Content-Type of %s", key).isEqualTo(type));
            row.cacheControl().ifPresent(cacheControl ->
                    softly.assertThat(stored.cacheControl()).as("Cache-Control of %s", key).contains(cacheControl));
            softly.assertThat(stored.contentEncoding()).as("Content-Encoding of %s", key).isEqualTo(Optional.empty());
        }
        softly.assertAll();
    }

    /**
     * Exactly the expected keys were written, hashed keys first, then the unhashed copies, then the manifest;
     * the order inside each group is free.
     */
    public static void assertUploads(List<String> keysWritten, ExpectedUploads expected, String prefix) {
        List<String> hashed = withPrefix(expected.hashed(), prefix);
        List<String> unhashed = withPrefix(expected.unhashed(), prefix);
        List<String> manifest = withPrefix(expected.manifest().stream().toList(), prefix);
        assertThat(keysWritten).as("keys written").hasSize(expected.size());
        int unhashedStart = hashed.size();
        int manifestStart = unhashedStart + unhashed.size();
        assertThat(keysWritten.subList(0, unhashedStart)).as("hashed keys, written first; all writes: %s", keysWritten)
                .containsExactlyInAnyOrderElementsOf(hashed);
        assertThat(keysWritten.subList(unhashedStart, manifestStart))
                .as("unhashed copies, written after the hashed keys; all writes: %s", keysWritten)
                .containsExactlyInAnyOrderElementsOf(unhashed);
        assertThat(keysWritten.subList(manifestStart, keysWritten.size()))
                .as("manifest, written last; all writes: %s", keysWritten)
                .containsExactlyElementsOf(manifest);
    }

    /**
     * The manifest object maps exactly the expected logical paths to the expected hashed paths, in sorted order, and
     * records for each hashed path the size and MD5 of the object stored under it.
     */
    public static void assertManifestMatches(BucketContents bucket, Map<String, String> expected, String prefix) {
        JsonNode manifest = JsonMapper.builder().build()
                .readTree(bucket.object(prefix + ExpectedUploads.MANIFEST_NAME).bytes());
        Map<String, String> paths = new LinkedHashMap<>();
        manifest.path("paths").properties().forEach(entry -> paths.put(entry.getKey(), entry.getValue().stringValue()));
        assertThat(paths).as("paths of the manifest in bucket %s", bucket.name())
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(new ArrayList<>(paths.keySet())).as("order of the manifest's paths").isSorted();
        SoftAssertions softly = new SoftAssertions();
        for (String hashedPath : new ArrayList<>(paths.values())) {
            StoredObject stored = bucket.object(prefix + hashedPath);
            JsonNode file = manifest.path("files").path(hashedPath);
            softly.assertThat(file.path("size").asLong(-1)).as("manifest size of %s", hashedPath).isEqualTo(stored.size());
            softly.assertThat(file.path("md5").stringValue()).as("manifest MD5 of %s", hashedPath).isEqualTo(stored.md5());
        }
        softly.assertAll();
    }

    /**
     * Each expected rewritten file is stored byte for byte under its hashed key, and so is the unhashed copy of the
     * logical path the manifest maps to that key.
     *
     * @param expected hashed key relative to the prefix → exact bytes, as {@link ExpectedCase#rewritten(String)}
     * @param manifest logical path → hashed path of the same step
     */
    public static void assertRewrittenStored(BucketContents bucket, Map<String, byte[]> expected,
            Map<String, String> manifest, String prefix) {
        assertThat(expected).as("expected rewritten files").isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((hashedKey, bytes) -> {
            softly.assertThat(bucket.object(prefix + hashedKey).bytes()).as("bytes of %s", hashedKey).isEqualTo(bytes);
            manifest.forEach((path, hashedPath) -> {
                if (hashedPath.equals(hashedKey)) {
                    softly.assertThat(bucket.object(prefix + path).bytes()).as("bytes of %s", path).isEqualTo(bytes);
                }
            });
        });
        softly.assertAll();
    }

    private static List<String> withPrefix(List<String> keys, String prefix) {
        return keys.stream().map(key -> prefix + key).toList();
    }
}
