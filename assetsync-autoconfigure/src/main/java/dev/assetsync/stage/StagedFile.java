package dev.assetsync.stage;

import java.nio.file.Path;

/**
 * One asset in its final form, written to the staging folder.
 *
 * @param path logical path ({@code css/app.css}), also the key of the unhashed copy below the prefix
 * @param hashedPath content-hashed path ({@code css/app.0123456789ab.css})
 * @param file the staged bytes (the same bytes are published under both paths)
 * @param size size of the staged bytes
 * @param md5 full lower-case hex MD5 of the staged bytes
 */
public record StagedFile(String path, String hashedPath, Path file, long size, String md5) {
}
