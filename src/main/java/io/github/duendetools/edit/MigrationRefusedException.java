package io.github.duendetools.edit;

import java.util.List;

/** The migration cannot be done as asked; every reason is listed and nothing was written. */
public final class MigrationRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public MigrationRefusedException(String headline, List<String> reasons) {
        super(headline + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
