package io.github.duendetools.dbproof;

import io.github.duendetools.Slow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The proof matrix for one engine: every schema step, and the long paths 5.2 -> 8.0 and 6.0 -> 7.0 (7.0 is the
 * schema of every 7.x up to 7.4), each proven by one {@link StepProof} that does all the checks on its own database.
 */
@Slow
abstract class ChangelogProofMatrix {
    /** Steps a user can take; consecutive generations, plus two long paths across several steps. */
    static List<String[]> steps() {
        List<String> gens = ReferenceModel.get().generations();
        List<String[]> steps = new ArrayList<>();
        for (int i = 0; i + 1 < gens.size(); i++) {
            steps.add(new String[] {gens.get(i), gens.get(i + 1)});
        }
        steps.add(new String[] {"5.2", "8.0"});
        steps.add(new String[] {"6.0", "7.0"});
        return steps;
    }

    /** Steps also proven with a custom default schema and renamed tables. */
    static List<String[]> customNamingSteps() {
        return List.of(new String[] {"6.0", "6.1"}, new String[] {"5.2", "8.0"});
    }

    /** Steps whose PostgreSQL low-lock changesets are proven: an index on a populated table, the key move, a long path. */
    static List<String[]> lowLockSteps() {
        return List.of(new String[] {"5.0", "5.1"}, new String[] {"6.0", "6.1"}, new String[] {"5.2", "8.0"});
    }

    abstract Engine engine();

    boolean provesCustomNaming() {
        return false;
    }

    boolean provesLowLock() {
        return false;
    }

    @TestFactory
    Stream<DynamicTest> everyStep() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] step : steps()) {
            tests.add(proof(step, ProofVariant.DEFAULTS));
        }
        if (provesCustomNaming()) {
            for (String[] step : customNamingSteps()) {
                tests.add(proof(step, ProofVariant.CUSTOM));
            }
        }
        if (provesLowLock()) {
            for (String[] step : lowLockSteps()) {
                tests.add(proof(step, ProofVariant.LOW_LOCK));
            }
            tests.add(proof(new String[] {"6.0", "6.1"}, ProofVariant.CUSTOM_LOW_LOCK));
        }
        return tests.stream();
    }

    private DynamicTest proof(String[] step, ProofVariant variant) {
        return DynamicTest.dynamicTest(step[0] + " -> " + step[1] + " (" + variant.label() + ")",
                () -> new StepProof(engine(), step[0], step[1], variant, new PluginChangelogs()).runAndRecord());
    }
}
