package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import java.nio.file.Path;

/**
 * A hostile or absurd input went past one of the evaluation's limits (nesting, expanded length).
 * Thrown where the limit is met, which rarely knows the file; the evaluation adds the element it was
 * working on and turns it into an {@link InputException}. Rare and expected: no stack trace.
 */
final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation at;

    LimitExceeded(String problem) {
        this(problem, null);
    }

    private LimitExceeded(String problem, SourceLocation at) {
        super(problem, null, false, false);
        this.at = at;
    }

    /** The same problem at {@code location}, unless an inner element already placed it. */
    LimitExceeded at(SourceLocation location) {
        return at != null ? this : new LimitExceeded(getMessage(), location);
    }

    InputException toInputException(Path fallbackFile) {
        return at != null ? new InputException(at.file(), at.line(), getMessage())
                : new InputException(fallbackFile, 0, getMessage());
    }
}
