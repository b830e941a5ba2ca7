package dev.assetsync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The publish job with the start-up cache its JDK supports, the way a deploy can prepare it: the jar is extracted
 * (a cache cannot hold classes of nested jars), one training publish writes the cache at exit, and later starts map
 * the classes from it instead of loading and verifying them again. JDK 25 writes an AOT cache in that one run
 * (JEP 483 and 514), which holds the classes linked as well; JDK 17 to 24 write an AppCDS archive (JDK 24's AOT
 * cache needs a second step).
 *
 * @param name what the benchmark's variant adds to the job's name
 * @param file the cache's file name
 * @param trainingOption the JVM option, before the cache's path, that writes it at exit
 * @param useOption the JVM option, before the cache's path, that starts from it
 */
record StartupCache(String name, String file, String trainingOption, String useOption) {

    private static final StartupCache AOT_CACHE = new StartupCache("AOT cache", "app.aot", "-XX:AOTCacheOutput=",
            "-XX:AOTCache=");

    private static final StartupCache APP_CDS = new StartupCache("AppCDS", "app.jsa", "-XX:ArchiveClassesAtExit=",
            "-XX:SharedArchiveFile=");

    /** The cache the job's JDK makes in a single training run. */
    static StartupCache of(Jdk jdk) {
        return (jdk.version().feature() >= 25) ? AOT_CACHE : APP_CDS;
    }

    /**
     * @param job the job to start faster
     * @param folder where the extracted application and the cache go
     * @param corpus what the training run publishes, to a bucket of its own server
     * @return the same job started from the extracted jar with the cache
     */
    AssetSyncJob prepare(AssetSyncJob job, Path folder, Corpus corpus) throws Exception {
        Corpus.deleteTree(folder);
        Files.createDirectories(folder);
        Path output = folder.resolve("prepare.txt");
        Path extracted = folder.resolve("app");
        ProcessRun.prepare(List.of(job.java().toString(), "-Djarmode=tools", "-jar", job.jar().toString(), "extract",
                "--destination", extracted.toString()), output);
        Path jar;
        try (Stream<Path> files = Files.list(extracted)) {
            jar = files.filter((file) -> file.toString().endsWith(".jar")).findFirst()
                .orElseThrow(() -> new IOException("No jar extracted to " + extracted));
        }
        Path cache = folder.resolve(this.file);
        try (DelayedS3 server = new DelayedS3(Duration.ZERO)) {
            AssetSyncJob trainee = withOption(job, job.name(), jar, this.trainingOption + cache);
            ProcessRun.prepare(trainee.command(corpus, server.endpoint(), server.createBucket()), output);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IOException("The training run (" + job.java() + " " + this.trainingOption + cache + ") wrote no "
                    + this.name + "; what it printed is in " + output);
        }
        return withOption(job, job.name() + " + " + this.name, jar, this.useOption + cache);
    }

    private static AssetSyncJob withOption(AssetSyncJob job, String name, Path jar, String option) {
        List<String> options = new ArrayList<>(job.jvmOptions());
        options.add(option);
        return new AssetSyncJob(name, job.java(), jar, options, job.settings());
    }
}
