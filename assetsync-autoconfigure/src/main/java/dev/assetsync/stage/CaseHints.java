package dev.assetsync.stage;

import java.util.Collection;
import java.util.List;

/**
 * Lookup of references is case-exact on every OS (a wrong-case name works on a case-insensitive disk and then
 * fails on S3). For the warning about such a reference, this finds the collected files it probably meant.
 */
public final class CaseHints {

    private CaseHints() {
    }

    /** Collected paths that equal the resolved path of a missing reference except for case, sorted. */
    public static List<String> caseVariants(ReferenceProblem problem, Collection<String> collectedPaths) {
        return collectedPaths.stream()
                .filter(path -> !path.equals(problem.resolved()) && path.equalsIgnoreCase(problem.resolved()))
                .sorted()
                .toList();
    }
}
