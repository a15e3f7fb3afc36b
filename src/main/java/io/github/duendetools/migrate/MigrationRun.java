package io.github.duendetools.migrate;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.LogText;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.changelog.ChangelogChanges;
import io.github.duendetools.changelog.ChangelogDryRun;
import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import io.github.duendetools.changelog.ChangelogUpdate;
import io.github.duendetools.changelog.GeneratedSteps;
import io.github.duendetools.changelog.UnknownGenerationException;
import io.github.duendetools.edit.MigrationOutcome;
import io.github.duendetools.edit.MigrationRefusedException;
import io.github.duendetools.edit.ProjectFileMove;
import io.github.duendetools.edit.WriteRefusedException;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.plan.UpgradeCheck;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.LogReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code migrate} run, without Maven: plans, refuses, then writes the changelogs before the project files, with
 * the output folder's lock held and the in-progress marker set while project files move; a dry run writes only its
 * patch.
 * <p>Every edit is computed and verified, every changelog rendered and every target checked (refusals included)
 * before the first byte is written, so a refused migration writes nothing at all.
 */
public final class MigrationRun {

    /** Plans as {@code check-upgrade} does, with {@code alignAll} decided by the run. */
    @FunctionalInterface
    public interface Planner<E extends Exception> {
        UpgradeCheck.Checked plan(boolean alignAll) throws E;
    }

    /** Where the run's lines go; they are API (integration tests match them). */
    public interface Console {
        void info(String line);

        void warn(String line);
    }

    /** A read of the changelog folder: each fails alike. */
    @FunctionalInterface
    private interface ChangelogRead<T> {
        T read() throws UnknownGenerationException, InputException, IOException;
    }

    private final MigrateSettings settings;
    private final Console console;

    public MigrationRun(MigrateSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /**
     * @throws E                       the planner's own failure
     * @throws MigrateRefusedException the migration is not allowed as asked
     * @throws MigrateFailedException  reading or writing failed
     */
    public <E extends Exception> void run(Planner<E> planner) throws E, MigrateRefusedException, MigrateFailedException {
        try (HeldLock held = new HeldLock(settings.dryRun() ? null : lock(), settings.outputDirectory())) {
            migrate(planner);
        }
    }

    /** The lock for the run's length; a failure to release it is the run's failure unless the run already failed. */
    private record HeldLock(MigrateLock lock, Path output) implements AutoCloseable {
        @Override
        public void close() throws MigrateFailedException {
            if (lock == null) {
                return;
            }
            try {
                lock.close();
            } catch (IOException e) {
                throw new MigrateFailedException("cannot release " + output.resolve(MigrateLock.FILE_NAME) + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * The output folder's lock for the whole run, planning included: a second run waits for nothing stale. Null when the
     * output folder is not one: the checks before writing refuse that.
     */
    private MigrateLock lock() throws MigrateRefusedException, MigrateFailedException {
        Path output = settings.outputDirectory();
        if (AtomicFile.notAFolder(output) != null) {
            return null;
        }
        Optional<MigrateLock> lock;
        try {
            lock = MigrateLock.tryAcquire(output);
        } catch (IOException e) {
            throw new MigrateFailedException("cannot lock " + output.resolve(MigrateLock.FILE_NAME) + ": " + e.getMessage(), e);
        }
        return lock.orElseThrow(() -> new MigrateRefusedException("Another duende:migrate is running on " + output
                + " (it holds " + MigrateLock.FILE_NAME + "); nothing written: run again once it has finished"));
    }

    private <E extends Exception> void migrate(Planner<E> planner) throws E, MigrateRefusedException, MigrateFailedException {
        MoveInProgress inProgress = new MoveInProgress(settings.outputDirectory());
        UpgradeCheck.Checked checked = checkCompletingAnInterruptedMove(planner, inProgress);
        Catalog catalog = checked.catalog();
        UpgradePlan plan = checked.plan();
        refuseNothingToMigrate(plan);
        // Errors are not logged here: the refusal that follows lists them.
        new LogReport(plan).log(console::info, console::warn);
        ProjectFileMove.Prepared edits = prepareEdits(plan);
        if (settings.dryRun()) {
            report(edits.outcome(true));
            console.info("Dry run: no changelog written; " + settings.changelogDirectory() + " would be brought to Duende "
                    + plan.target() + ".");
            logChangelogsThatWouldBeWritten(catalog, plan);
            return;
        }
        ChangelogChanges changelogs = prepareChangelogs(catalog, plan);
        refuseUnwritable(edits, changelogs, inProgress);
        // Changelogs first: should a project-file write fail, the repository never declares a version
        // whose schema steps were not emitted, and running migrate again completes it.
        writeChangelogs(changelogs, plan.target());
        MigrationOutcome outcome = edits.outcome(false);
        if (!outcome.alreadyAtTarget()) {
            writeProjectFiles(edits, outcome.target(), inProgress, changelogs);
        }
        endMove(inProgress);
        report(outcome);
    }

    /**
     * A root without any Duende package (run from the wrong folder, say) is no migration: writing a full changelog
     * set there and calling it done would hide the mistake. Changelogs for a database alone are written only when
     * asked for explicitly, with a baseline and the version it is for.
     */
    private void refuseNothingToMigrate(UpgradePlan plan) throws MigrateRefusedException {
        boolean explicitBaseline = settings.baseline() && settings.targetGiven();
        if (plan.references().isEmpty() && plan.unused().isEmpty() && !explicitBaseline) {
            throw new MigrateRefusedException("No Duende IdentityServer package found under " + settings.root()
                    + ": nothing written (for changelogs without a .NET tree, set duende.baseline=true and"
                    + " duende.targetVersion)");
        }
    }

    /**
     * Plans as {@code check-upgrade} does, except after a run that was stopped while moving the project files: with
     * the same target, projects already moved and projects not yet moved are planned together, to finish the move.
     */
    private <E extends Exception> UpgradeCheck.Checked checkCompletingAnInterruptedMove(Planner<E> planner,
            MoveInProgress inProgress) throws E, MigrateFailedException {
        Optional<String> interrupted;
        try {
            interrupted = settings.dryRun() || settings.alignAll() ? Optional.empty() : inProgress.target();
        } catch (InputException e) {
            throw new MigrateFailedException(e.getMessage(), e);
        }
        if (interrupted.isPresent()) {
            UpgradeCheck.Checked checked = planner.plan(true);
            NuGetVersion target = checked.plan().target();
            if (target != null && target.toNormalizedString().equals(interrupted.get())) {
                console.info("Completing the move to " + interrupted.get() + " that an earlier run began ("
                        + inProgress.file() + ").");
                return checked;
            }
        }
        return planner.plan(settings.alignAll());
    }

    private ProjectFileMove.Prepared prepareEdits(UpgradePlan plan) throws MigrateRefusedException, MigrateFailedException {
        try {
            return new ProjectFileMove(settings.root()).prepare(plan, settings.targetFramework());
        } catch (MigrationRefusedException e) {
            throw new MigrateRefusedException(e.getMessage(), e);
        } catch (InputException | IOException e) {
            throw new MigrateFailedException(e.getMessage(), e);
        }
    }

    /** Every reason the files cannot be written, each one listed: refused before anything is written. */
    private void refuseUnwritable(ProjectFileMove.Prepared edits, ChangelogChanges changelogs, MoveInProgress inProgress)
            throws MigrateRefusedException, MigrateFailedException {
        List<String> problems = new ArrayList<>();
        try {
            problems.addAll(edits.problems());
            problems.addAll(changelogs.writes().problems());
            // Even when no project moves: the end of every run removes the marker from that folder.
            String output = AtomicFile.notAFolder(settings.outputDirectory());
            if (output != null) {
                problems.add("duende.outputDirectory: " + output);
            }
            String marker = output != null || edits.outcome(false).alreadyAtTarget() ? null : AtomicFile.problem(inProgress.file());
            if (marker != null) {
                problems.add(inProgress.file() + ": " + marker);
            }
        } catch (IOException e) {
            throw new MigrateFailedException("cannot check the files to write: " + e.getMessage() + "; nothing written", e);
        }
        if (!problems.isEmpty()) {
            throw new MigrateRefusedException("Migration refused, nothing written:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", problems.stream().map(LogText::escape).toList()));
        }
    }

    private void writeProjectFiles(ProjectFileMove.Prepared edits, String target, MoveInProgress inProgress,
                                   ChangelogChanges changelogs) throws MigrateRefusedException, MigrateFailedException {
        String written = changelogs.nothingToDo() ? "nothing else was written"
                : "the changelogs in " + settings.changelogDirectory() + " were written; run migrate again to finish";
        try {
            Set<Path> folders = new LinkedHashSet<>();
            edits.files().forEach(f -> folders.add(f.getParent()));
            for (Path folder : folders) {
                AtomicFile.removeLeftovers(folder);
            }
            inProgress.begin(target);
            edits.write();
        } catch (WriteRefusedException e) {
            endMove(inProgress);
            throw new MigrateRefusedException("Project files not moved to " + target + " (" + written + "):"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", e.problems()), e);
        } catch (IOException e) {
            throw new MigrateFailedException(e.getMessage() + " (" + written + ")", e);
        }
    }

    /** The move is complete (or nothing was moved): a later run has nothing to finish. */
    private void endMove(MoveInProgress inProgress) throws MigrateFailedException {
        try {
            inProgress.end();
        } catch (IOException e) {
            throw new MigrateFailedException("cannot remove " + inProgress.file() + ": " + e.getMessage(), e);
        }
    }

    private void report(MigrationOutcome outcome) throws MigrateFailedException {
        Path patch = null;
        if (outcome.dryRun()) {
            try {
                patch = outcome.writePatch(settings.outputDirectory());
            } catch (IOException e) {
                throw new MigrateFailedException("cannot write " + settings.outputDirectory().resolve(MigrationOutcome.PATCH_FILE)
                        + ": " + e.getMessage(), e);
            }
        }
        for (MigrationOutcome.LogLine line : outcome.logLines(patch)) {
            if (line.warning()) {
                console.warn(line.text());
            } else {
                console.info(line.text());
            }
        }
    }

    /**
     * The Liquibase half, rendered in memory: the changelogs for every schema step from what the changelog folder
     * already covers (or, for a new folder, from the schema the project runs today) to the target's.
     */
    private ChangelogChanges prepareChangelogs(Catalog catalog, UpgradePlan plan)
            throws MigrateRefusedException, MigrateFailedException {
        NuGetVersion target = plan.target();
        NuGetVersion current = plan.currentVersion().orElse(target);
        return readChangelogs(() -> new ChangelogUpdate(catalog, new ChangelogGenerator())
                .prepare(current, target, settings.baseline(), settings.changelogs()));
    }

    private void logChangelogsThatWouldBeWritten(Catalog catalog, UpgradePlan plan)
            throws MigrateRefusedException, MigrateFailedException {
        NuGetVersion target = plan.target();
        NuGetVersion current = plan.currentVersion().orElse(target);
        List<String> files = readChangelogs(() -> new ChangelogDryRun(catalog)
                .wouldWrite(current, target, settings.baseline(), settings.changelogs()));
        for (String file : files) {
            console.info("Would write " + file);
        }
    }

    private <T> T readChangelogs(ChangelogRead<T> read) throws MigrateRefusedException, MigrateFailedException {
        try {
            return read.read();
        } catch (UnknownGenerationException e) {
            throw new MigrateRefusedException(e.getMessage(), e);
        } catch (InputException e) {
            throw new MigrateFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateFailedException("cannot read changelogs in " + settings.changelogDirectory() + ": "
                    + e.getMessage(), e);
        }
    }

    private void writeChangelogs(ChangelogChanges outcome, NuGetVersion target) throws MigrateFailedException {
        Path directory = settings.changelogDirectory();
        try {
            outcome.writes().commit();
        } catch (InputException e) {
            throw new MigrateFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateFailedException("cannot write changelogs to " + directory + ": " + e.getMessage()
                    + " (no project file was changed; run migrate again to finish)", e);
        }
        outcome.notes().forEach(console::info);
        outcome.warnings().forEach(console::warn);
        if (outcome.nothingToDo()) {
            console.info("Liquibase changelogs in " + directory + " already cover Duende " + target + ".");
            return;
        }
        // A new folder's baseline and its steps both write the masters: each file is named once.
        Set<Path> written = new LinkedHashSet<>();
        for (GeneratedSteps result : outcome.results()) {
            result.stepsEmitted().forEach(step -> console.info("Changelog step " + step));
            result.stepsWithoutSchemaChange().forEach(step -> console.info("No schema change in " + step));
            written.addAll(result.filesWritten());
        }
        written.forEach(file -> console.info("Wrote " + file));
        ChangelogOptions options = settings.changelogs();
        if (!options.sqlPreview().isEmpty()) {
            console.info("SQL preview (" + String.join(", ", options.sqlPreview()) + ") written under "
                    + options.sqlPreviewDirectory());
        }
    }
}
