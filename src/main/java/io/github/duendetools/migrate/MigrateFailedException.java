package io.github.duendetools.migrate;

/** Reading or writing failed during a migration (an error, not a violation); the message says what was written. */
public final class MigrateFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public MigrateFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
