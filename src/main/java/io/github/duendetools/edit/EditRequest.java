package io.github.duendetools.edit;

import java.util.Objects;

/**
 * @param target          the normalized target version ({@code 6.1.0}); the text every declaration gets
 * @param alignAll        move projects that disagree on the version too (otherwise disagreement is refused)
 * @param targetFramework edit only references evaluated for this framework ({@code net8.0}); {@code null} for all
 */
public record EditRequest(String target, boolean alignAll, String targetFramework) {
    public EditRequest {
        Objects.requireNonNull(target, "target");
        if (targetFramework != null && targetFramework.isBlank()) {
            targetFramework = null;
        }
    }
}
