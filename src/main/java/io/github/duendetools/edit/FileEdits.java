package io.github.duendetools.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every edit to one file, sorted by position and free of overlaps. Identical edits collapse into one,
 * because many references can share one declaration (a property used by twenty projects).
 */
record FileEdits(Path file, List<TextEdit> edits) {
    public FileEdits {
        Objects.requireNonNull(file, "file");
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingLong((TextEdit e) -> e.span().start()).thenComparingLong(e -> e.span().end()));
        List<TextEdit> distinct = new ArrayList<>();
        for (TextEdit edit : sorted) {
            if (!edit.span().file().equals(file)) {
                throw new IllegalArgumentException("edit for " + edit.span().file() + " grouped under " + file);
            }
            TextEdit last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last != null && last.equals(edit)) {
                continue;
            }
            if (last != null && last.overlaps(edit)) {
                throw new IllegalArgumentException(file + ": overlapping edits at bytes " + last.span().start() + ".."
                        + last.span().end() + " and " + edit.span().start() + ".." + edit.span().end());
            }
            distinct.add(edit);
        }
        edits = List.copyOf(distinct);
    }
}
