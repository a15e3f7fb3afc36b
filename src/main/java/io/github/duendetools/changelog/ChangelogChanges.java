package io.github.duendetools.changelog;

import java.util.List;

/**
 * What an update of the changelog folder decided: the generations it goes from and to, the steps generated, notes for
 * the log, and the files to write ({@code writes}, pending until {@code writes.commit()}).
 */
public record ChangelogChanges(String fromGeneration, String toGeneration, List<GeneratedSteps> results,
                               List<String> notes, ChangelogWrites writes) {
    public ChangelogChanges {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    public boolean nothingToDo() {
        return results.isEmpty();
    }
}
