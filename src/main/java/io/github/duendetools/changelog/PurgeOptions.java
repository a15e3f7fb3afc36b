package io.github.duendetools.changelog;

import io.github.duendetools.schema.CleanupRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of Duende's cleanup rules a purge applies before the big-table steps: {@code expired} the expired grants and
 * device codes, {@code consumed} the grants consumed more than {@code consumedDelaySeconds} ago (Duende's
 * {@code RemoveConsumedTokens} and {@code ConsumedTokenCleanupDelay}). Neither: no purge is written.
 */
public record PurgeOptions(boolean expired, boolean consumed, int consumedDelaySeconds) {

    /** No purge: the default, which writes nothing. */
    public static final PurgeOptions NONE = new PurgeOptions(false, false, CleanupRule.DEFAULT_CONSUMED_DELAY_SECONDS);

    public PurgeOptions {
        if (consumedDelaySeconds < 0) {
            throw new IllegalArgumentException("a negative consumed-grants delay: " + consumedDelaySeconds);
        }
    }

    /** Whether any purge is written. */
    public boolean any() {
        return expired || consumed;
    }

    /** The rules applied, in the order the purge runs them (Duende's order: expired grants, consumed, device codes). */
    public List<CleanupRule> rules() {
        List<CleanupRule> out = new ArrayList<>();
        if (expired) {
            out.add(CleanupRule.EXPIRED_GRANTS);
        }
        if (consumed) {
            out.add(CleanupRule.CONSUMED_GRANTS);
        }
        if (expired) {
            out.add(CleanupRule.EXPIRED_DEVICE_CODES);
        }
        return out;
    }
}
