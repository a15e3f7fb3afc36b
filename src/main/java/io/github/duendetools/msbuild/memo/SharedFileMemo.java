package io.github.duendetools.msbuild.memo;

import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The recorded effects of evaluating shared files ({@code Directory.*.props} and what they import) and their
 * item groups, by file and by group, for the next project that reaches them in the same state: a
 * repository's projects mostly share them unchanged, and replaying an effect costs a fraction of evaluating
 * again. A {@link Recording} is replayed only when it {@link Recording#holdsFor holds}; otherwise the
 * evaluator does the work and records it. The files are assumed not to change during a scan, as the parsed
 * documents and the nearest-file answers already are.
 *
 * @param <V> a property value
 * @param <I> an item
 */
public final class SharedFileMemo<V, I> {
    /** Recordings kept per file or group: a few contexts (outer and inner builds, a project that differs). */
    private static final int KEPT = 4;

    private final Effects<V, I> effects;
    private final Map<XmlDocument, List<Recording<V, I>>> imports = new IdentityHashMap<>();
    private final Map<XmlElement, List<Recording<V, I>>> itemGroups = new IdentityHashMap<>();

    public SharedFileMemo(Effects<V, I> effects) {
        this.effects = effects;
    }

    /** A recording to start now, with {@code fixed} the properties no file can define at this point. */
    public Recording<V, I> record(Set<String> fixed) {
        return new Recording<>(effects, fixed);
    }

    /**
     * A recorded visit of {@code document} that holds in the current state, or null.
     *
     * @param properties the current value of a property by key, looked up without being recorded
     */
    public Recording<V, I> importOf(XmlDocument document, Function<String, V> properties, Set<String> fixed,
                                    Set<Path> imported) {
        return find(imports.get(document), properties, fixed, imported);
    }

    /** A recorded evaluation of the item group {@code group} that holds in the current state, or null. */
    public Recording<V, I> itemGroup(XmlElement group, Function<String, V> properties, Set<String> fixed) {
        return find(itemGroups.get(group), properties, fixed, Set.of());
    }

    public void rememberImport(XmlDocument document, Recording<V, I> recording) {
        remember(imports, document, recording);
    }

    public void rememberItemGroup(XmlElement group, Recording<V, I> recording) {
        remember(itemGroups, group, recording);
    }

    private static <V, I> Recording<V, I> find(List<Recording<V, I>> recordings, Function<String, V> properties,
                                               Set<String> fixed, Set<Path> imported) {
        if (recordings == null) {
            return null;
        }
        for (int i = 0; i < recordings.size(); i++) {
            Recording<V, I> recording = recordings.get(i);
            if (recording.holdsFor(properties, fixed, imported)) {
                return recording;
            }
        }
        return null;
    }

    private static <K, V, I> void remember(Map<K, List<Recording<V, I>>> memo, K key, Recording<V, I> recording) {
        if (!recording.replayable()) {
            return;
        }
        List<Recording<V, I>> recordings = memo.get(key);
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
