package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyExpanderTest {
    private static final PropertyValue VERSION = PropertyValue.builtIn("DuendeVersion", "7.0.8");
    private static final PropertyExpander.Scope SCOPE = new PropertyExpander.Scope() {
        @Override
        public PropertyValue property(String name) {
            return Map.of("duendeversion", VERSION, "minor", PropertyValue.builtIn("Minor", "1"))
                    .get(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public String function(String expression) {
            return expression.startsWith("[MSBuild]::Known") ? "known" : null;
        }
    };

    @Test
    void literalTextIsUntouched() {
        Expansion e = PropertyExpander.expand("6.0.0", SCOPE);
        assertEquals("6.0.0", e.value());
        assertFalse(e.references());
        assertNull(e.whole());
    }

    @Test
    void wholeReferenceIsRecognisedCaseInsensitively() {
        Expansion e = PropertyExpander.expand(" $(duendeVERSION) ", SCOPE);
        assertEquals(" 7.0.8 ", e.value());
        assertSame(VERSION, e.whole());
        assertNull(e.problem());
    }

    @Test
    void compositeTextHasNoWholeReference() {
        Expansion e = PropertyExpander.expand("[7.$(Minor).0, 8.0.0)", SCOPE);
        assertEquals("[7.1.0, 8.0.0)", e.value());
        assertNull(e.whole());
        assertTrue(e.references());
    }

    @Test
    void undefinedPropertyExpandsToNothingAndIsNamed() {
        Expansion e = PropertyExpander.expand("$(Nope)", SCOPE);
        assertEquals("", e.value());
        assertEquals("Nope", e.undefined());
        assertNull(e.problem());
    }

    @Test
    void functionsAndItemListsAreProblemsUnlessKnown() {
        assertEquals("known", PropertyExpander.expand("$([MSBuild]::Known(a))", SCOPE).value());
        Expansion f = PropertyExpander.expand("$(DuendeVersion.Replace('7', '8'))", SCOPE);
        assertTrue(f.problem().contains("cannot be evaluated statically"), f.problem());
        assertTrue(PropertyExpander.expand("@(Versions)", SCOPE).problem().contains("item or metadata reference"));
    }

    @Test
    void unclosedReferenceIsLiteral() {
        assertEquals("$(Oops", PropertyExpander.expand("$(Oops", SCOPE).value());
    }
}
