package dev.assetsync.plan;

import dev.assetsync.manifest.Manifest;

/** What the bucket said about the previous release: its manifest, none, or one that cannot be used. */
public sealed interface PreviousRelease {

    /** ETag of the manifest object as read, or null when there was none; the manifest write is conditional on it. */
    String etag();

    /** No manifest under the key: a first publish. */
    record Absent() implements PreviousRelease {

        @Override
        public String etag() {
            return null;
        }
    }

    /** A readable manifest. */
    record Found(Manifest manifest, String etag) implements PreviousRelease {
    }

    /** A manifest object whose bytes cannot be used; the publish falls back to checking the bucket listing. */
    record Unusable(String reason, String etag) implements PreviousRelease {
    }
}
