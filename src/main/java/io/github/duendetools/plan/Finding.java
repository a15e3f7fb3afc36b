package io.github.duendetools.plan;

import io.github.duendetools.msbuild.SourceLocation;
import java.util.Objects;

/**
 * One thing the planner has to say.
 *
 * @param severity  ERROR fails the build
 * @param code      stable identifier ({@code DOWNGRADE}) for tools and tests
 * @param message   one line, for people
 * @param location  the file and line to look at; {@code null} when the finding is about the parameters, not a file
 */
public record Finding(Severity severity, String code, String message, SourceLocation location) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
