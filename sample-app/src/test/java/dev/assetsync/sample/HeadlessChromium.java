package dev.assetsync.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Chromium without a window: loads a page, runs its scripts, and prints the DOM as it is once the page has loaded
 * and its timers and fonts have settled. Settings that would reach the network by themselves are off, so the only
 * requests are the page's own.
 */
final class HeadlessChromium {

    /** The Debian package's binary; {@code -Dchromium=...} names another. */
    private static final String DEFAULT_BINARY = "/usr/bin/chromium";

    private static final long TIMEOUT_SECONDS = 120;

    /** How long, in virtual time, the page may take to load everything after the document itself. */
    private static final int VIRTUAL_TIME_BUDGET_MILLIS = 15_000;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or the test is skipped with the reason when there is none. */
    static HeadlessChromium findOrSkip() {
        Path binary = Path.of(System.getProperty("chromium", DEFAULT_BINARY));
        if (!Files.isExecutable(binary)) {
            String reason = "Browser check skipped: no Chromium at " + binary
                    + " (install Debian's chromium package, or name the binary with -Dchromium=...)";
            // The build's summary shows a skipped test without its reason: say it where the build's output shows it.
            System.err.println(reason);
            assumeTrue(false, reason);
        }
        return new HeadlessChromium(binary);
    }

    /** The DOM of the loaded page, serialised. */
    String dumpDom(String url, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("chromium-profile"));
        Path dom = workDir.resolve("dom.html");
        Path log = workDir.resolve("chromium.log");
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        Process process = new ProcessBuilder(List.of(this.binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MILLIS, "--dump-dom", url))
            .redirectOutput(dom.toFile())
            .redirectError(log.toFile())
            .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Chromium did not finish loading " + url + " within " + TIMEOUT_SECONDS
                    + " s. Its log:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String html = Files.readString(dom, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || html.isBlank()) {
            throw new AssertionError("Chromium exited with " + process.exitValue() + " and no page for " + url
                    + ". Its log:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return html;
    }
}
