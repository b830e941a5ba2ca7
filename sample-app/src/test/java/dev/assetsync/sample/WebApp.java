package dev.assetsync.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged sample app started as the ordinary web app, on a free loopback port, until closed. */
final class WebApp implements AutoCloseable {

    /** A cold start of the jar takes seconds; this only stops a start that hangs. */
    private static final long START_TIMEOUT_MILLIS = 180_000;

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;

    private final Path output;

    private final int port;

    private WebApp(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    static WebApp start(Path jar, Path workDir, String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
        all.addAll(List.of(arguments));
        Path output = Files.createTempFile(workDir, "web-", ".log");
        Process process = new ProcessBuilder(PublishJob.javaCommand(jar, all.toArray(String[]::new)))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            Matcher started = STARTED.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (started.find()) {
                return new WebApp(process, output, Integer.parseInt(started.group(1)));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("The web app did not start. Its output:\n"
                + Files.readString(output, StandardCharsets.UTF_8));
    }

    String url(String path) {
        return "http://127.0.0.1:" + this.port + path;
    }

    String output() throws IOException {
        return Files.readString(this.output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        this.process.destroy();
        if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            this.process.destroyForcibly().waitFor();
        }
    }
}
