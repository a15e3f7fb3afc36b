package io.github.duendetools.msbuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recorded effects of evaluating shared files ({@code Directory.*.props} and what they import) and their
 * item groups, by file and by group, for the next project that reaches them in the same state: a
 * repository's projects mostly share them unchanged, and replaying an effect costs a fraction of evaluating
 * again. A {@link Recording} is replayed only when it {@link Recording#holdsFor holds}; otherwise the
 * evaluator does the work and records it. The files are assumed not to change during a scan, as the parsed
 * documents and the nearest-file answers already are.
 */
final class SharedFileMemo {
    /** Recordings kept per file or group: a few contexts (outer and inner builds, a project that differs). */
    private static final int KEPT = 4;

    private final Map<XmlDocument, List<Recording>> imports = new IdentityHashMap<>();
    private final Map<XmlElement, List<Recording>> itemGroups = new IdentityHashMap<>();

    Recording importOf(XmlDocument document, PropertyTable properties, Set<String> fixed, Set<Path> imported) {
        return find(imports.get(document), properties, fixed, imported);
    }

    Recording itemGroup(XmlElement group, PropertyTable properties, Set<String> fixed) {
        return find(itemGroups.get(group), properties, fixed, Set.of());
    }

    void rememberImport(XmlDocument document, Recording recording) {
        remember(imports, document, recording);
    }

    void rememberItemGroup(XmlElement group, Recording recording) {
        remember(itemGroups, group, recording);
    }

    private static Recording find(List<Recording> recordings, PropertyTable properties, Set<String> fixed,
                                  Set<Path> imported) {
        if (recordings == null) {
            return null;
        }
        for (int i = 0; i < recordings.size(); i++) {
            Recording recording = recordings.get(i);
            if (recording.holdsFor(properties, fixed, imported)) {
                return recording;
            }
        }
        return null;
    }

    private static <K> void remember(Map<K, List<Recording>> memo, K key, Recording recording) {
        if (!recording.replayable()) {
            return;
        }
        List<Recording> recordings = memo.get(key);
        if (recordings == null) {
            recordings = new ArrayList<>(KEPT);
            memo.put(key, recordings);
        }
        if (recordings.size() == KEPT) {
            recordings.remove(KEPT - 1);
        }
        recordings.add(0, recording);
    }
}
