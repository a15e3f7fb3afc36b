package io.github.duendetools.msbuild;

import io.github.duendetools.msbuild.xml.SafeXmlReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files must end in a one-line error naming file and line, never a stack overflow, an exhausted
 * heap or a scan that takes minutes: each limit is tried at its value (fine) and just past it (refused).
 */
class EvaluationLimitsTest {
    /** Not a correctness bound: before the limits, these inputs took from 6 s to a minute, or never ended. */
    private static final Duration QUICK = Duration.ofSeconds(20);

    /** How deep the XML readers let elements nest. */
    private static final int ELEMENT_DEPTH = 256;

    @TempDir
    Path root;

    private static String project(String body) {
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n"
                + body
                + "</Project>\n";
    }

    private ScanResult scan(String projectText) throws Exception {
        Files.writeString(root.resolve("App.csproj"), projectText);
        return Fixtures.scanRoot(root);
    }

    private InputException refused(String projectText) throws Exception {
        Files.writeString(root.resolve("App.csproj"), projectText);
        InputException e = assertTimeoutPreemptively(QUICK,
                () -> assertThrows(InputException.class, () -> Fixtures.scanRoot(root)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertEquals(root.resolve("App.csproj").toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        return e;
    }

    private static String nestedCondition(int depth) {
        return "(".repeat(depth) + "'a'=='a'" + ")".repeat(depth);
    }

    @Test
    void conditionNestedToTheLimitIsEvaluated() throws Exception {
        ScanResult result = scan(project("  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\""
                + " Condition=\"" + nestedCondition(ConditionEvaluator.MAX_DEPTH) + "\" />\n  </ItemGroup>\n"));
        assertEquals("6.0.0", result.references().get(0).declaredVersion());
    }

    @Test
    void conditionNestedPastTheLimitIsAnErrorAtItsLine() throws Exception {
        InputException e = refused(project("  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\""
                + " Condition=\"" + nestedCondition(ConditionEvaluator.MAX_DEPTH + 1) + "\" />\n  </ItemGroup>\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("condition nests parentheses or '!' more than 256 deep"), e.getMessage());
    }

    @Test
    void theReportedFourThousandParenthesesAndNotsAreAnError() throws Exception {
        InputException parens = refused(project("  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\""
                + " Version=\"6.0.0\" Condition=\"" + nestedCondition(4000) + "\" />\n  </ItemGroup>\n"));
        assertEquals(4, parens.line());
        InputException nots = refused(project("  <PropertyGroup>\n    <V Condition=\"" + "!".repeat(100_000) + "true\">6.0.0</V>\n"
                + "  </PropertyGroup>\n"));
        assertEquals(4, nots.line());
    }

    @Test
    void theReportedDeepLockFilesAreAnError() throws Exception {
        Files.writeString(root.resolve("App.csproj"), project("  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" />\n  </ItemGroup>\n"));
        for (String nested : new String[] {"[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)}) {
            Files.writeString(root.resolve("packages.lock.json"), "{\n  \"version\": 1,\n  \"dependencies\": {\n"
                    + "    \"net6.0\": {\n      \"Duende.IdentityServer\": {\n        \"type\": \"Direct\",\n"
                    + "        \"resolved\": \"6.0.0\",\n        \"x\": " + nested + "\n      }\n    }\n  }\n}\n");
            InputException e = assertTimeoutPreemptively(QUICK,
                    () -> assertThrows(InputException.class, () -> Fixtures.scanRoot(root)));
            assertEquals("packages.lock.json", e.file().getFileName().toString());
            assertEquals(8, e.line());
            assertTrue(e.getMessage().length() < 400, e.getMessage());
        }
    }

    @Test
    void expansionToTheLimitOfOneValueIsKept() throws Exception {
        String half = "x".repeat(PropertyExpander.MAX_VALUE_LENGTH / 2);
        ScanResult result = scan(project("  <PropertyGroup>\n    <Half>" + half + "</Half>\n    <Whole>$(Half)$(Half)</Whole>\n"
                + "    <V>6.0.0</V>\n  </PropertyGroup>\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"$(V)\" />\n  </ItemGroup>\n"));
        assertEquals("6.0.0", result.references().get(0).declaredVersion());
    }

    @Test
    void expansionPastTheLimitOfOneValueIsAnErrorAtTheDefinition() throws Exception {
        String half = "x".repeat(PropertyExpander.MAX_VALUE_LENGTH / 2);
        InputException e = refused(project("  <PropertyGroup>\n    <Half>" + half + "</Half>\n    <One>y</One>\n"
                + "    <Whole>$(Half)$(Half)$(One)</Whole>\n  </PropertyGroup>\n"));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("expanding '$(Half)$(Half)$(One)' produces more than 1048576 characters"),
                e.getMessage());
    }

    @Test
    void theReportedDoublingPropertiesAreAnErrorNotAnExhaustedHeap() throws Exception {
        StringBuilder body = new StringBuilder("  <PropertyGroup>\n    <P41>x</P41>\n");
        for (int n = 40; n >= 0; n--) {
            body.append("    <P").append(n).append(">$(P").append(n + 1).append(")$(P").append(n + 1).append(")</P")
                    .append(n).append(">\n");
        }
        body.append("  </PropertyGroup>\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"Duende.IdentityServer\" Version=\"$(P0)\" />\n  </ItemGroup>\n");
        InputException e = refused(project(body.toString()));
        // P20 holds 2^21 characters, the first value past 2^20: line 4 holds P41, line 5 P40, ...
        assertEquals(4 + 41 - 20, e.line());
        assertTrue(e.getMessage().contains("<P20>") || e.getMessage().contains("$(P21)$(P21)"), e.getMessage());
    }

    @Test
    void theEvaluationsBudgetIsSpentExactlyAndNoFurther() {
        ExpansionBudget budget = new ExpansionBudget();
        budget.spend(ExpansionBudget.MAX_CHARACTERS - 1);
        budget.spend(1);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> budget.spend(1));
        assertTrue(e.getMessage().contains("produces or reads more than 33554432 characters in one evaluation"),
                e.getMessage());
    }

    @Test
    void copyingAValueIntoManyPropertiesSpendsTheBudget() throws Exception {
        String big = "x".repeat(PropertyExpander.MAX_VALUE_LENGTH);
        int copies = (int) (ExpansionBudget.MAX_CHARACTERS / PropertyExpander.MAX_VALUE_LENGTH);
        StringBuilder atLimit = new StringBuilder("  <PropertyGroup>\n    <Big>" + big + "</Big>\n");
        for (int i = 0; i < copies; i++) {
            atLimit.append("    <C").append(i).append(">$(Big)</C").append(i).append(">\n");
        }
        String items = "  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" />\n  </ItemGroup>\n";
        assertEquals("6.0.0", scan(project(atLimit + "  </PropertyGroup>\n" + items)).references().get(0).declaredVersion());
        InputException e = refused(project(atLimit + "    <Last>$(Big)</Last>\n  </PropertyGroup>\n" + items));
        assertEquals(5 + copies, e.line());
    }

    @Test
    void aTextFullOfUnclosedReferencesIsRefusedInsteadOfReadInQuadraticTime() throws Exception {
        // Each "$(" would read the rest of the text: 300,000 of them, about 10^11 characters.
        InputException e = refused(project("  <PropertyGroup>\n    <X>" + "$(".repeat(300_000) + "</X>\n  </PropertyGroup>\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("or a text full of unclosed $( ?)"), e.getMessage());
        // A few unclosed ones are only text, as in MSBuild.
        ScanResult result = scan(project("  <PropertyGroup>\n    <V>6.0.0</V>\n    <X>$($(</X>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"$(V)\" />\n  </ItemGroup>\n"));
        assertEquals("6.0.0", result.references().get(0).declaredVersion());
    }

    @Test
    void propertyFunctionsNestedToTheLimitAreEvaluatedAndPastItRefused() throws Exception {
        String atLimit = nestedFunction(FileScope.MAX_FUNCTION_NESTING);
        ScanResult result = scan(project("  <PropertyGroup>\n    <F>" + atLimit + "</F>\n    <V>6.0.0</V>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"$(V)\" />\n  </ItemGroup>\n"));
        assertEquals("6.0.0", result.references().get(0).declaredVersion());
        InputException e = refused(project("  <PropertyGroup>\n    <F>" + nestedFunction(FileScope.MAX_FUNCTION_NESTING + 1)
                + "</F>\n  </PropertyGroup>\n"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("property functions are nested more than 32 deep"), e.getMessage());
    }

    private static String nestedFunction(int depth) {
        String text = "'net6.0'";
        for (int i = 0; i < depth; i++) {
            text = "$([MSBuild]::GetTargetFrameworkIdentifier(" + text + "))";
        }
        return text;
    }

    @Test
    void elementsNestedToTheLimitAreReadByBothParsers() throws Exception {
        SafeXmlReader reader = new SafeXmlReader(ScanOptions.DEFAULT_MAX_FILE_SIZE);
        // The processing instruction sends the file to the full parser.
        for (String head : new String[] {"", "<?pi?>"}) {
            Files.writeString(root.resolve("Deep.csproj"), nested(head, ELEMENT_DEPTH + 1));
            assertEquals("Project", reader.read(root.resolve("Deep.csproj")).root().name());
            Files.writeString(root.resolve("Deep.csproj"), nested(head, ELEMENT_DEPTH + 2));
            InputException e = assertThrows(InputException.class, () -> reader.read(root.resolve("Deep.csproj")));
            assertEquals(ELEMENT_DEPTH + 2, e.line());
            assertTrue(e.getMessage().endsWith("elements are nested more than 256 deep"), e.getMessage());
        }
    }

    /** {@code levels} elements, the root included, one start tag per line. */
    private static String nested(String head, int levels) {
        StringBuilder text = new StringBuilder(head).append("<Project>\n");
        for (int i = 1; i < levels; i++) {
            text.append("<A>\n");
        }
        for (int i = 1; i < levels; i++) {
            text.append("</A>");
        }
        return text.append("</Project>").toString();
    }

    @Test
    void theReportedTwoHundredThousandLevelsAreRefusedWhileParsing() throws Exception {
        String levels = "<A>".repeat(200_000) + "</A>".repeat(200_000);
        InputException e = refused("<Project>" + levels + "</Project>");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().endsWith("elements are nested more than 256 deep"), e.getMessage());
    }

    @Test
    void anUnevaluableHugeConditionIsQuotedShort() throws Exception {
        String condition = "Exists('" + "x".repeat(100_000) + "') or $([System.IO.File]::Exists('a'))";
        ScanResult result = scan(project("  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\""
                + " Version=\"6.0.0\" Condition=\"" + condition + "\" />\n  </ItemGroup>\n"));
        String problem = result.references().get(0).problem();
        assertTrue(problem.contains("condition cannot be evaluated: Exists('xxx"), problem);
        assertTrue(problem.length() < 400, problem);
    }
}
