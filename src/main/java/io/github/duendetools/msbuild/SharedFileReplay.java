package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.memo.Effects;
import io.github.duendetools.msbuild.memo.Recording;
import io.github.duendetools.msbuild.memo.SharedFileMemo;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Takes shared files and their item groups through a {@link SharedFileMemo}: what one did for an earlier
 * project is replayed when this project reaches it in the same state; otherwise it is evaluated while a
 * {@link Recording} listens, and remembered. A scan's projects mostly share these files unchanged, and a
 * replay costs a fraction of an evaluation. One per evaluator; not thread-safe.
 */
final class SharedFileReplay implements SharedFileSteps {
    private final SharedFileMemo<PropertyValue, PackageItem> memo = new SharedFileMemo<>(new PropertyEffects());
    /** The recording under way, or null. */
    private Recording<PropertyValue, PackageItem> recording;

    @Override
    public void importFile(ProjectEvaluator.Run run, Path file, XmlDocument document) throws InputException {
        if (recording != null) {
            // Imported by a shared file being recorded: part of that file's effect.
            recording.imported(file);
            run.visit(document);
            return;
        }
        Recording<PropertyValue, PackageItem> known = memo.importOf(document, run::property, run.fixed(),
                run.imported());
        if (known != null) {
            replay(run, known);
            return;
        }
        Recording<PropertyValue, PackageItem> visiting = record(run);
        try {
            run.visit(document);
        } finally {
            stopRecording(run);
        }
        memo.rememberImport(document, visiting);
    }

    @Override
    public void itemGroup(ProjectEvaluator.Run run, ProjectEvaluator.ItemGroup group, List<PackageItem> items) {
        Recording<PropertyValue, PackageItem> known = memo.itemGroup(group.element(), run::property, run.fixed());
        if (known != null) {
            items.addAll(known.includedCopies());
            return;
        }
        int before = items.size();
        Recording<PropertyValue, PackageItem> evaluating = record(run);
        try {
            run.evaluateItemGroup(group, items);
        } finally {
            stopRecording(run);
        }
        evaluating.included(items.subList(before, items.size()));
        memo.rememberItemGroup(group.element(), evaluating);
    }

    /** Does what a recorded visit of a shared file did, as that visit would do it again now. */
    private static void replay(ProjectEvaluator.Run run, Recording<PropertyValue, PackageItem> known) {
        run.imported().addAll(known.imports());
        List<String> keys = known.definedKeys();
        List<PropertyValue> values = known.definedValues();
        for (int i = 0; i < keys.size(); i++) {
            run.setProperty(keys.get(i), values.get(i));
        }
        XmlDocument scopeDocument = null;
        FileScope scope = null;
        for (Recording.FoundGroup found : known.itemGroups()) {
            // Groups of one file come together; a file's scopes are interchangeable, so one per run of them.
            if (found.document() != scopeDocument) {
                scopeDocument = found.document();
                scope = run.scope(scopeDocument);
            }
            run.addItemGroup(found.document(), found.element(), scope);
        }
        for (String problem : known.problems()) {
            run.addProblem(problem);
        }
    }

    private Recording<PropertyValue, PackageItem> record(ProjectEvaluator.Run run) {
        recording = memo.record(run.fixed());
        run.listen(new Listening(recording));
        return recording;
    }

    private void stopRecording(ProjectEvaluator.Run run) {
        recording = null;
        run.listen(null);
    }

    /** Passes what the evaluation does on to the recording. */
    private record Listening(Recording<PropertyValue, PackageItem> recording) implements EvaluationListener {
        @Override
        public void read(String key, PropertyValue value) {
            recording.read(key, value);
        }

        @Override
        public void wrote(String key, PropertyValue value) {
            recording.wrote(key, value);
        }

        @Override
        public void foundImported(Path file) {
            recording.foundImported(file);
        }

        @Override
        public void foundItemGroup(XmlDocument document, XmlElement element) {
            recording.foundItemGroup(document, element);
        }

        @Override
        public void noted(String problem) {
            recording.noted(problem);
        }

        @Override
        public void updatedOrRemovedItems() {
            recording.updatedOrRemovedItems();
        }
    }

    private static final class PropertyEffects implements Effects<PropertyValue, PackageItem> {
        /**
         * The same text, problem and undefined reference, defined at the same place from the same literal text.
         * Values are records, but comparing their origins as records would compare whole documents.
         */
        @Override
        public boolean sameValue(PropertyValue a, PropertyValue b) {
            if (a == b) {
                return true;
            }
            return a != null && b != null && a.name().equals(b.name()) && a.value().equals(b.value())
                    && sameOrigin(a.literal(), b.literal()) && Objects.equals(a.definedAt(), b.definedAt())
                    && Objects.equals(a.problem(), b.problem()) && Objects.equals(a.undefined(), b.undefined());
        }

        private static boolean sameOrigin(TextOrigin a, TextOrigin b) {
            if (a == b) {
                return true;
            }
            return a != null && b != null && a.document() == b.document() && a.start() == b.start()
                    && a.end() == b.end() && a.line() == b.line();
        }

        @Override
        public PackageItem copy(PackageItem item) {
            return item.copy();
        }
    }
}
