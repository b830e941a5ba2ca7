package dev.assetsync.benchmark;

import java.util.List;

/** Small statistics over repeated measurements. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
