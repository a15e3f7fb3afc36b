package io.github.duendetools.msbuild;

import static io.github.duendetools.msbuild.Fixtures.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spans must be the exact bytes of the version text, whatever the file looks like around them. */
class ByteSpanTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        result = Fixtures.scan("bytes");
    }

    @Test
    void everySpanIsExactlyItsBytes() throws Exception {
        assertEquals(8, result.references().size());
        for (DuendeReference r : result.references()) {
            Charset charset = r.project().toString().contains("Windows1252") ? Charset.forName("windows-1252")
                    : StandardCharsets.UTF_8;
            Fixtures.assertSpanMatchesFile(r.span(), charset);
            assertEquals(r.declaredVersion(), r.span().text().strip());
            assertNull(r.problem());
        }
    }

    @Test
    void bomCrlfAndMultibyteCharactersBeforeTheSpan() {
        DuendeReference attribute = reference(result, "BomCrlf.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.2.3", attribute.span().text());
        assertEquals(9, attribute.referencedAt().line());
        DuendeReference element = reference(result, "BomCrlf.csproj", "net8.0", "Duende.IdentityServer.Storage");
        assertEquals("6.2.3", element.span().text(), "element text trimmed of surrounding whitespace");
        assertEquals(11, element.declaredAt().line());
        assertEquals(10, element.referencedAt().line());
    }

    @Test
    void singleQuotesUpperCaseAttributeAndSpacesAroundEquals() {
        DuendeReference r = reference(result, "SingleQuotes.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("6.3.0", r.span().text());
        assertEquals(r.span().start() + 5, r.span().end());
        assertEquals("6.3.0", reference(result, "SingleQuotes.csproj", "net8.0", "Duende.IdentityServer.Storage")
                .span().text());
    }

    @Test
    void windows1252IsDecodedAndPropertySpanCountsSingleBytes() {
        DuendeReference r = reference(result, "Windows1252.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals(DeclarationKind.PROPERTY, r.kind());
        assertEquals("7.0.1", r.declaredVersion());
        assertEquals(7, r.declaredAt().line());
    }

    @Test
    void noFinalNewlineMultiLineTagAndLoneCr() {
        assertEquals("7.1.0", reference(result, "NoFinalNewline.csproj", "net8.0", "Duende.IdentityServer").span().text());
        DuendeReference multi = reference(result, "MultiLine.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("[6.1.0, 7.0.0)", multi.span().text());
        assertEquals(6, multi.referencedAt().line(), "the line where the tag starts");
        DuendeReference cr = reference(result, "LoneCr.csproj", "net8.0", "Duende.IdentityServer");
        assertEquals("7.0.4", cr.span().text());
        assertEquals(7, cr.referencedAt().line());
    }
}
