package io.github.duendetools.changelog;

import java.util.List;

/**
 * What an update of the changelog folder decided: the generations it goes from and to, the steps generated, notes and
 * warnings for the log (warnings: step files left without their rollback checks), and the files to write
 * ({@code writes}, pending until {@code writes.commit()}).
 */
public record ChangelogChanges(String fromGeneration, String toGeneration, List<GeneratedSteps> results,
                               List<String> notes, List<String> warnings, ChangelogWrites writes) {
    public ChangelogChanges {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public boolean nothingToDo() {
        return results.isEmpty();
    }
}
