package io.github.duendetools.dbproof;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The plugin's changelogs, deliberately damaged after generation, to prove that the proof catches damage. */
final class BrokenChangelogs implements ChangelogSource {

    /** One deliberate defect applied to the generated folder. */
    interface Damage {
        void apply(Path directory) throws Exception;
    }

    private final ChangelogSource intact;
    private final Damage damage;

    BrokenChangelogs(ChangelogSource intact, Damage damage) {
        this.intact = intact;
        this.damage = damage;
    }

    @Override
    public void write(String from, String to, ProofVariant variant, Path directory) throws Exception {
        intact.write(from, to, variant, directory);
        damage.apply(directory);
    }

    /** Removes the statements that create an index, leaving its changeset (and its rollback) in place. */
    static Damage dropIndexCreation(String stepFile, String indexName) {
        return dir -> edit(dir.resolve(stepFile), text -> {
            String damaged = Pattern.compile("(?m)^\\s*<sql[^>]*>CREATE (UNIQUE )?INDEX [\\[\"`]" + Pattern.quote(indexName)
                    + "[\\]\"`].*</sql>\\R").matcher(text).replaceAll("");
            if (damaged.equals(text)) {
                throw new IllegalStateException(stepFile + " creates no index " + indexName);
            }
            return damaged;
        });
    }

    /** Appends a changeset (no rollback needed: the proof must fail before rolling back). */
    static Damage appendChangeSet(String stepFile, String id, String body) {
        return dir -> edit(dir.resolve(stepFile), text -> text.replace("</databaseChangeLog>",
                "    <changeSet id=\"" + id + "\" author=\"dbproof-damage\" objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\">\n"
                        + "        " + body + "\n        <rollback/>\n    </changeSet>\n</databaseChangeLog>"));
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) throws java.io.IOException {
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
