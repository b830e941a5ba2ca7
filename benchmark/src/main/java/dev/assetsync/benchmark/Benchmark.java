package dev.assetsync.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Publishes one corpus with assetsync, {@code aws s3 sync} and {@code rclone sync --checksum} against S3Proxy
 * with a set round-trip time, in three scenarios, and prints a table per RTT. {@code benchmark/run} prepares the
 * machine and calls it; see the README's Performance section.
 *
 * <p>Options: {@code --source DIR} (unpacked WebJars, a classpath root), {@code --work DIR}, {@code --jar FILE}
 * (the sample app), {@code --rtt 0,20} (ms; empty for none), {@code --reps 3}, {@code --tools assetsync,aws,rclone},
 * {@code --files N} (only the first N files of the source), {@code --synthetic N} with {@code --synthetic-mb MB}
 * (generated files instead; assetsync only, cold and no-change), {@code --jvm "OPTIONS"} (for the assetsync job),
 * {@code --variant "NAME=ARGS"} (another assetsync run: JVM options and {@code --setting=value}s; repeatable),
 * {@code --scenarios "cold,no-change,one CSS changed"} (in this order, cold first), {@code --java PATH} (the
 * {@code java} executable or the JDK home the assetsync job runs on; by default the benchmark's own),
 * {@code --aot true} (the job also with the start-up cache a training run makes: an AOT cache on JDK 25 and later,
 * else an AppCDS archive), {@code --staging true} (staging throughput in process).
 */
public final class Benchmark {

    private static final String ASSETSYNC = "assetsync";

    private final Options options;

    private final PrintStream out = System.out;

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new Benchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        Path work = Files.createDirectories(this.options.path("work"));
        Corpus corpus = corpus(work.resolve("corpus"));
        Jdk jdk = Jdk.at(Path.of(this.options.get("java", System.getProperty("java.home"))).toAbsolutePath(), work);
        List<Tool> tools = tools(corpus, jdk);
        this.out.println(String.format(Locale.ROOT,
                "Corpus: %d files, %.1f MB; %d cores; benchmark and S3 server on Java %s", corpus.files().size(),
                corpus.bytes() / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        this.out.println("Job: " + jdk);
        this.out.println("Tools: " + tools.stream().map(Tool::name).toList());
        List<String> scenarios = Arrays.asList(this.options.get("scenarios",
                this.options.has("synthetic") ? "cold,no-change" : "cold,no-change,one CSS changed").split(","));
        for (String rtt : this.options.get("rtt", "0,20").split(",")) {
            if (rtt.isBlank()) {
                continue;
            }
            measureAt(Duration.ofMillis(Long.parseLong(rtt.trim())), corpus, tools, scenarios, work);
        }
        corpus.restore();
        if (Boolean.parseBoolean(this.options.get("staging", "false"))) {
            new StagingThroughput(work, Integer.parseInt(this.options.get("reps", "3"))).measure(corpus, this.out);
        }
    }

    private Corpus corpus(Path root) throws IOException {
        if (this.options.has("synthetic")) {
            int count = Integer.parseInt(this.options.get("synthetic", "100000"));
            long bytes = Long.parseLong(this.options.get("synthetic-mb", "2000")) * 1_000_000L;
            return Corpus.synthetic(root, count, bytes);
        }
        Path source = this.options.path("source");
        return this.options.has("files")
                ? Corpus.copyOf(source, root, Integer.parseInt(this.options.get("files", "0")))
                : Corpus.copyOf(source, root);
    }

    private List<Tool> tools(Corpus corpus, Jdk jdk) throws Exception {
        Path jar = this.options.path("jar");
        List<Tool> tools = new ArrayList<>();
        AssetSyncJob assetsync = new AssetSyncJob(ASSETSYNC, jdk.java(), jar, words(this.options.get("jvm", "")),
                List.of());
        for (String name : this.options.get("tools", "assetsync,aws,rclone").split(",")) {
            switch (name.trim()) {
                case ASSETSYNC -> tools.add(assetsync);
                case "aws" -> tools.add(new AwsCli());
                case "rclone" -> tools.add(new Rclone());
                case "" -> {
                }
                default -> throw new IllegalArgumentException("Unknown tool " + name + " in --tools");
            }
        }
        if (Boolean.parseBoolean(this.options.get("aot", "false"))) {
            tools.add(StartupCache.of(jdk).prepare(assetsync, this.options.path("work").resolve("startup-cache"),
                    corpus));
        }
        for (String variant : this.options.all("variant")) {
            int equals = variant.indexOf('=');
            List<String> args = words(variant.substring(equals + 1));
            tools.add(new AssetSyncJob(variant.substring(0, equals), jdk.java(), jar,
                    args.stream().filter((arg) -> !arg.startsWith("--")).toList(),
                    args.stream().filter((arg) -> arg.startsWith("--")).toList()));
        }
        return tools;
    }

    private void measureAt(Duration rtt, Corpus corpus, List<Tool> tools, List<String> scenarios, Path work)
            throws Exception {
        try (DelayedS3 server = new DelayedS3(rtt)) {
            List<Double> bare = server.measureBareRequest();
            this.out.println(String.format(Locale.ROOT,
                    "%nRTT %d ms: a bare request takes %.1f ms through the delay, %.1f ms directly",
                    rtt.toMillis(), bare.get(1), bare.get(0)));
            ResultTable table = new ResultTable(tools.get(0).name());
            ProcessRun runner = new ProcessRun(server, Files.createDirectories(work.resolve("runs")));
            int reps = Integer.parseInt(this.options.get("reps", "3"));
            for (int rep = 1; rep <= reps; rep++) {
                for (Tool tool : tools) {
                    String bucket = server.createBucket();
                    corpus.restore();
                    corpus.freshBuild();
                    for (String scenario : scenarios) {
                        if (scenario.equals("no-change")) {
                            corpus.freshBuild();
                        }
                        else if (scenario.equals("one CSS changed")) {
                            corpus.changeOneCss(rep);
                        }
                        Measurement measurement = runner.run(tool, corpus, bucket);
                        System.err.println(String.format(Locale.ROOT,
                                "  rtt %d rep %d %-24s %-16s %6.2f s %6d requests", rtt.toMillis(), rep, tool.name(),
                                scenario, measurement.seconds(), measurement.totalRequests()));
                        table.add(scenario, tool.name(), measurement);
                    }
                }
            }
            table.print(this.out, "RTT " + rtt.toMillis() + " ms, median of " + reps);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
    }

    /** {@code --name value} pairs; a name may repeat. */
    private record Options(Map<String, List<String>> values) {

        static Options parse(String[] args) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value, found " + args[i]);
                }
                values.computeIfAbsent(args[i].substring(2), (key) -> new ArrayList<>()).add(args[i + 1]);
            }
            return new Options(values);
        }

        boolean has(String name) {
            return this.values.containsKey(name);
        }

        String get(String name, String otherwise) {
            List<String> all = all(name);
            return all.isEmpty() ? otherwise : all.get(all.size() - 1);
        }

        List<String> all(String name) {
            return this.values.getOrDefault(name, List.of());
        }

        Path path(String name) {
            if (!has(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return Path.of(get(name, "")).toAbsolutePath();
        }
    }
}
