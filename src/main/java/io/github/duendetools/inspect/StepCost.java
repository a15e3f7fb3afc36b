package io.github.duendetools.inspect;

import io.github.duendetools.database.Strategy;

/**
 * What one change of a schema step still to apply does to one table on this database: how ({@code METADATA},
 * {@code NEW_TABLE}, {@code INDEX_BUILD}, {@code TABLE_COPY}), the table's size from the engine's statistics, the
 * strategy the changelogs use with the options chosen (online, low-lock or blocking), how long writers are expected
 * to wait, and the way it runs in words.
 */
public record StepCost(String step, String table, String change, How how, TableStats stats, Strategy strategy,
                       BlockingEstimate blocking, String detail) {

    public enum How {
        METADATA("metadata-only"), NEW_TABLE("new table"), INDEX_BUILD("index build"), TABLE_COPY("full table copy");

        private final String text;

        How(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
