package io.github.duendetools.dbproof;

import java.util.List;

/** A proof stage found differences; the message lists them, each naming table and column. */
final class ProofFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    ProofFailure(String stage, List<String> problems) {
        super(stage + ":\n  " + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 40)))
                + (problems.size() > 40 ? "\n  ... and " + (problems.size() - 40) + " more" : ""));
    }
}
