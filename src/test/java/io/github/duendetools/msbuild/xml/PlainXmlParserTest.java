package io.github.duendetools.msbuild.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.Fixtures;
import io.github.duendetools.msbuild.ScanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain parser must accept only what the full parser accepts, and build the same tree for it:
 * checked on every MSBuild fixture, on hand-written edge cases and on many random mutations of them.
 */
class PlainXmlParserTest {
    private static final Path FILE = Path.of("Test.csproj");

    /** Edge cases of the subset; each is parsed by both parsers and compared. */
    private static final List<String> CASES = List.of(
            "<Project/>",
            "<Project />",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Project ToolsVersion=\"15.0\" "
                    + "xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\r\n  <A>1</A>\r\n</Project>\r\n",
            "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><Project/>",
            "<?xml version=\"1.0\"?>\n<!-- c --><Project/><!-- after -->\n",
            "<?xml version=\"1.0\" encoding=\"utf-16\"?><Project/>",
            "<?xml version=\"1.0\" encoding=\"windows-1252\"?><Project/>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Project/>",
            "<?xml version=\"1.1\"?><Project/>",
            "<?xml  version = \"1.0\"  ?><Project/>",
            "<?xml version=\"1.0\"encoding=\"utf-8\"?><Project/>",
            "<Project><V>  7.0.0 \n</V><W><!-- x -->8.0.0</W><E></E><F/></Project>",
            "<Project><V>a\r\nb\rc\nd</V></Project>",
            "<Project><V><![CDATA[a<b\r\n]]>tail</V></Project>",
            "<Project><V><![CDATA[]]></V></Project>",
            "<Project><V>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x3c;&#9;&#13;&#10;</V></Project>",
            "<Project A=\"a&amp;b\" B='x&gt;y' C=\"tab\there\" D=\"l1\r\nl2\rl3\nl4\" E=\"&#9;&#10;&#13;\"/>",
            "<Project A = \"1\"\n\tB\n=\n'2' />",
            "<Project A=\"1\" A=\"2\"/>",
            "<Project xmlns=\"a\" xmlns=\"b\"/>",
            "<Project xmlns=\"http://www.w3.org/2000/xmlns/\"/>",
            "<Project xmlns=\"\"/>",
            "<Project xmlns:x=\"urn:x\"><x:A/></Project>",
            "<Project><A xml:space=\"preserve\"/></Project>",
            "<Project><xmlThing/></Project>",
            "<Project A=\"1\"B=\"2\"/>",
            "<Project><A></B></Project>",
            "<Project><A></A ></Project>",
            "<Project><A></AB></Project>",
            "<Project>]]></Project>",
            "<Project>a]]b]>c</Project>",
            "<Project><!-- a -- b --></Project>",
            "<Project><!-- a ---></Project>",
            "<Project><!----></Project>",
            "<Project><!---> x --></Project>",
            "<Project><?pi data?></Project>",
            "<!DOCTYPE Project><Project/>",
            "<Project/><Project/>",
            "<Project/>text",
            "text<Project/>",
            "\uFEFF<Project/>",
            "<Project>&unknown;</Project>",
            "<Project>&#0;</Project>",
            "<Project>&#xD800;</Project>",
            "<Project>&#X41;</Project>",
            "<Project>&#x1F600;</Project>",
            "<Project>& amp;</Project>",
            "<Project>\u0001</Project>",
            "<Project>\u007F\u0085\u2028\uE000\uFFFD</Project>",
            "<Project>\uFFFE</Project>",
            "<Project>\uD83D\uDE00 ok</Project>",
            "<Project>\uD83D lone</Project>",
            "<Project A=\"\uD83D\uDE00\"/>",
            "<Project A=\"<\"/>",
            "<Project A=\"]]>\"/>",
            "<Project A=\"'\" B='\"'/>",
            "<Projéct/>",
            "<Project Attributé=\"1\"/>",
            "<_P-1.x/>",
            "<1P/>",
            "<Project",
            "<Project>",
            "<Project><A>",
            "",
            "   ",
            "<Project>\n<A>\n<B Include=\"x\"\n Version=\"1\"\n/>\n</A>\n</Project>");

    @Test
    void everyFixtureParsesAlikeAndPlainlyWhenWellFormed() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.root(""))) {
            walk.filter(p -> p.toString().matches(".*\\.(csproj|fsproj|vbproj|props|targets|config)$"))
                    .forEach(files::add);
        }
        SafeXmlReader reader = new SafeXmlReader(ScanOptions.DEFAULT_MAX_FILE_SIZE);
        for (Path file : files) {
            String text;
            try {
                text = reader.readText(file).text();
            } catch (InputException e) {
                continue;
            }
            // Every well-formed fixture takes the plain path; only the deliberately broken ones do not.
            assertEquals(fullParse(text) != null, compare(text) != null, file.toString());
        }
    }

    @Test
    void edgeCasesParseAlike() {
        for (String text : CASES) {
            compare(text);
        }
    }

    @Test
    void randomMutationsParseAlike() {
        Random random = new Random(20240607);
        String alphabet = "<>&;\"'/-!?[]\r\n\t =:x#aA1\u0000\uD800\uDC00\uFFFE\u00E9\u00A0";
        // Mutations of well-formed texts: most stay close to the boundary of what is well-formed.
        List<String> seeds = new ArrayList<>();
        for (String text : CASES) {
            if (fullParse(text) != null) {
                seeds.add(text);
            }
        }
        seeds.add("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup Condition=\" '$(A)' == 'b' \">\n"
                + "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"7.0.0\" />\n"
                + "    <PackageReference Include=\"X\"><Version>1.0</Version></PackageReference>\n"
                + "  </ItemGroup>\n  <!-- comment -->\n</Project>\n");
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    case 2 -> {
                        if (at < text.length()) {
                            text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                    }
                    default -> {
                        int end = Math.min(text.length(), at + random.nextInt(12));
                        text.insert(random.nextInt(text.length() + 1), text.substring(at, end));
                    }
                }
            }
            if (compare(text.toString()) != null) {
                plain++;
            }
        }
        // Many mutations stay well-formed; the comparison must have had both outcomes to be worth anything.
        if (plain < 1_000) {
            fail("only " + plain + " mutations were plain");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE Project><Project/>", "<Project><?pi?></Project>", "<a:Project xmlns:a=\"u\"/>",
        "<Project>&nbsp;</Project>", "<?xml version=\"1.1\"?><Project/>"})
    void outsideTheSubsetIsLeftToTheFullParser(String text) {
        assertNull(PlainXmlParser.parse(text));
    }

    @Test
    void nestingBeyondTheLimitIsLeftToTheFullParser() {
        String deep = "<A>".repeat(SafeXmlReader.MAX_DEPTH + 2) + "</A>".repeat(SafeXmlReader.MAX_DEPTH + 2);
        assertNull(PlainXmlParser.parse(deep));
        String limit = "<A>".repeat(SafeXmlReader.MAX_DEPTH + 1) + "</A>".repeat(SafeXmlReader.MAX_DEPTH + 1);
        assertNotNull(compare(limit));
    }

    /** Parses with both; fails unless the plain result is null or equal to the full parser's. Returns the plain one. */
    private static XmlElement compare(String text) {
        XmlElement plain = PlainXmlParser.parse(text);
        XmlElement full = fullParse(text);
        if (plain != null && full == null) {
            fail("plain parser accepted what the full parser refuses: " + printable(text));
        }
        if (plain != null) {
            assertEquals(full, plain, () -> "trees differ for " + printable(text));
        }
        return plain;
    }

    /** The full parser's tree, or null when it refuses the text. */
    private static XmlElement fullParse(String text) {
        try {
            return new FullXmlParser().parse(FILE, new RawText(FILE, text, StandardCharsets.UTF_8, 0));
        } catch (InputException | RuntimeException e) {
            return null;
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
