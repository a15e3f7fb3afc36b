package io.github.duendetools;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbers the steps of every {@link AtomicFile} write in this process, for the tests that stop a run at one. */
public final class AtomicFileProbe {
    private AtomicFileProbe() {
    }

    /** Counts steps into {@code counter}; at step {@code stopAt} (1-based; 0 never) runs {@code stop}. */
    public static void install(AtomicInteger counter, int stopAt, Runnable stop) {
        AtomicFile.probe = (step, target) -> {
            if (counter.incrementAndGet() == stopAt) {
                stop.run();
            }
        };
    }

    /** Adds to {@code replaced}, in order, every file whose new content is in place. */
    public static void recordReplaced(List<Path> replaced) {
        AtomicFile.probe = (step, target) -> {
            if (step == AtomicFile.Step.REPLACED) {
                replaced.add(target);
            }
        };
    }

    public static void remove() {
        AtomicFile.probe = (step, target) -> { };
    }
}
