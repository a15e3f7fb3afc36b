package io.github.duendetools.inspect;

/**
 * What one change of a schema step still to apply does to one table on this database: how ({@code METADATA},
 * {@code NEW_TABLE}, {@code INDEX_BUILD}, {@code TABLE_COPY}), the table's size from the engine's statistics, and
 * the strategy the plugin offers for it.
 */
public record StepCost(String step, String table, String change, How how, TableStats stats, String strategy) {

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
