package io.github.duendetools.changelog;

import java.util.List;
import java.util.Map;

/**
 * One changeset to write: its id, label, comment, preconditions (an XML fragment inside
 * {@code <preConditions>}, with what a failure and an error do) and, per dialect, the statements forward and for rollback.
 */
public record ChangeSetSpec(String id, String label, String comment, String onFail, String onFailMessage, String onError,
                            String preconditions, Map<Dialect, List<String>> forward,
                            Map<Dialect, List<String>> rollback) {
}
