package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.XmlDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * How an evaluation takes a shared file ({@code Directory.*.props} and what is imported) and a shared file's
 * item group: {@link #EVALUATE} does the work each time, {@link SharedFileReplay} replays what an earlier
 * project's evaluation did when it holds.
 */
interface SharedFileSteps {
    SharedFileSteps EVALUATE = new SharedFileSteps() {
        @Override
        public void importFile(ProjectEvaluator.Run run, Path file, XmlDocument document) throws InputException {
            run.visit(document);
        }

        @Override
        public void itemGroup(ProjectEvaluator.Run run, ProjectEvaluator.ItemGroup group, List<PackageItem> items) {
            run.evaluateItemGroup(group, items);
        }
    };

    /**
     * Pass 1 over a file imported for the first time in this evaluation (already marked imported).
     *
     * @param file the file's absolute, normalized path
     */
    void importFile(ProjectEvaluator.Run run, Path file, XmlDocument document) throws InputException;

    /** Pass 2 over an item group of a shared file, adding to {@code items}. */
    void itemGroup(ProjectEvaluator.Run run, ProjectEvaluator.ItemGroup group, List<PackageItem> items);
}
