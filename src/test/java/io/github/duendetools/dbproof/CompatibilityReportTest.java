package io.github.duendetools.dbproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compatibility page: generated from results and deterministic (the proofs publish it with -Dduende.regenerate=true). */
class CompatibilityReportTest {
    private static final ProofResult PASSED = new ProofResult(Engine.POSTGRESQL, "6.0", "6.1", "default names",
            List.of("update: schema = reference 6.1", "rows kept (12677 rows, 10000 grants)"), null);
    private static final ProofResult FAILED = new ProofResult(Engine.H2, "6.0", "6.1", "default names",
            List.of("update: schema = reference 6.1"), "rows after update: table Grants row Key=k column Data: was a, now b");

    @Test
    void rendersEachCellWithWhatItVerified() {
        String page = CompatibilityReport.render(List.of(PASSED, FAILED));
        assertTrue(page.contains("| 6.0 → 6.1 | ❌ fails | not run | ✅ proven | not run |"), page);
        assertTrue(page.contains("- ✅ rows kept (12677 rows, 10000 grants)"), page);
        assertTrue(page.contains("- ❌ rows after update: table Grants row Key=k column Data"), page);
    }

    @Test
    void isTheSameWhateverOrderResultsArrive() {
        List<ProofResult> reversed = new ArrayList<>(List.of(FAILED, PASSED));
        assertEquals(CompatibilityReport.render(List.of(PASSED, FAILED)), CompatibilityReport.render(reversed));
    }

    @Test
    void resultsSurviveTheirFileForm() {
        ProofResult back = ProofResult.parse(List.of(FAILED.serialise().split("\n")));
        assertEquals(FAILED, back);
    }
}
