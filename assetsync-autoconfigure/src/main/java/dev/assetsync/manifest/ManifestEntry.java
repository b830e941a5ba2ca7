package dev.assetsync.manifest;

import java.util.List;

import dev.assetsync.stage.StagedFile;

/**
 * What the manifest records for one logical path.
 *
 * @param hashedPath the content-hashed path its current content is published under
 * @param size size in bytes of that content
 * @param md5 full lower-case hex MD5 of that content
 * @param encodings Content-Encodings of the pre-compressed variants published beside the hashed path, sorted
 * ({@code br}, {@code gzip}); empty when there are none
 */
public record ManifestEntry(String hashedPath, long size, String md5, List<String> encodings) {

    public ManifestEntry {
        encodings = encodings.stream().sorted().distinct().toList();
    }

    /** An entry without compressed variants. */
    public ManifestEntry(String hashedPath, long size, String md5) {
        this(hashedPath, size, md5, List.of());
    }

    /** What the manifest records for a staged file. */
    public static ManifestEntry of(StagedFile file) {
        return new ManifestEntry(file.hashedPath(), file.size(), file.md5(),
                file.variants().stream().map((variant) -> variant.encoding().contentEncoding()).toList());
    }
}
