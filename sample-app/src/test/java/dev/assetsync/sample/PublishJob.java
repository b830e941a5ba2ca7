package dev.assetsync.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged sample app as a separate process, the way a deploy runs the publish job.
 */
final class PublishJob {

    /** A start with a cold JVM, and a first upload of every asset, take seconds; this only stops a hung job. */
    private static final long TIMEOUT_SECONDS = 180;

    private final Path jar;

    private final Path workDir;

    /**
     * @param jar the packaged application
     * @param workDir folder for the job's output files and its current directory
     */
    PublishJob(Path jar, Path workDir) {
        this.jar = jar;
        this.workDir = workDir;
    }

    /** The jar that failsafe names in {@code sample.jar}: the one {@code package} just built. */
    static Path packagedJar() {
        String jar = System.getProperty("sample.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(
                    "No packaged app (sample.jar=" + jar + "): run the tests with 'mvn verify'");
        }
        return Path.of(jar);
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = javaCommand(this.jar, arguments);
        Path output = Files.createTempFile(this.workDir, "publish-", ".log");
        Process process = new ProcessBuilder(command).directory(this.workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("The publish job did not end within " + TIMEOUT_SECONDS + " s. Its output:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** The command that runs the jar with this test's Java. */
    static List<String> javaCommand(Path jar, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * How a run ended.
     *
     * @param exitCode the process's exit code
     * @param output what it printed, standard output and error together
     */
    record Result(int exitCode, String output) {

        /** The line the publish ends with ("Published s3://..."), without the time and level before it. */
        String summary() {
            return this.output.lines()
                .filter((line) -> line.contains(" INFO  Published "))
                .map((line) -> line.substring(line.indexOf("Published ")))
                .reduce((first, second) -> {
                    throw new AssertionError("Two summary lines in:\n" + this.output);
                })
                .orElseThrow(() -> new AssertionError("No summary line in:\n" + this.output));
        }
    }
}
