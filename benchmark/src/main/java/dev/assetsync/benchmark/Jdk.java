package dev.assetsync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK the publish job runs on, which need not be the benchmark's own: a deploy may start the job on a newer
 * JDK than the build's, and its version decides which start-up cache it can use ({@link StartupCache}).
 *
 * @param java the {@code java} executable
 * @param version the version it reports, e.g. {@code 25.0.3+9-LTS}
 * @param vendor who built it, e.g. {@code Eclipse Adoptium}
 */
record Jdk(Path java, Runtime.Version version, String vendor) {

    /**
     * Asks the executable for its version, once.
     *
     * @param javaOrHome the {@code java} executable, or a JDK home whose {@code bin/java} is used
     * @param workDir where what it printed is kept
     */
    static Jdk at(Path javaOrHome, Path workDir) throws IOException, InterruptedException {
        Path java = Files.isDirectory(javaOrHome) ? javaOrHome.resolve("bin").resolve("java") : javaOrHome;
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException(
                    "--java " + javaOrHome + " is neither a java executable nor a JDK home with bin/java");
        }
        String settings = ProcessRun.prepare(List.of(java.toString(), "-XshowSettings:properties", "-version"),
                workDir.resolve("job-java.txt"));
        return new Jdk(java, Runtime.Version.parse(property(settings, "java.runtime.version")),
                property(settings, "java.vendor"));
    }

    private static String property(String settings, String name) {
        Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + " = (.+)$").matcher(settings);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + name + " in the output of -XshowSettings:properties:\n" + settings);
        }
        return matcher.group(1).trim();
    }

    @Override
    public String toString() {
        return "Java " + this.version + " (" + this.vendor + ")";
    }
}
