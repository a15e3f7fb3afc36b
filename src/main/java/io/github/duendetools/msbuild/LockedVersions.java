package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.RawText;
import io.github.duendetools.nuget.LockFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adds what {@code packages.lock.json} knows: the resolved version of each direct reference, and the
 * Duende packages a framework only gets transitively (with the direct dependency that brings them in).
 */
final class LockedVersions {
    private final DuendePackages packages;

    LockedVersions(DuendePackages packages) {
        this.packages = packages;
    }

    /**
     * @param direct  the references evaluation found for this project and framework
     * @param lockText the lock file's text, for locating transitive entries by line
     */
    List<DuendeReference> apply(Path project, String targetFramework, List<String> targetFrameworks,
                                List<DuendeReference> direct, Path lockPath, LockFile lock, RawText lockText) {
        Map<String, LockFile.Locked> section = lock.framework(targetFramework);
        List<DuendeReference> out = new ArrayList<>();
        for (DuendeReference r : direct) {
            LockFile.Locked locked = section.get(r.packageId().toLowerCase(Locale.ROOT));
            out.add(locked == null ? r : withLocked(r, locked.resolved()));
        }
        if (!direct.isEmpty()) {
            // The family moves as one: once a member is referenced, the others it pulls in follow it.
            return out;
        }
        for (LockFile.Locked locked : section.values()) {
            if (!packages.isTracked(locked.id()) || locked.direct()) {
                continue;
            }
            if (LockFile.via(section, locked.id(), "Project") != null) {
                // A referenced project brings it in: that project is scanned on its own and declares the version.
                continue;
            }
            String via = LockFile.via(section, locked.id(), "Direct");
            SourceLocation at = new SourceLocation(lockPath, line(lockText, targetFramework, locked.id()));
            out.add(new DuendeReference(project, targetFramework, targetFrameworks, locked.id(), null, null, at,
                    null, null, DeclarationKind.LOCK_FILE, locked.resolved(), via, null));
        }
        return out;
    }

    private static DuendeReference withLocked(DuendeReference r, String lockedVersion) {
        return new DuendeReference(r.project(), r.targetFramework(), r.targetFrameworks(), r.packageId(),
                r.rawVersion(), r.declaredVersion(), r.referencedAt(), r.declaredAt(), r.span(), r.kind(),
                lockedVersion, r.transitiveVia(), r.problem());
    }

    private static int line(RawText text, String targetFramework, String id) {
        String s = text.text();
        int from = targetFramework == null ? 0 : Math.max(0, s.indexOf("\"" + targetFramework + "\""));
        int at = s.indexOf("\"" + id + "\"", from);
        return at < 0 ? 0 : text.lineOf(at);
    }
}
