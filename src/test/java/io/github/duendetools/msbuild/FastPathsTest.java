package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replace a regular expression or a lower-cased copy must answer exactly as
 * what they replace, for ordinary and exotic input alike (KELVIN SIGN lower-cases to an ASCII 'k',
 * DOTTED CAPITAL I to two characters, LONG S upper-cases to 'S').
 */
class FastPathsTest {
    private static final String EXOTIC = "\u212A\u0130\u017F\u00C5\u00E9";

    @Test
    void lowerCaseEqualsIsToLowerCaseThenEquals() {
        List<String> lowers = List.of("packagereference", "packageversion", "include", "condition", "k", "");
        List<String> names = samples("PackageReferncVsioIcludtk.-_ ", 20_000);
        Random random = new Random(7);
        for (String lower : lowers) {
            for (int i = 0; i < 200; i++) {
                // Near misses and hits: letters in random case, now and then one exotic letter or one more.
                StringBuilder name = new StringBuilder();
                for (char c : lower.toCharArray()) {
                    name.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                if (random.nextInt(4) == 0 && name.length() > 0) {
                    name.setCharAt(random.nextInt(name.length()), EXOTIC.charAt(random.nextInt(EXOTIC.length())));
                }
                if (random.nextInt(8) == 0) {
                    name.append(random.nextBoolean() ? 'x' : EXOTIC.charAt(random.nextInt(EXOTIC.length())));
                }
                names.add(name.toString());
            }
        }
        for (String name : names) {
            for (String lower : lowers) {
                assertEquals(name.toLowerCase(Locale.ROOT).equals(lower), LowerCase.equals(name, lower), name + " / " + lower);
            }
        }
        assertEquals(true, LowerCase.equals("Pac\u212AageReference", "packagereference"));
        assertEquals(false, LowerCase.equals("PackageVer\u017Fion", "packageversion"));
    }

    @Test
    void isDecimalIsTheNumberPattern() {
        for (String text : samples("+-.0123456789a\u0661", 20_000)) {
            assertEquals(text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"), ConditionEvaluator.isDecimal(text), text);
        }
    }

    @Test
    void isNameIsTheNamePattern() {
        for (String text : samples("aZ_09-.$( \u00E9", 20_000)) {
            assertEquals(text.matches("[A-Za-z_][A-Za-z0-9_-]*"), PropertyExpander.isName(text), text);
        }
    }

    @Test
    void isTrackedIsFamilyOrPredecessor() {
        DuendePackages packages = DuendePackages.builtIn();
        List<String> ids = samples("DdIiuendeIdentityServer4.x", 20_000);
        ids.addAll(List.of("", "Duende.IdentityServer", "duende.identityserver", "IDENTITYSERVER4.X", "\u0130dentityServer4"));
        for (String id : ids) {
            assertEquals(packages.isFamily(id) || packages.isPredecessor(id), packages.isTracked(id), id);
        }
    }

    /** Random strings over an alphabet (and the exotic letters), short enough to hit every branch. */
    private static List<String> samples(String alphabet, int count) {
        String letters = alphabet + EXOTIC;
        Random random = new Random(42);
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(18);
            for (int k = 0; k < length; k++) {
                s.append(letters.charAt(random.nextInt(letters.length())));
            }
            samples.add(s.toString());
        }
        return samples;
    }
}
