package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only the version bytes change: every other byte of each fixture survives, compared whole-file. */
class BytePreservationTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bom-crlf-tabs, before.csproj, after.csproj",
            "windows-1252-single-quotes, before.csproj, after.csproj",
            "lone-cr-element-no-final-newline, before.csproj, after.csproj",
            "multiline-start-tag-comments, before.csproj, after.csproj",
            "mixed-line-endings, before.props, after.props"
    })
    void rewritesOnlyTheVersionBytes(String fixture, String before, String after) throws Exception {
        Path dir = Fixtures.resource("bytes/" + fixture);
        Path file = root.resolve(before);
        Files.copy(dir.resolve(before), file);

        FileEdits edits = new FileEdits(file, List.of(new TextEdit(Fixtures.span(file, "6.0.0", -1), "6.1.0")));
        EditPlan plan = new EditPlan("6.1.0", List.of(edits), List.of(), List.of());
        PreparedEdits result = new ProjectFileMigrator(root).migrate(plan, false);

        Fixtures.assertSameBytes(dir.resolve(after), file);
        assertEquals(1, result.files().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bom-crlf-tabs, before.csproj", "windows-1252-single-quotes, before.csproj"})
    void dryRunLeavesTheFileAlone(String fixture, String before) throws IOException, Exception {
        Path dir = Fixtures.resource("bytes/" + fixture);
        Path file = root.resolve(before);
        Files.copy(dir.resolve(before), file);

        FileEdits edits = new FileEdits(file, List.of(new TextEdit(Fixtures.span(file, "6.0.0", -1), "6.1.0")));
        PreparedEdits result = new ProjectFileMigrator(root)
                .migrate(new EditPlan("6.1.0", List.of(edits), List.of(), List.of()), true);

        Fixtures.assertSameBytes(dir.resolve(before), file);
        assertEquals(true, result.patchText().contains("+++ b/" + before));
    }
}
