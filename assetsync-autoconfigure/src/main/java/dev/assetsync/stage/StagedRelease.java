package dev.assetsync.stage;

import java.util.List;

/**
 * Everything staged for one release.
 *
 * @param files staged files sorted by logical path
 * @param missingReferences references to files that were not collected, in file and line order
 * @param cycles groups of files that refer to each other (logical paths, sorted), hashed together
 */
public record StagedRelease(List<StagedFile> files, List<ReferenceProblem> missingReferences,
        List<List<String>> cycles) {

    public StagedRelease {
        files = List.copyOf(files);
        missingReferences = List.copyOf(missingReferences);
        cycles = cycles.stream().map(List::copyOf).toList();
    }
}
