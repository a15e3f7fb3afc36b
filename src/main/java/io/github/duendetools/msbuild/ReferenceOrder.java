package io.github.duendetools.msbuild;

import java.util.Comparator;
import java.util.Locale;

/**
 * The order of a scan's references, which reports and edits follow: by project path, then target framework
 * (none first, letter case ignored), then package id (letter case ignored), then declaration kind.
 * A plain class rather than a chain of {@code Comparator.comparing} lambdas, which cost a cold JVM more.
 */
final class ReferenceOrder implements Comparator<DuendeReference> {
    static final ReferenceOrder INSTANCE = new ReferenceOrder();

    private ReferenceOrder() {
    }

    @Override
    public int compare(DuendeReference a, DuendeReference b) {
        int order = a.project().toString().compareTo(b.project().toString());
        if (order == 0) {
            order = compareFrameworks(a.targetFramework(), b.targetFramework());
        }
        if (order == 0) {
            order = a.packageId().toLowerCase(Locale.ROOT).compareTo(b.packageId().toLowerCase(Locale.ROOT));
        }
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        return order;
    }

    private static int compareFrameworks(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }
}
