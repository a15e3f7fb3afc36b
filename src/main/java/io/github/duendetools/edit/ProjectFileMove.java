package io.github.duendetools.edit;

import io.github.duendetools.InputException;
import io.github.duendetools.nuget.NuGetVersion;
import io.github.duendetools.plan.Finding;
import io.github.duendetools.plan.ResolvedReference;
import io.github.duendetools.plan.UpgradePlan;
import io.github.duendetools.report.LogReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The project-file half of {@code migrate}, without Maven: refuses a plan with errors (an unsupported
 * jump or, without {@code duende.alignAll}, projects that disagree are never migrated, whatever
 * {@code failOnUnsupported} says), turns the plan into edits, and carries them out all or nothing.
 */
public final class ProjectFileMove {
    /** NuGet's order over version texts; {@link NuGetVersion#parse} rejects a non-version with IllegalArgumentException. */
    public static final Comparator<String> NUGET_ORDER = Comparator.comparing(NuGetVersion::parse);

    private final Path root;
    private final ProjectFileMigrator migrator;

    public ProjectFileMove(Path root) {
        this(root, new ProjectFileMigrator(root));
    }

    ProjectFileMove(Path root, ProjectFileMigrator migrator) {
        this.root = root.toAbsolutePath().normalize();
        this.migrator = migrator;
    }

    /**
     * @throws MigrationRefusedException the plan has errors or a declaration cannot be moved; nothing written
     * @throws InputException            a file cannot be read, changed since the scan, or would not parse after the edit
     * @throws IOException               a write failed (files restored) or a target is read-only ({@link WriteRefusedException})
     */
    public MigrationOutcome run(UpgradePlan plan, String targetFramework, boolean dryRun)
            throws MigrationRefusedException, InputException, IOException {
        Prepared prepared = prepare(plan, targetFramework);
        if (!dryRun) {
            prepared.write();
        }
        return prepared.outcome(dryRun);
    }

    /**
     * Everything before the first write: refusals, edits computed and verified in memory, the patch. Nothing is
     * written; {@link Prepared#problems()} says whether the files can be, {@link Prepared#write()} writes them.
     *
     * @throws MigrationRefusedException the plan has errors or a declaration cannot be moved
     * @throws InputException            a file cannot be read, or would not parse after the edit
     */
    public Prepared prepare(UpgradePlan plan, String targetFramework)
            throws MigrationRefusedException, InputException, IOException {
        if (plan.hasErrors() || plan.target() == null) {
            List<String> reasons = new ArrayList<>();
            LogReport format = new LogReport(plan);
            for (Finding error : plan.errors()) {
                reasons.add(format.finding(error));
            }
            if (reasons.isEmpty()) {
                reasons.add("no target version");
            }
            throw new MigrationRefusedException("Migration refused, nothing written:", reasons);
        }
        String target = plan.target().toNormalizedString();
        EditPlan edits = new EditPlanner(NUGET_ORDER, root).plan(
                plan.references().stream().map(ResolvedReference::ref).toList(), plan.unused(),
                new EditRequest(target, targetFramework));
        if (edits.refused()) {
            throw new MigrationRefusedException("Migration to " + target + " refused, nothing written:", edits.refusals());
        }
        PreparedEdits result = migrator.migrate(edits, true);
        List<String> notes = edits.staleLockFiles().stream()
                .map(lock -> migrator.relative(lock) + " " + EditPlan.REGENERATE).toList();
        return new Prepared(target, result, notes);
    }

    /** A migration computed and verified in memory, not yet written. */
    public final class Prepared {
        private final String target;
        private final PreparedEdits result;
        private final List<String> notes;

        private Prepared(String target, PreparedEdits result, List<String> notes) {
            this.target = target;
            this.result = result;
            this.notes = notes;
        }

        /** Why files cannot be written ({@code name: problem}); empty when all can. Writes nothing. */
        public List<String> problems() throws IOException {
            return AtomicMultiFileWriter.problems(result.files());
        }

        /** The files to be written (symlinks resolved). */
        public List<Path> files() {
            return result.files().stream().map(PreparedFile::realFile).toList();
        }

        /**
         * @throws WriteRefusedException a target is read-only, missing or changed: nothing was written
         * @throws IOException           a write failed; the files already written were restored
         */
        public void write() throws IOException {
            migrator.write(result);
        }

        public MigrationOutcome outcome(boolean dryRun) {
            List<String> changed = result.files().stream().map(PreparedFile::name).sorted().toList();
            return new MigrationOutcome(target, changed, result.patch(), result.patchText(), notes, dryRun);
        }
    }

    public Path root() {
        return root;
    }
}
