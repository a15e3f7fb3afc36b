package io.github.duendetools.dbproof;

import java.nio.file.Path;

/** Writes the changelogs that take a database from one generation to another into a folder. */
interface ChangelogSource {

    /** Master changelog, relative to the folder. */
    String MASTER = "duende-changelog.xml";

    void write(String from, String to, ProofVariant variant, Path directory) throws Exception;
}
