package io.github.duendetools.inspect;

/**
 * How long writers are expected to wait for one change: {@code seconds} (null when there is no estimate) and the
 * basis it rests on or the reason there is none, so a team reads what the number is worth.
 */
public record BlockingEstimate(Double seconds, String basis) {

    /** A change that leaves readers and writers alone. */
    static final BlockingEstimate NONE = new BlockingEstimate(0.0, "reads and writes continue");

    static BlockingEstimate unknown(String why) {
        return new BlockingEstimate(null, why);
    }

    /** "about 7.7 s (7.66 s per million rows, measured on PostgreSQL 15.20)", or "not estimated: why". */
    public String text() {
        if (seconds == null) {
            return "not estimated: " + basis;
        }
        return this.equals(NONE) ? "none" : "about " + round(seconds) + " s (" + basis + ")";
    }

    private static String round(double s) {
        return s < 10 ? String.format(java.util.Locale.ROOT, "%.1f", s) : String.format(java.util.Locale.ROOT, "%.0f", s);
    }
}
