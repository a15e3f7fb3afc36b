package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The strict reading of parameters: booleans, near misses, and one line per refusal. */
class ParameterValidationTest {

    @Test
    void aBooleanIsTrueOrFalseInAnyLetterCaseAndNothingElse() {
        assertTrue(ParameterValidation.flag("TRUE", false));
        assertTrue(ParameterValidation.flag(" true ", false));
        assertFalse(ParameterValidation.flag("False", true));
        assertTrue(ParameterValidation.flag(null, true));
        for (String word : List.of("ture", "yes", "1", "", "on", "flase")) {
            assertThrows(IllegalArgumentException.class, () -> ParameterValidation.flag(word, false), word);
        }
    }

    @Test
    void aBadBooleanNamesTheParameterTheValueAndTheAcceptedValues() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> new ParameterValidation().bool("duende.dryRun", "ture").bool("duende.baseline", "TRUE")
                        .bool("duende.failOnUnsupported", "yes").check());
        assertEquals("duende.dryRun=ture is not understood: use true or false (did you mean true?)" + System.lineSeparator()
                + "duende.failOnUnsupported=yes is not understood: use true or false", e.getMessage());
    }

    @Test
    void nearMissesAreSuggestedAndUnrelatedWordsAreNot() {
        assertEquals(Optional.of("false"), ParameterValidation.nearest("flase", List.of("true", "false")));
        assertEquals(Optional.of("net8.0"), ParameterValidation.nearest("nett8.0", List.of("net6.0", "net8.0")));
        assertEquals(Optional.of("net8.0"), ParameterValidation.nearest("net8", List.of("net8.0")));
        assertEquals(Optional.of("PersistedGrants"), ParameterValidation.nearest("persistedgrant", List.of("Clients", "PersistedGrants")));
        assertEquals(Optional.empty(), ParameterValidation.nearest("yes", List.of("true", "false")));
        assertEquals(Optional.empty(), ParameterValidation.nearest("ab", List.of("xy")));
    }

    @Test
    void anUnknownKeyListsTheKnownOnesAndTheNearest() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> new ParameterValidation()
                .keys("duende.tableNames", Map.of("PersistedGrant", "Grants"), List.of("Clients", "PersistedGrants"), "a Duende table")
                .check());
        assertEquals("duende.tableNames: 'PersistedGrant' is not a Duende table; known: Clients, PersistedGrants"
                + " (did you mean PersistedGrants?)", e.getMessage());
    }

    @Test
    void aLongValueIsQuotedShort() {
        String huge = "x".repeat(5000);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> new ParameterValidation().bool("duende.skip", huge).check());
        assertTrue(e.getMessage().endsWith("… (5000 characters) is not understood: use true or false"), e.getMessage());
    }

    @Test
    void nothingToRefuseIsNoFailure() throws Exception {
        new ParameterValidation().bool("duende.skip", "false").positive("duende.timeout", 1, "seconds")
                .oneOf("duende.sqlPreview", List.of("H2"), List.of("h2")).check();
    }
}
