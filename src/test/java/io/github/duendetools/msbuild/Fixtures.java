package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Access to the repositories under {@code src/test/resources/msbuild}. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A project at Duende 6.0.0 through {@code $(DuendeVersion)}, then an import ({@code %s}) that may redefine it. */
    static final String PROJECT_IMPORTING = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><DuendeVersion>6.0.0</DuendeVersion></PropertyGroup>
              <Import Project="%s" />
              <ItemGroup><PackageReference Include="Duende.IdentityServer" Version="$(DuendeVersion)" /></ItemGroup>
            </Project>
            """;

    public static Path root(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/msbuild/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to {@code relative} under {@code root}, creating folders. */
    static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static ScanResult scan(String name) throws InputException {
        return new ProjectScanner(ScanOptions.defaults()).scan(root(name));
    }

    static ScanResult scanRoot(Path root) throws InputException {
        return new ProjectScanner(ScanOptions.defaults()).scan(root);
    }

    /** The one reference of a project (by file name) for a framework and package; fails if none or several. */
    static DuendeReference reference(ScanResult result, String projectFile, String framework, String packageId) {
        List<DuendeReference> matches = result.references().stream()
                .filter(r -> r.project().getFileName().toString().equals(projectFile))
                .filter(r -> Objects.equals(r.targetFramework(), framework))
                .filter(r -> r.packageId().equalsIgnoreCase(packageId))
                .toList();
        if (matches.size() != 1) {
            fail("expected one reference for " + projectFile + " " + framework + " " + packageId + " but got " + matches
                    + "\nall: " + result.references());
        }
        return matches.get(0);
    }

    static List<DuendeReference> references(ScanResult result, String projectFile) {
        return result.references().stream()
                .filter(r -> r.project().getFileName().toString().equals(projectFile))
                .toList();
    }

    /** The span's bytes in its file must be exactly its text, in the file's encoding. */
    static void assertSpanMatchesFile(VersionSpan span, java.nio.charset.Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(span.file());
        assertTrue(span.end() <= bytes.length, "span inside the file");
        byte[] slice = Arrays.copyOfRange(bytes, (int) span.start(), (int) span.end());
        assertEquals(span.text(), new String(slice, charset), "bytes at the span of " + span);
    }

    static String fileName(SourceLocation location) {
        return location.file().getFileName().toString();
    }
}
