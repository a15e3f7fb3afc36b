package io.github.duendetools.inspect;

import io.github.duendetools.schema.CleanupRule;

/**
 * How many rows of a table one of Duende's cleanup rules would delete now ({@code rows}; -1 when not counted), and how
 * the number was had or why there is none ({@code how}). The consumed rule is counted with Duende's default delay, 0.
 */
public record PurgeableRows(String table, CleanupRule rule, long rows, String how) {

    /** What the rule deletes, in words. */
    public String what() {
        return switch (rule) {
            case EXPIRED_GRANTS, EXPIRED_DEVICE_CODES -> "expired (" + rule.column() + " before now)";
            case CONSUMED_GRANTS -> "consumed (" + rule.column() + " before now)";
        };
    }
}
