package dev.assetsync.cases;

import java.util.Map;

import org.assertj.core.api.SoftAssertions;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestCodec;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.manifest.UnusableManifestException;
import dev.assetsync.stage.ContentTypes;
import dev.assetsync.testsupport.BucketContents;
import dev.assetsync.testsupport.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions about the release a bucket serves, read from the manifest in the bucket itself. */
final class ReleaseAssertions {

    static final String MANIFEST_KEY = "static/assetsync-manifest.json";

    private ReleaseAssertions() {
    }

    /** The manifest in the bucket, parsed; fails the test when there is none or it cannot be read. */
    private static Manifest liveManifest(BucketContents bucket) {
        assertThat(bucket.exists(MANIFEST_KEY)).as("manifest %s exists", MANIFEST_KEY).isTrue();
        try {
            return new ManifestCodec().read(bucket.object(MANIFEST_KEY).bytes());
        }
        catch (UnusableManifestException ex) {
            throw new AssertionError("The manifest in the bucket cannot be read: " + ex.getMessage(), ex);
        }
    }

    /**
     * The bucket serves the live manifest's release completely: every hashed key and every copy under the original
     * name exists with the size and MD5 the manifest records and with the release's headers.
     */
    static void assertConsistent(BucketContents bucket) {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, ManifestEntry> entry : liveManifest(bucket).entries().entrySet()) {
            String path = entry.getKey();
            ManifestEntry recorded = entry.getValue();
            assertHolds(softly, bucket, "static/" + recorded.hashedPath(), path, recorded,
                    CaseSettings.HASHED_CACHE_CONTROL);
            assertHolds(softly, bucket, "static/" + path, path, recorded, CaseSettings.UNHASHED_CACHE_CONTROL);
        }
        softly.assertAll();
    }

    private static void assertHolds(SoftAssertions softly, BucketContents bucket, String key, String path,
            ManifestEntry recorded, String cacheControl) {
        if (!bucket.exists(key)) {
            softly.fail("%s is missing but the manifest lists it", key);
            return;
        }
        StoredObject stored = bucket.object(key);
        softly.assertThat(stored.size()).as("size of %s", key).isEqualTo(recorded.size());
        softly.assertThat(stored.md5()).as("MD5 of %s", key).isEqualTo(recorded.md5());
        softly.assertThat(stored.contentType()).as("Content-Type of %s", key).isEqualTo(ContentTypes.forPath(path));
        softly.assertThat(stored.cacheControl()).as("Cache-Control of %s", key).contains(cacheControl);
    }
}
