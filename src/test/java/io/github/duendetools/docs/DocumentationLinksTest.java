package io.github.duendetools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link between README, DEVELOPERS.md, the other top-level Markdown files, {@code docs/} and the site's
 * pages leads to a page and anchor that exist, on GitHub and on the site that {@code mvn site} builds.
 */
class DocumentationLinksTest {

    private static final Pattern MOJO_NAME = Pattern.compile("@Mojo\\(name = \"([^\"]+)\"");

    @Test
    void theProjectsDocumentationHasNoBrokenLink() throws IOException {
        Path root = Path.of(System.getProperty("basedir", "."));
        Path site = root.resolve("src/site/markdown");
        // the pom's site-compatibility-page execution copies it there
        Map<String, Path> added = Map.of("compatibility.md", root.resolve("docs/compatibility.md"));
        List<String> broken = new LinkChecker(root, site, added, reportPages(root)).brokenLinks();
        assertEquals(List.of(), broken, "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void brokenLinksAreFoundAndWorkingOnesAreNot() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/docs-links/broken").toURI());
        Path site = root.resolve("src/site/markdown");
        Map<String, Path> added = Map.of("added.md", root.resolve("docs/guide.md"));
        Set<String> reports = Set.of("plugin-info.html", "run-mojo.html");

        List<String> broken = new LinkChecker(root, site, added, reports).brokenLinks();

        assertEquals(List.of(
                "README.md:4: docs/missing.md: no such file",
                "README.md:5: docs/guide.md#nowhere: no such anchor in docs/guide.md",
                "README.md:7: src/site/markdown/page.md#a-heading: a heading's GitHub id, which the site does not"
                        + " have: write <a id=\"a-heading\"></a> before the heading",
                "src/site/markdown/page.md:8: stop-mojo.html: no such page in the site",
                "src/site/markdown/page.md:10: added.md#second-part: a heading's GitHub id, which the site does not"
                        + " have: write <a id=\"second-part\"></a> before the heading",
                "src/site/markdown/page.md:11: #a-heading: a heading's GitHub id, which the site does not have:"
                        + " write <a id=\"a-heading\"></a> before the heading",
                "src/site/markdown/page.md:12: gone.md: no such page in the site"), broken);
    }

    @Test
    void headingIdsAreGitHubs() {
        assertEquals("which-liquibase-and-from-where", MarkdownPage.gitHubSlug("Which Liquibase, and from where"));
        assertEquals("duendecheck-upgrade-default-phase-validate",
                MarkdownPage.gitHubSlug("`duende:check-upgrade` (default phase `validate`)"));
        assertEquals("see-the-guide", MarkdownPage.gitHubSlug("See [the guide](guide.md)"));
    }

    /** The pages the site's reports generate: the plugin report's index and one page per goal. */
    private static Set<String> reportPages(Path root) throws IOException {
        Set<String> pages = new TreeSet<>(Set.of("plugin-info.html", "help-mojo.html"));
        try (Stream<Path> sources = Files.walk(root.resolve("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith("Mojo.java"))::iterator) {
                Matcher mojo = MOJO_NAME.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (mojo.find()) {
                    pages.add(mojo.group(1) + "-mojo.html");
                }
            }
        }
        return pages;
    }
}
