package dev.assetsync.publish;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import dev.assetsync.prune.ReleaseRecord;
import dev.assetsync.stage.Encoding;

/**
 * Settings of one publish, checked.
 *
 * @param bucket bucket name
 * @param prefix key prefix: empty, or without a leading '/' and ending with '/'
 * @param manifestName name of the manifest object below the prefix
 * @param stagingDir staging folder, or null for a new temporary one
 * @param keepStaging whether to keep the staging folder afterwards
 * @param dryRun plan only, write nothing
 * @param force write every object of the release
 * @param verify check every object of the release against a listing
 * @param strict fail on references to files that are not published
 * @param rewriteJsImports rewrite ES module specifiers too
 * @param hashedCacheControl Cache-Control of content-hashed objects
 * @param unhashedCacheControl Cache-Control of the copies under the original names
 * @param concurrency uploads in flight at once
 * @param prune whether and how objects of older releases are deleted
 * @param compression pre-compressed variants to publish beside the hashed files; empty for none
 */
public record PublishSettings(String bucket, String prefix, String manifestName, Path stagingDir, boolean keepStaging,
        boolean dryRun, boolean force, boolean verify, boolean strict, boolean rewriteJsImports,
        String hashedCacheControl, String unhashedCacheControl, int concurrency, PruneSettings prune,
        Set<Encoding> compression) {

    /** Cache-Control of the manifest: always revalidated, so a new release is seen at once. */
    public static final String MANIFEST_CACHE_CONTROL = "no-cache";

    public PublishSettings {
        if (bucket == null || bucket.isBlank()) {
            throw new PublishException("assetsync.bucket is not set, so there is nowhere to publish.",
                    "Set assetsync.bucket to the name of the bucket to publish to, for example in application.yml "
                            + "or with --assetsync.bucket=my-assets.");
        }
        prefix = normalisePrefix(prefix);
        if (manifestName == null || manifestName.isBlank() || manifestName.contains("/")) {
            throw new PublishException("assetsync.manifest-name '" + manifestName + "' is not a file name.",
                    "Set assetsync.manifest-name to a plain name such as assetsync-manifest.json.");
        }
        if (unhashedCacheControl.toLowerCase(Locale.ROOT).contains("immutable")) {
            throw new PublishException("assetsync.cache-control.unhashed '" + unhashedCacheControl
                    + "' says immutable, but the copies under the original names change with every release.",
                    "Set assetsync.cache-control.unhashed to a short max-age such as 'public, max-age=300'.");
        }
        if (concurrency < 1) {
            throw new PublishException("assetsync.concurrency must be at least 1, not " + concurrency + ".",
                    "Set assetsync.concurrency to a positive number, or remove it to use the default.");
        }
        compression = Set.copyOf(compression);
        if (compression.contains(Encoding.BROTLI) && !Encoding.BROTLI.isAvailable()) {
            throw new PublishException("assetsync.compression asks for Brotli, but the brotli4j library is not on "
                    + "the classpath.", "Add the dependency com.aayushatharva.brotli4j:brotli4j (it brings the "
                    + "native library for the build's platform), or set assetsync.compression=gzip.");
        }
    }

    /** The full key of the manifest. */
    public String manifestKey() {
        return this.prefix + this.manifestName;
    }

    /** The folder of the release history: one copy of the manifest per release, kept for pruning. */
    public String historyFolder() {
        return ReleaseRecord.folder(manifestKey());
    }

    /** Where the release goes, for messages: {@code s3://bucket/prefix}. */
    public String target() {
        return "s3://" + this.bucket + "/" + this.prefix;
    }

    private static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
            return "";
        }
        String trimmed = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        boolean valid = !trimmed.contains("\\") && !trimmed.contains("//")
                && Arrays.stream(trimmed.split("/")).noneMatch((segment) -> segment.equals("..")
                        || segment.equals("."));
        if (!valid || trimmed.isBlank()) {
            throw new PublishException("assetsync.prefix '" + prefix + "' is not a usable key prefix.",
                    "Set assetsync.prefix to folder names separated by '/', such as 'static/' "
                            + "(no '..', '.', '//' or backslashes), or leave it empty for the bucket root.");
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
