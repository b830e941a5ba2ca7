package dev.assetsync.plan;

import dev.assetsync.stage.StagedFile;

/**
 * One object the publish writes.
 *
 * @param key full key in the bucket, prefix included
 * @param file the staged file whose bytes it gets
 * @param hashed whether this is the content-hashed copy (immutable) or the copy under the original name
 */
public record ObjectWrite(String key, StagedFile file, boolean hashed) {
}
