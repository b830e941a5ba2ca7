package dev.assetsync.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.assetsync.collect.ClasspathAssetCollector;
import dev.assetsync.collect.CollectedAssets;
import dev.assetsync.stage.StageOptions;
import dev.assetsync.stage.Stager;

/**
 * Collect + hash + rewrite in this JVM, warmed up, on all cores: the staging half of a publish without the JVM
 * start and without S3.
 */
final class StagingThroughput {

    private static final int CSS_JS_FILES = 5000;

    /** Rounds not counted: the JIT compiles the staging code during the first few. */
    private static final int WARM_UP_ROUNDS = 3;

    private final Path workDir;

    private final int repetitions;

    StagingThroughput(Path workDir, int repetitions) {
        this.workDir = workDir;
        this.repetitions = repetitions;
    }

    void measure(Corpus corpus, PrintStream out) throws IOException {
        out.println();
        out.println("### Staging (collect + hash + rewrite), in process, " + Runtime.getRuntime().availableProcessors()
                + " cores");
        out.println();
        out.println("| files | what | MB | median s | MB/s |");
        out.println("|---:|---|---:|---:|---:|");
        report(out, "the corpus", corpus.staticFolder());

        Path texts = this.workDir.resolve("css-js");
        Path opaque = this.workDir.resolve("css-js-as-binary");
        copyCssAndJs(corpus, texts, opaque);
        report(out, "real CSS/JS, references scanned and rewritten", texts);
        report(out, "the same bytes named .bin (hashed only)", opaque);
        Corpus.deleteTree(texts);
        Corpus.deleteTree(opaque);
    }

    private void report(PrintStream out, String what, Path folder) throws IOException {
        ClasspathAssetCollector collector = new ClasspathAssetCollector(getClass().getClassLoader(),
                List.of("file:" + folder + "/"), List.of(), List.of());
        Stager stager = new Stager(new StageOptions(false, Runtime.getRuntime().availableProcessors()));
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        Path staging = this.workDir.resolve("staging");
        for (int i = 0; i < WARM_UP_ROUNDS + this.repetitions; i++) {
            Corpus.deleteTree(staging);
            long start = System.nanoTime();
            CollectedAssets assets = collector.collect();
            var release = stager.stage(assets.assets(), staging);
            double took = (System.nanoTime() - start) / 1e9;
            files = release.files().size();
            bytes = release.files().stream().mapToLong((file) -> file.size()).sum();
            if (i >= WARM_UP_ROUNDS) {
                seconds.add(took);
            }
        }
        Corpus.deleteTree(staging);
        double median = Stats.median(seconds);
        double megabytes = bytes / 1e6;
        out.println(String.format(Locale.ROOT, "| %d | %s | %.1f | %.3f | %.0f |", files, what, megabytes, median,
                megabytes / median));
    }

    /**
     * {@value #CSS_JS_FILES} stylesheets and scripts: copies of the corpus's own, each copy in its own folder so
     * that references between them resolve as in the original; and the same bytes under a name nothing scans.
     */
    private static void copyCssAndJs(Corpus corpus, Path texts, Path opaque) throws IOException {
        Corpus.deleteTree(texts);
        Corpus.deleteTree(opaque);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(corpus.staticFolder())) {
            sources = files.filter((file) -> {
                String name = file.getFileName().toString();
                return name.endsWith(".css") || name.endsWith(".js");
            }).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IOException("No stylesheet or script in " + corpus.staticFolder());
        }
        for (int i = 0; i < CSS_JS_FILES; i++) {
            Path source = sources.get(i % sources.size());
            String relative = "copy" + (i / sources.size()) + "/" + corpus.staticFolder().relativize(source);
            Path text = texts.resolve(relative);
            Path binary = opaque.resolve(relative + ".bin");
            Files.createDirectories(text.getParent());
            Files.createDirectories(binary.getParent());
            Files.copy(source, text);
            Files.copy(source, binary);
        }
    }
}
