package io.github.duendetools.migrate;

/**
 * The repository, its changelogs or another run do not allow the migration as asked (a violation, not an error);
 * the message says what was written, which is nothing unless it says otherwise.
 */
public final class MigrateRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public MigrateRefusedException(String message) {
        super(message);
    }

    public MigrateRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
