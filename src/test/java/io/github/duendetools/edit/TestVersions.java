package io.github.duendetools.edit;

import java.util.Comparator;

/** A small numeric version order for tests, standing in for the NuGet order the planner wires in. */
final class TestVersions {
    static final Comparator<String> ORDER = TestVersions::compare;

    private TestVersions() {
    }

    private static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        for (int i = 0; i < 4; i++) {
            int c = Integer.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int[] parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length < 1 || parts.length > 4) {
            throw new IllegalArgumentException("'" + text + "' is not a version");
        }
        int[] numbers = new int[4];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a version");
            }
        }
        return numbers;
    }
}
