package io.github.duendetools.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians of repeated measurements; the median rather than the mean because a shared machine produces outliers. */
final class Stats {
    private Stats() {
    }

    static double median(List<? extends Number> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.doubleValue()));
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
