package dev.assetsync.plan;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.assetsync.collect.AssetContent;
import dev.assetsync.stage.StagedFile;
import dev.assetsync.stage.StagedVariant;

/**
 * One object the publish writes.
 *
 * @param key full key in the bucket, prefix included
 * @param file the staged file whose bytes it gets (its Content-Type comes from the file's logical path)
 * @param hashed whether this is a content-hashed object (immutable) or the copy under the original name
 * @param variant the pre-compressed variant of the file written under this key, or null for the file itself
 */
public record ObjectWrite(String key, StagedFile file, boolean hashed, StagedVariant variant) {

    /** The file itself under that key. */
    public ObjectWrite(String key, StagedFile file, boolean hashed) {
        this(key, file, hashed, null);
    }

    /** Opens the bytes to send. */
    public AssetContent body() {
        if (this.variant == null) {
            return this.file.content();
        }
        Path compressed = this.variant.file();
        return () -> Files.newInputStream(compressed);
    }

    public long size() {
        return (this.variant != null) ? this.variant.size() : this.file.size();
    }

    /** Lower-case hex MD5 of the bytes sent. */
    public String md5() {
        return (this.variant != null) ? this.variant.md5() : this.file.md5();
    }

    /** The Content-Encoding the object is written with, or null for none. */
    public String contentEncoding() {
        return (this.variant != null) ? this.variant.encoding().contentEncoding() : null;
    }
}
