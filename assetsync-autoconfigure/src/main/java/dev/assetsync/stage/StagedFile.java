package dev.assetsync.stage;

import java.util.List;

import dev.assetsync.collect.AssetContent;

/**
 * One asset in its final form. Bytes that staging changes (rewritten references) are written to the staging
 * folder; bytes it leaves as they are stay where they were collected and are read from there when uploaded.
 *
 * @param path logical path ({@code css/app.css}), also the key of the unhashed copy below the prefix
 * @param hashedPath content-hashed path ({@code css/app.0123456789ab.css})
 * @param content opens the final bytes (the same bytes are published under both paths)
 * @param size size of the final bytes
 * @param md5 full lower-case hex MD5 of the final bytes
 * @param variants pre-compressed variants, in {@link Encoding} order; empty when compression is off or gains
 * nothing
 */
public record StagedFile(String path, String hashedPath, AssetContent content, long size, String md5,
        List<StagedVariant> variants) {

    public StagedFile {
        variants = List.copyOf(variants);
    }

    /** A file without compressed variants. */
    public StagedFile(String path, String hashedPath, AssetContent content, long size, String md5) {
        this(path, hashedPath, content, size, md5, List.of());
    }

    /** This file with those variants. */
    StagedFile withVariants(List<StagedVariant> compressed) {
        return new StagedFile(this.path, this.hashedPath, this.content, this.size, this.md5, compressed);
    }
}
