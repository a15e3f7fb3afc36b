package io.github.duendetools.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String diff(String before, String after) {
        return new String(UnifiedDiff.diff("src/App/App.csproj", before.getBytes(StandardCharsets.UTF_8),
                after.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void threeLinesOfContextAroundOneChange() {
        String before = "1\n2\n3\n4\nv=6.0.0\n6\n7\n8\n9\n";
        String expected = """
                --- a/src/App/App.csproj
                +++ b/src/App/App.csproj
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -v=6.0.0
                +v=6.1.0
                 6
                 7
                 8
                """;
        assertEquals(expected, diff(before, before.replace("6.0.0", "6.1.0")));
    }

    @Test
    void nearbyChangesShareAHunkAndDistantOnesDoNot() {
        String before = "a=6.0.0\nb\nc\nd\ne\nf\ng\nh=6.0.0\ni\nj\nk\nl\nm\nn\no\np\nq=6.0.0\n";
        String actual = diff(before, before.replace("6.0.0", "6.1.0"));
        assertEquals(2, actual.split("@@ -", -1).length - 1, actual);
        assertEquals(true, actual.contains("@@ -1,11 +1,11 @@"), actual);
        assertEquals(true, actual.contains("@@ -14,4 +14,4 @@"), actual);
    }

    @Test
    void keepsCrlfAndMarksAMissingFinalNewline() {
        String before = "<Project>\r\n<V>6.0.0</V>\r\n</Project>";
        String expected = "--- a/src/App/App.csproj\n+++ b/src/App/App.csproj\n@@ -1,3 +1,3 @@\n"
                + " <Project>\r\n-<V>6.0.0</V>\r\n+<V>6.1.0</V>\r\n </Project>\n\\ No newline at end of file\n";
        assertEquals(expected, diff(before, before.replace("6.0.0", "6.1.0")));
    }

    @Test
    void identicalFilesGiveNoDiff() {
        assertEquals("", diff("x\n", "x\n"));
    }

    @Test
    void consecutiveChangedLinesShowOldThenNew() {
        String before = "<A>6.0.0</A>\n<B>6.0.0</B>\n";
        String expected = "--- a/src/App/App.csproj\n+++ b/src/App/App.csproj\n@@ -1,2 +1,2 @@\n"
                + "-<A>6.0.0</A>\n-<B>6.0.0</B>\n+<A>6.1.0</A>\n+<B>6.1.0</B>\n";
        assertEquals(expected, diff(before, before.replace("6.0.0", "6.1.0")));
    }
}
