package dev.assetsync.stage;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lookup of references is case-exact on every OS (a wrong-case name works on a case-insensitive disk and then
 * fails on S3). For the warning about such a reference, this finds the collected files it probably meant. The paths
 * are indexed once, so a release with many missing references costs one lookup each, not a scan of every path.
 */
public final class CaseHints {

    private final Map<String, TreeSet<String>> pathsByLowerCase;

    private CaseHints(Map<String, TreeSet<String>> pathsByLowerCase) {
        this.pathsByLowerCase = pathsByLowerCase;
    }

    public static CaseHints of(Collection<String> collectedPaths) {
        return new CaseHints(collectedPaths.stream().collect(Collectors.groupingBy(CaseHints::folded,
                Collectors.toCollection(TreeSet::new))));
    }

    /** Collected paths that equal the resolved path of a missing reference except for case, sorted. */
    public List<String> caseVariants(ReferenceProblem problem) {
        return this.pathsByLowerCase.getOrDefault(folded(problem.resolved()), new TreeSet<>())
            .stream()
            .filter((path) -> !path.equals(problem.resolved()))
            .toList();
    }

    private static String folded(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
