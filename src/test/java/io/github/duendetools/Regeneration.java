package io.github.duendetools;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

/**
 * The one switch, {@code -Dduende.regenerate=true}, with which the tests that compare with checked-in files write them
 * instead: the golden SQL, the checksums of changesets not frozen yet (a frozen one that changed still fails) and
 * {@code docs/compatibility.md}. Refused under {@code CI=true}: CI compares with what is checked in, it never rewrites it.
 */
public final class Regeneration {

    public static final String PROPERTY = "duende.regenerate";

    private Regeneration() {
    }

    /** Whether this run writes the checked-in files; fails the test when asked for under {@code CI=true}. */
    public static boolean requested() {
        return requested(System.getProperty(PROPERTY), System.getenv("CI"));
    }

    static boolean requested(String value, String ci) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            fail("-D" + PROPERTY + " is true or false, not '" + value + "'");
        }
        if ("true".equalsIgnoreCase(ci)) {
            fail("-D" + PROPERTY + "=true is refused under CI=true: CI compares with the checked-in files, it never rewrites them");
        }
        return true;
    }

    /** A file of the project's tree (not its copy under {@code target/}), to be rewritten. */
    public static Path projectFile(String path) {
        return Path.of(System.getProperty("basedir", ".")).resolve(path);
    }
}
