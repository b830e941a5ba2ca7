package dev.assetsync.collect;

import java.util.List;

import org.springframework.util.AntPathMatcher;

/** Ant-style include and exclude patterns over logical paths; a path must match an include and no exclude. */
final class AssetPathFilter {

    private final AntPathMatcher matcher = new AntPathMatcher();
    private final List<String> includes;
    private final List<String> excludes;

    /** An empty include list means everything, as {@code **} would. */
    AssetPathFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.isEmpty() ? List.of("**") : List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    boolean accepts(String logicalPath) {
        return includes.stream().anyMatch(pattern -> matcher.match(pattern, logicalPath))
                && excludes.stream().noneMatch(pattern -> matcher.match(pattern, logicalPath));
    }
}
