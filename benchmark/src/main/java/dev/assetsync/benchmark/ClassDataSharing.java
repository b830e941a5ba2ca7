package dev.assetsync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The publish job with an application class-data archive (JDK 17 AppCDS), the way a deploy can prepare it: the jar
 * is extracted (an archive cannot hold classes of nested jars), one training publish writes the archive at exit,
 * and later starts map it instead of loading and verifying those classes again.
 */
final class ClassDataSharing {

    private ClassDataSharing() {
    }

    /**
     * @param job the job to start faster
     * @param folder where the extracted application and the archive go
     * @return the same job started from the extracted jar with the archive
     */
    static AssetSyncJob prepare(AssetSyncJob job, Path folder, Corpus corpus) throws Exception {
        Corpus.deleteTree(folder);
        Files.createDirectories(folder);
        Path extracted = folder.resolve("app");
        run(List.of(java(), "-Djarmode=tools", "-jar", job.jar().toString(), "extract", "--destination",
                extracted.toString()), folder);
        Path jar;
        try (Stream<Path> files = Files.list(extracted)) {
            jar = files.filter((file) -> file.toString().endsWith(".jar")).findFirst()
                .orElseThrow(() -> new IOException("No jar extracted to " + extracted));
        }
        Path archive = folder.resolve("app.jsa");
        List<String> training = new ArrayList<>(job.jvmOptions());
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        try (DelayedS3 server = new DelayedS3(Duration.ZERO)) {
            AssetSyncJob trainee = new AssetSyncJob(job.name(), jar, training, job.settings());
            run(trainee.command(corpus, server.endpoint(), server.createBucket()), folder);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IOException("The training run wrote no archive " + archive);
        }
        List<String> options = new ArrayList<>(job.jvmOptions());
        options.add("-XX:SharedArchiveFile=" + archive);
        return new AssetSyncJob(job.name() + " + AppCDS", jar, options, job.settings());
    }

    private static void run(List<String> command, Path folder) throws IOException, InterruptedException {
        Path output = folder.resolve("prepare.txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed:\n" + Files.readString(output));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
