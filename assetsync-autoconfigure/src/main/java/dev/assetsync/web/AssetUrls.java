package dev.assetsync.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.assetsync.manifest.Manifest;
import dev.assetsync.manifest.ManifestEntry;
import dev.assetsync.stage.rewrite.PercentCoding;

/**
 * Published URLs of the application's static files: {@code css/app.css} becomes
 * {@code https://cdn.example.com/static/css/app.0123456789ab.css}. For templates and code that do not go through
 * Spring MVC's URL encoding, for example {@code th:with="href=${@assetUrls.url('css/app.css')}"} in a Thymeleaf
 * template. Without {@code assetsync.public-url} every path stays as given.
 */
public final class AssetUrls {

    private final String publicUrl;

    private final Manifest manifest;

    /**
     * @param publicUrl where the prefix is served from, ending with '/'
     * @param manifest the release of this application
     */
    public AssetUrls(String publicUrl, Manifest manifest) {
        this.publicUrl = publicUrl;
        this.manifest = manifest;
    }

    /** Without {@code assetsync.public-url}: every path stays as given, and the application serves the files. */
    public static AssetUrls servedByApplication() {
        return new AssetUrls("", new Manifest(new TreeMap<>()));
    }

    /**
     * The published URL of a static file, its query and fragment kept; the path as given when it is not one of the
     * published files, so that the application serves it as before.
     * @param path logical path, with or without a leading '/', for example {@code /css/app.css?v=2}
     */
    public String url(String path) {
        return find(path).orElse(path);
    }

    /** The published URL of a static file, or empty when it is not one of the published files. */
    public Optional<String> find(String path) {
        int suffixStart = firstIndexOfAny(path, '?', '#');
        // A link is written percent-encoded (img/a%20b.png) while manifest paths are plain text (img/a b.png).
        String logical = PercentCoding.decode(path.substring(path.startsWith("/") ? 1 : 0, suffixStart));
        ManifestEntry entry = this.manifest.entry(logical);
        return (entry != null) ? Optional.of(this.publicUrl + urlPath(entry.hashedPath()) + path.substring(suffixStart))
                : Optional.empty();
    }

    /** Encodes what a URL path cannot carry as it is; a raw '+' would be read as a space by S3. */
    private static String urlPath(String path) {
        return Arrays.stream(path.split("/", -1)).map(PercentCoding::encodeSegment).collect(Collectors.joining("/"));
    }

    public Manifest manifest() {
        return this.manifest;
    }

    private static int firstIndexOfAny(String text, char first, char second) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == first || text.charAt(i) == second) {
                return i;
            }
        }
        return text.length();
    }
}
