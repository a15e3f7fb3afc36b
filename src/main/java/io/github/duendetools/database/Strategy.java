package io.github.duendetools.database;

/**
 * What a change does to the application's reads and writes while it runs, as {@code inspect} tells a team before the
 * update: the answer decides between running during the day and booking a maintenance window.
 */
public enum Strategy {
    /** A catalogue change, a new table or the server's own online build: reads and writes go on. */
    ONLINE("online"),
    /** Work in committed batches beside the live table, then a short swap: writers wait for the swap only. */
    LOW_LOCK("low-lock"),
    /** Writers, and on some databases readers, wait until the change ends. */
    BLOCKING("blocking");

    private final String text;

    Strategy(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
