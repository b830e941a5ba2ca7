package dev.assetsync.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.assetsync.collect.CollectedAsset;

/**
 * Stages a release: every collected asset is read once and named after the MD5 of its final form. Stylesheets and
 * scripts whose references are rewritten to hashed names are written to {@code <stagingDir>/<hashedPath>}; every
 * other file is only hashed, and its upload reads it again from where it was collected, so a publish that uploads
 * nothing writes next to nothing (writing thousands of small files costs more than hashing them). The unhashed copy
 * is published later from the same bytes, so it is never written to disk (which also keeps names that differ only
 * in case apart on case-insensitive disks).
 *
 * <p>Files are hashed after everything they refer to, so a file's hashed name is the MD5 of bytes that already
 * contain the final names of its targets: a changed image renames every stylesheet above it and nothing else.
 *
 * <p>Files that refer to each other in a cycle (or a file that refers to itself) cannot be named after their own
 * final bytes, which contain each other's names. All members of a cycle share one hash instead: the first
 * {@value HashedNames#HASH_LENGTH} hex digits of the MD5 of, for each member in logical path order, its path in
 * UTF-8, a zero byte, the length of its pre-image as 8 bytes big-endian and the pre-image itself; a member's
 * pre-image is its bytes with every reference outside the cycle rewritten and every reference inside it still as
 * written. Any change to a member, or to a file the cycle refers to, renames all members. Cycles are reported in
 * {@link StagedRelease#cycles()}; they are the only files whose name is not the MD5 of their bytes.
 *
 * <p>With {@link StageOptions#encodings()} set, each file whose type is not compressed already also gets
 * pre-compressed variants beside its hashed name, where they are smaller ({@link StagedFile#variants()}).
 *
 * <p>References to files that were not collected are reported in {@link StagedRelease#missingReferences()} and
 * left as written; failing on them (strict mode) is the caller's decision. Results do not depend on thread timing.
 */
public final class Stager {

    private final StageOptions options;

    public Stager(StageOptions options) {
        this.options = options;
    }

    /**
     * @param assets the collected assets, one per logical path
     * @param stagingDir an empty or reusable folder; created if missing
     * @throws IOException naming the asset when one cannot be read or written
     */
    public StagedRelease stage(List<CollectedAsset> assets, Path stagingDir) throws IOException {
        List<CollectedAsset> sorted = assets.stream().sorted(Comparator.comparing(CollectedAsset::path)).toList();
        Set<String> collected = uniquePaths(sorted);
        Files.createDirectories(stagingDir);
        try (WorkDir work = WorkDir.createIn(stagingDir); Workers workers = new Workers(options.parallelism())) {
            StagingRun run = new StagingRun(stagingDir, work, collected, options.rewriteJsImports());
            List<FirstPass> firstPass = workers.runAll(sorted.stream()
                    .<Workers.IoTask<FirstPass>>map(asset -> () -> run.read(asset))
                    .toList());

            Map<String, StagedFile> files = new TreeMap<>();
            Map<String, FirstPass.Waiting> waiting = new LinkedHashMap<>();
            List<ReferenceProblem> problems = new ArrayList<>();
            for (FirstPass pass : firstPass) {
                problems.addAll(pass.problems());
                if (pass instanceof FirstPass.Finished finished) {
                    files.put(finished.file().path(), finished.file());
                }
                else if (pass instanceof FirstPass.Waiting file) {
                    waiting.put(file.path(), file);
                }
            }

            List<ReferenceGraph.Component> components = ReferenceGraph.components(waiting.keySet(), dependencies(waiting));
            for (List<ReferenceGraph.Component> level : byLevel(components)) {
                List<List<StagedFile>> staged = workers.runAll(level.stream()
                        .<Workers.IoTask<List<StagedFile>>>map(component -> () -> finish(run, component, waiting))
                        .toList());
                staged.stream().flatMap(List::stream).forEach(file -> files.put(file.path(), file));
            }
            if (!options.encodings().isEmpty()) {
                VariantWriter variants = new VariantWriter(stagingDir, options.encodings());
                workers.runAll(files.values().stream()
                        .<Workers.IoTask<StagedFile>>map(file -> () -> variants.addVariants(file))
                        .toList()).forEach(file -> files.put(file.path(), file));
            }
            List<List<String>> cycles = components.stream()
                    .filter(ReferenceGraph.Component::cyclic)
                    .map(ReferenceGraph.Component::members)
                    .sorted(Comparator.comparing(members -> members.get(0)))
                    .toList();
            return new StagedRelease(new ArrayList<>(files.values()), problems, cycles);
        }
    }

    private static List<StagedFile> finish(StagingRun run, ReferenceGraph.Component component,
            Map<String, FirstPass.Waiting> waiting) throws IOException {
        List<FirstPass.Waiting> members = component.members().stream().map(waiting::get).toList();
        return component.cyclic() ? run.finishCycle(members) : List.of(run.finish(members.get(0)));
    }

    private static Map<String, Set<String>> dependencies(Map<String, FirstPass.Waiting> waiting) {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        waiting.forEach((path, file) -> {
            Set<String> targets = new HashSet<>();
            file.links().forEach(link -> targets.add(link.target()));
            dependencies.put(path, targets);
        });
        return dependencies;
    }

    private static List<List<ReferenceGraph.Component>> byLevel(List<ReferenceGraph.Component> components) {
        List<List<ReferenceGraph.Component>> levels = new ArrayList<>();
        for (ReferenceGraph.Component component : components) {
            while (levels.size() <= component.level()) {
                levels.add(new ArrayList<>());
            }
            levels.get(component.level()).add(component);
        }
        return levels;
    }

    private static Set<String> uniquePaths(List<CollectedAsset> sorted) {
        Set<String> paths = new HashSet<>();
        for (CollectedAsset asset : sorted) {
            if (!paths.add(asset.path())) {
                throw new IllegalArgumentException("Two assets share the logical path " + asset.path());
            }
        }
        return paths;
    }
}
