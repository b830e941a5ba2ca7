package dev.assetsync.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case's {@code stepN-uploads.txt}: the keys one publish writes, relative to the prefix, in three groups that
 * must be written in this order (order inside a group is free).
 *
 * @param hashed   keys whose file name carries a {@code .<12 hex>} segment
 * @param unhashed the unhashed copies
 * @param manifest the manifest key, absent when the step writes no manifest
 */
public record ExpectedUploads(List<String> hashed, List<String> unhashed, Optional<String> manifest) {

    static final String MANIFEST_NAME = "assetsync-manifest.json";
    private static final Pattern HASH_SEGMENT = Pattern.compile("\\.[0-9a-f]{12}(\\.|$)");

    public ExpectedUploads {
        hashed = List.copyOf(hashed);
        unhashed = List.copyOf(unhashed);
    }

    /** Splits the listed keys into the groups and rejects a file whose groups are not in order. */
    static ExpectedUploads parse(List<String> keys) {
        List<String> hashed = new ArrayList<>();
        List<String> unhashed = new ArrayList<>();
        Optional<String> manifest = Optional.empty();
        for (String key : keys) {
            String name = key.substring(key.lastIndexOf('/') + 1);
            if (manifest.isPresent()) {
                throw new IllegalArgumentException("Key listed after the manifest: " + key);
            }
            if (name.equals(MANIFEST_NAME)) {
                manifest = Optional.of(key);
            } else if (HASH_SEGMENT.matcher(name).find()) {
                if (!unhashed.isEmpty()) {
                    throw new IllegalArgumentException("Hashed key listed after unhashed copies: " + key);
                }
                hashed.add(key);
            } else {
                unhashed.add(key);
            }
        }
        return new ExpectedUploads(hashed, unhashed, manifest);
    }

    public int size() {
        return hashed.size() + unhashed.size() + (manifest.isPresent() ? 1 : 0);
    }
}
