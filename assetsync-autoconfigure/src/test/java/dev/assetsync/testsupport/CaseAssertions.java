package dev.assetsync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;

/** Assertions of a bucket and a request log against a case's expected files. */
public final class CaseAssertions {

    private CaseAssertions() {
    }

    /**
     * The bucket holds exactly the expected keys, each with the expected size, MD5, Content-Type and
     * Cache-Control where the row checks them, and no object has a Content-Encoding.
     */
    public static void assertBucketMatches(BucketContents bucket, List<ExpectedObject> expected, String prefix) {
        assertThat(bucket.keys()).as("keys in bucket %s", bucket.name())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(row -> row.fullKey(prefix)).toList());
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedObject row : expected) {
            String key = row.fullKey(prefix);
            StoredObject stored = bucket.object(key);
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

    private static List<String> withPrefix(List<String> keys, String prefix) {
        return keys.stream().map(key -> prefix + key).toList();
    }
}
