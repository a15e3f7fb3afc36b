package io.github.duendetools.edit;

import java.io.IOException;
import java.util.List;

/** Some target cannot be written (read-only, missing, changed); thrown before any file is touched. */
public final class WriteRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public WriteRefusedException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
