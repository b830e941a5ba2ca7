package dev.assetsync.benchmark;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of one tool.
 *
 * @param seconds wall time from process start to exit
 * @param cpuSeconds user and system CPU time of the process
 * @param serverCpuSeconds CPU time of the benchmark's own process meanwhile: mostly the S3 server's (S3Proxy and the
 * recording proxy), which shares the cores with the tool
 * @param requests S3 requests by kind, as the server saw them
 * @param peakRssKb the process's peak resident memory
 * @param firstRequestSeconds from process start to the first request the server saw; -1 when there was none
 * @param output what the process printed
 */
record Measurement(double seconds, double cpuSeconds, double serverCpuSeconds, Map<String, Integer> requests,
        long peakRssKb, double firstRequestSeconds, String output) {

    private static final Pattern STAGED = Pattern.compile("Staged \\d+ files with hashed names in ([0-9.]+) s");

    private static final Pattern PLANNED = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) INFO  Plan: ");

    private static final Pattern PUBLISHED = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) INFO  Published ");

    int totalRequests() {
        return this.requests.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The staging time the publish job logs, or -1 for other tools. */
    double stagingSeconds() {
        Matcher matcher = STAGED.matcher(this.output);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    /** From the plan to the end of the publish job (the writes), by its log lines' times; -1 for other tools. */
    double writeSeconds() {
        Matcher planned = PLANNED.matcher(this.output);
        Matcher published = PUBLISHED.matcher(this.output);
        if (!planned.find() || !published.find()) {
            return -1;
        }
        long millis = ChronoUnit.MILLIS.between(LocalTime.parse(planned.group(1)), LocalTime.parse(published.group(1)));
        return ((millis < 0) ? millis + 86_400_000 : millis) / 1000.0;
    }
}
