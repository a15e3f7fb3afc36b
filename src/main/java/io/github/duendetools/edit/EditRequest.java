package io.github.duendetools.edit;

import java.util.Objects;

/**
 * Whether projects that disagree may move together is the planner's call ({@code duende.alignAll}):
 * by the time edits are planned, every declaration in scope moves to the target.
 *
 * @param target          the normalized target version ({@code 6.1.0}); the text every declaration gets
 * @param targetFramework edit only references evaluated for this framework ({@code net8.0}); {@code null} for all
 */
record EditRequest(String target, String targetFramework) {
    public EditRequest {
        Objects.requireNonNull(target, "target");
        if (targetFramework != null && targetFramework.isBlank()) {
            targetFramework = null;
        }
    }
}
