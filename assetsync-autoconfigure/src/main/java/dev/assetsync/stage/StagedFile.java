package dev.assetsync.stage;

import java.nio.file.Path;
import java.util.List;

/**
 * One asset in its final form, written to the staging folder.
 *
 * @param path logical path ({@code css/app.css}), also the key of the unhashed copy below the prefix
 * @param hashedPath content-hashed path ({@code css/app.0123456789ab.css})
 * @param file the staged bytes (the same bytes are published under both paths)
 * @param size size of the staged bytes
 * @param md5 full lower-case hex MD5 of the staged bytes
 * @param variants pre-compressed variants, in {@link Encoding} order; empty when compression is off or gains
 * nothing
 */
public record StagedFile(String path, String hashedPath, Path file, long size, String md5,
        List<StagedVariant> variants) {

    public StagedFile {
        variants = List.copyOf(variants);
    }

    /** A file without compressed variants. */
    public StagedFile(String path, String hashedPath, Path file, long size, String md5) {
        this(path, hashedPath, file, size, md5, List.of());
    }

    /** This file with those variants. */
    StagedFile withVariants(List<StagedVariant> compressed) {
        return new StagedFile(this.path, this.hashedPath, this.file, this.size, this.md5, compressed);
    }
}
