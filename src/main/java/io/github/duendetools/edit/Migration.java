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
public final class Migration {
    /** NuGet's order over version texts; {@link NuGetVersion#parse} rejects a non-version with IllegalArgumentException. */
    public static final Comparator<String> NUGET_ORDER = Comparator.comparing(NuGetVersion::parse);

    private final Path root;
    private final ProjectFileMigrator migrator;

    public Migration(Path root) {
        this(root, new ProjectFileMigrator(root));
    }

    Migration(Path root, ProjectFileMigrator migrator) {
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
        MigrationResult result = migrator.migrate(edits, dryRun);
        List<String> changed = result.files().stream().map(PreparedFile::name).sorted().toList();
        List<String> notes = edits.staleLockFiles().stream()
                .map(lock -> migrator.relative(lock) + " " + EditPlan.REGENERATE).toList();
        return new MigrationOutcome(target, changed, result.patch(), result.patchText(), notes, dryRun);
    }

    public Path root() {
        return root;
    }
}
