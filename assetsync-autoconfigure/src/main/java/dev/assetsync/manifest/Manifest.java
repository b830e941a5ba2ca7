package dev.assetsync.manifest;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.assetsync.stage.StagedFile;

/**
 * The published state of one release: every logical path and the hashed object holding its content.
 * Paths are kept sorted so that the same release always serialises to the same bytes.
 */
public record Manifest(SortedMap<String, ManifestEntry> entries) {

    /** Version of the JSON format written by {@link ManifestCodec}. */
    public static final int FORMAT_VERSION = 1;

    public Manifest {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public static Manifest of(List<StagedFile> files) {
        SortedMap<String, ManifestEntry> entries = new TreeMap<>();
        for (StagedFile file : files) {
            entries.put(file.path(), ManifestEntry.of(file));
        }
        return new Manifest(entries);
    }

    public ManifestEntry entry(String path) {
        return this.entries.get(path);
    }
}
