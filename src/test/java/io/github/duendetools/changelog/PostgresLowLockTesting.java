package io.github.duendetools.changelog;

/** Lets database tests in other packages size their data by the batch the low-lock numbering uses. */
public final class PostgresLowLockTesting {
    private PostgresLowLockTesting() {
    }

    public static int batchRows() {
        return PostgresLowLock.BATCH_ROWS;
    }
}
