package dev.assetsync.stage;

import java.util.Map;

import static java.util.Map.entry;

/**
 * Content-Type of a published file, from a built-in table keyed by extension (case-insensitive). The table is
 * built in so every operating system publishes the same types: no content sniffing, no {@code /etc/mime.types},
 * no Windows registry. Text types carry {@code charset=utf-8}; JSON, SVG and XML types do not, as browsers take
 * their encoding from the content.
 */
public final class ContentTypes {

    public static final String DEFAULT = "application/octet-stream";

    private static final String UTF8 = "; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            // text
            entry("css", "text/css" + UTF8),
            entry("html", "text/html" + UTF8),
            entry("htm", "text/html" + UTF8),
            entry("js", "text/javascript" + UTF8),
            entry("mjs", "text/javascript" + UTF8),
            entry("cjs", "text/javascript" + UTF8),
            entry("txt", "text/plain" + UTF8),
            entry("csv", "text/csv" + UTF8),
            entry("md", "text/markdown" + UTF8),
            entry("vtt", "text/vtt" + UTF8),
            // structured data
            entry("json", "application/json"),
            entry("map", "application/json"),
            entry("jsonld", "application/ld+json"),
            entry("webmanifest", "application/manifest+json"),
            entry("xml", "application/xml"),
            entry("xhtml", "application/xhtml+xml"),
            entry("rss", "application/rss+xml"),
            entry("atom", "application/atom+xml"),
            entry("wasm", "application/wasm"),
            entry("pdf", "application/pdf"),
            // images
            entry("png", "image/png"),
            entry("apng", "image/apng"),
            entry("jpg", "image/jpeg"),
            entry("jpeg", "image/jpeg"),
            entry("gif", "image/gif"),
            entry("webp", "image/webp"),
            entry("avif", "image/avif"),
            entry("svg", "image/svg+xml"),
            entry("ico", "image/x-icon"),
            entry("bmp", "image/bmp"),
            entry("tif", "image/tiff"),
            entry("tiff", "image/tiff"),
            // fonts
            entry("woff", "font/woff"),
            entry("woff2", "font/woff2"),
            entry("ttf", "font/ttf"),
            entry("otf", "font/otf"),
            entry("ttc", "font/collection"),
            entry("eot", "application/vnd.ms-fontobject"),
            // audio and video
            entry("mp4", "video/mp4"),
            entry("webm", "video/webm"),
            entry("ogv", "video/ogg"),
            entry("mov", "video/quicktime"),
            entry("mp3", "audio/mpeg"),
            entry("ogg", "audio/ogg"),
            entry("oga", "audio/ogg"),
            entry("wav", "audio/wav"),
            entry("m4a", "audio/mp4"),
            entry("aac", "audio/aac"),
            entry("flac", "audio/flac"),
            // archives and pre-compressed files, published as ordinary files
            entry("zip", "application/zip"),
            entry("gz", "application/gzip"),
            entry("br", "application/x-brotli"));

    private ContentTypes() {
    }

    /** Content-Type for a logical path or key, {@value #DEFAULT} when the extension is unknown or absent. */
    public static String forPath(String path) {
        return BY_EXTENSION.getOrDefault(PathNames.extension(path), DEFAULT);
    }
}
