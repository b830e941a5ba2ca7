package dev.assetsync.stage;

import java.util.Set;

/**
 * Which files get pre-compressed variants: everything except types that are compressed already, where another
 * pass gains nothing and costs CPU at every deploy. Decided by extension, like Content-Type.
 */
public final class Precompression {

    private static final Set<String> ALREADY_COMPRESSED = Set.of(
            // images
            "png", "apng", "jpg", "jpeg", "gif", "webp", "avif", "heic", "jxl",
            // fonts
            "woff", "woff2",
            // archives and compressed files
            "zip", "gz", "tgz", "br", "bz2", "xz", "zst", "7z", "rar", "jar",
            // video and audio
            "mp4", "m4v", "webm", "ogv", "mov", "avi", "mkv", "mp3", "ogg", "oga", "opus", "m4a", "aac", "flac");

    private Precompression() {
    }

    /** Whether a file with this logical path may get compressed variants. */
    public static boolean isCompressible(String path) {
        return !ALREADY_COMPRESSED.contains(PathNames.extension(path));
    }
}
