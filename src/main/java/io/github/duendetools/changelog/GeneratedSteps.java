package io.github.duendetools.changelog;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run did: files written (new or changed, sorted), files left as they were because they already
 * existed, the store steps emitted (e.g. {@code operational 6.0-to-6.1}) and the store steps that carry no schema
 * change (emitted as a tag only, named so the report can say so), and warnings for the log (a step file already in
 * the folder that could not get its rollback checks).
 */
public record GeneratedSteps(List<Path> filesWritten, List<Path> filesKept, List<String> stepsEmitted,
                              List<String> stepsWithoutSchemaChange, List<String> warnings) {
    public GeneratedSteps {
        filesWritten = List.copyOf(filesWritten);
        filesKept = List.copyOf(filesKept);
        stepsEmitted = List.copyOf(stepsEmitted);
        stepsWithoutSchemaChange = List.copyOf(stepsWithoutSchemaChange);
        warnings = List.copyOf(warnings);
    }
}
