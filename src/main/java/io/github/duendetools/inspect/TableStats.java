package io.github.duendetools.inspect;

/** A table's size from the engine's own statistics; -1 where the engine keeps none (never a full count). */
public record TableStats(long rows, long bytes) {
    public static final TableStats UNKNOWN = new TableStats(-1, -1);
}
