package dev.assetsync.stage;

import java.nio.file.Path;

/**
 * A pre-compressed variant of a staged file, written to the staging folder under its hashed path and suffix.
 *
 * @param encoding how it is compressed
 * @param hashedPath the original's hashed path plus the encoding's suffix ({@code css/app.0123456789ab.css.gz})
 * @param file the compressed bytes
 * @param size size of the compressed bytes
 * @param md5 full lower-case hex MD5 of the compressed bytes
 */
public record StagedVariant(Encoding encoding, String hashedPath, Path file, long size, String md5) {
}
