package dev.assetsync.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects the measurements of one RTT and prints them as a Markdown table, medians first. */
final class ResultTable {

    private final Map<String, Map<String, List<Measurement>>> byScenario = new LinkedHashMap<>();

    private final String baseline;

    /** @param baseline the tool the ratios are taken against */
    ResultTable(String baseline) {
        this.baseline = baseline;
    }

    void add(String scenario, String tool, Measurement measurement) {
        this.byScenario.computeIfAbsent(scenario, (key) -> new LinkedHashMap<>())
            .computeIfAbsent(tool, (key) -> new ArrayList<>())
            .add(measurement);
    }

    void print(PrintStream out, String title) {
        out.println();
        out.println("### " + title);
        out.println();
        out.println("| scenario | tool | wall s (median) | min–max | × " + this.baseline + " | CPU s | server CPU s"
                + " | requests | by kind | peak RSS MB | first request s | staging s | writes s |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        this.byScenario.forEach((scenario, tools) -> {
            List<Measurement> base = tools.get(this.baseline);
            double baseSeconds = (base != null) ? seconds(base) : Double.NaN;
            tools.forEach((tool, runs) -> {
                Measurement last = runs.get(runs.size() - 1);
                out.println(String.format(Locale.ROOT,
                        "| %s | %s | %.2f | %.2f–%.2f | %s | %.1f | %.1f | %d | %s | %.0f | %s | %s | %s |",
                        scenario, tool, seconds(runs), min(runs), max(runs),
                        Double.isNaN(baseSeconds) ? "–" : String.format(Locale.ROOT, "%.1f", seconds(runs) / baseSeconds),
                        Stats.median(runs.stream().map(Measurement::cpuSeconds).toList()),
                        Stats.median(runs.stream().map(Measurement::serverCpuSeconds).toList()),
                        last.totalRequests(), kinds(last), Stats.median(runs.stream()
                            .map((run) -> run.peakRssKb() / 1024.0).toList()),
                        optional(runs.stream().map(Measurement::firstRequestSeconds).toList()),
                        optional(runs.stream().map(Measurement::stagingSeconds).toList()),
                        optional(runs.stream().map(Measurement::writeSeconds).toList())));
            });
        });
    }

    private static double seconds(List<Measurement> runs) {
        return Stats.median(runs.stream().map(Measurement::seconds).toList());
    }

    private static double min(List<Measurement> runs) {
        return runs.stream().mapToDouble(Measurement::seconds).min().orElseThrow();
    }

    private static double max(List<Measurement> runs) {
        return runs.stream().mapToDouble(Measurement::seconds).max().orElseThrow();
    }

    private static String kinds(Measurement run) {
        return run.requests().entrySet().stream()
            .map((entry) -> entry.getKey() + " " + entry.getValue())
            .collect(Collectors.joining(", "));
    }

    /** The median of values that were measured (a negative value means not measured). */
    private static String optional(List<Double> values) {
        List<Double> measured = values.stream().filter((value) -> value >= 0).toList();
        return measured.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", Stats.median(measured));
    }
}
