package io.github.duendetools.inspect;

import io.github.duendetools.database.Strategy;
import io.github.duendetools.schema.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's figures for how long writers wait per change ({@code duende/costs/writers-blocked.csv}), kept as
 * data beside the benchmark they come from rather than in code, and turned into an estimate for one table.
 */
final class BlockingFigures {

    private static final String RESOURCE = "/duende/costs/writers-blocked.csv";
    private static final BlockingFigures BUILT_IN = load();

    /** One measured figure: seconds per million rows, or per change when {@code perChange}. */
    record Figure(double seconds, boolean perChange, String measuredOn) {
    }

    private final Map<String, Figure> figures;

    private BlockingFigures(Map<String, Figure> figures) {
        this.figures = figures;
    }

    static BlockingFigures builtIn() {
        return BUILT_IN;
    }

    /** The figure for a change of this kind on this family with this strategy, or null where none was measured. */
    Figure figure(Dialect family, String change, Strategy strategy) {
        return figures.get(key(family.name(), change, strategy.text()));
    }

    BlockingEstimate estimate(Dialect family, String change, Strategy strategy, TableStats stats) {
        if (strategy == Strategy.ONLINE) {
            return BlockingEstimate.NONE;
        }
        Figure f = figure(family, change, strategy);
        if (f == null) {
            return BlockingEstimate.unknown("no benchmark figure for this change on this database");
        }
        String on = "measured on " + f.measuredOn();
        if (f.perChange()) {
            return new BlockingEstimate(f.seconds(), "the final swap, " + on);
        }
        if (stats.rows() < 0) {
            return BlockingEstimate.unknown("the database keeps no row count for the table");
        }
        return new BlockingEstimate(f.seconds() * stats.rows() / 1_000_000.0,
                f.seconds() + " s per million rows, " + on);
    }

    private static String key(String family, String change, String strategy) {
        return family.toLowerCase(java.util.Locale.ROOT) + "/" + change + "/" + strategy;
    }

    private static BlockingFigures load() {
        Map<String, Figure> figures = new HashMap<>();
        try (InputStream in = BlockingFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 6 || !(cells[4].equals("million-rows") || cells[4].equals("change"))) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected family,change,strategy,"
                            + "seconds,per (million-rows or change),measured on");
                }
                figures.put(key(cells[0], cells[1], cells[2]),
                        new Figure(Double.parseDouble(cells[3]), cells[4].equals("change"), cells[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BlockingFigures(Map.copyOf(figures));
    }
}
