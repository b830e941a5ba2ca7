package dev.assetsync.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.management.OperatingSystemMXBean;

/**
 * Runs one tool once under {@code /usr/bin/time}, which reports the peak resident memory and the CPU time of the
 * process: CPU seconds vary far less than wall seconds when other work shares the cores. It also takes the CPU time
 * of this process meanwhile: the S3 server runs in it, on the same cores as the tool, and may be what bounds a run.
 */
final class ProcessRun {

    private static final long TIMEOUT_MINUTES = 60;

    private static final long PREPARE_TIMEOUT_MINUTES = 10;

    private static final OperatingSystemMXBean THIS_PROCESS = (OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean();

    private final DelayedS3 server;

    private final Path workDir;

    private int runs;

    ProcessRun(DelayedS3 server, Path workDir) {
        this.server = server;
        this.workDir = workDir;
    }

    Measurement run(Tool tool, Corpus corpus, String bucket) throws IOException, InterruptedException {
        Path rss = this.workDir.resolve("peak-rss.txt");
        // Kept for a look after the run: run-<n>-<tool>.txt.
        Path output = this.workDir.resolve("run-" + (++this.runs) + "-" + tool.name().replaceAll("\\W+", "-")
                + ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", rss.toString()));
        command.addAll(tool.command(corpus, this.server.endpoint(), bucket));
        ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        tool.configure(builder.environment(), this.workDir, this.server.endpoint());
        this.server.startCounting();
        long serverCpuStart = THIS_PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(tool.name() + " did not end within " + TIMEOUT_MINUTES + " minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpuSeconds = (THIS_PROCESS.getProcessCpuTime() - serverCpuStart) / 1e9;
        long first = this.server.firstRequestNanos();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(tool.name() + " failed with exit code " + process.exitValue() + ":\n"
                    + tail(printed));
        }
        String[] usage = lastLine(rss).split(" ");
        return new Measurement(seconds, Double.parseDouble(usage[1]) + Double.parseDouble(usage[2]),
                serverCpuSeconds, this.server.requestsByKind(), Long.parseLong(usage[0]),
                (first == 0) ? -1 : (first - start) / 1e9, printed);
    }

    /**
     * Runs a step that prepares a run and is not measured (a version check, an extraction, a training run) to its
     * end, and returns what it printed, which stays in {@code output} for a look afterwards.
     *
     * @throws IOException with that output when the step fails
     */
    static String prepare(List<String> command, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(output.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        if (!process.waitFor(PREPARE_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly().waitFor();
            throw new IOException(String.join(" ", command) + " failed:\n" + tail(Files.readString(output)));
        }
        return Files.readString(output);
    }

    /** What {@code /usr/bin/time} wrote last: peak RSS in KiB, user and system CPU seconds. */
    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.get(lines.size() - 1).trim();
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }
}
