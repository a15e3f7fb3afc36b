package io.github.duendetools.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds relative links between the project's Markdown files that lead nowhere: to a file that does not exist, or to
 * an anchor the target page does not have. The site's pages are judged as the site build renders them: a link to
 * {@code usage.md} or {@code usage.html} needs {@code usage.md} in the site folder (or a page the build adds there),
 * a generated report page must be one the build generates, and an anchor into a site page must be written as
 * {@code <a id="...">}, because the site derives other ids from headings than GitHub does.
 */
final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Path root;
    private final Path siteFolder;
    private final Map<String, Path> pagesTheSiteBuildAdds;
    private final Set<String> generatedReportPages;
    private final Map<Path, MarkdownPage> pages = new HashMap<>();

    /**
     * @param root                  the project folder: its own Markdown files and {@code docs/} are checked
     * @param siteFolder            the site's Markdown pages, checked too
     * @param pagesTheSiteBuildAdds pages the site build copies into the site folder, by their name there
     * @param generatedReportPages  the {@code .html} pages the site's reports generate
     */
    LinkChecker(Path root, Path siteFolder, Map<String, Path> pagesTheSiteBuildAdds, Set<String> generatedReportPages) {
        this.root = root;
        this.siteFolder = siteFolder;
        this.pagesTheSiteBuildAdds = Map.copyOf(pagesTheSiteBuildAdds);
        this.generatedReportPages = Set.copyOf(generatedReportPages);
    }

    /** Every broken link, as {@code file:line: target: why}, file relative to the root. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : filesToCheck()) {
            MarkdownPage page = page(file);
            for (MarkdownPage.Link link : page.links()) {
                String why = problem(file, link.target());
                if (why != null) {
                    broken.add(root.relativize(file).toString().replace('\\', '/') + ":" + link.line() + ": "
                            + link.target() + ": " + why);
                }
            }
        }
        return broken;
    }

    private List<Path> filesToCheck() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            top.filter(LinkChecker::isMarkdown).sorted().forEach(files::add);
        }
        for (Path folder : List.of(root.resolve("docs"), siteFolder)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> tree = Files.walk(folder)) {
                    tree.filter(LinkChecker::isMarkdown).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    private static boolean isMarkdown(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".md");
    }

    /** Why the link leads nowhere, or null when it leads somewhere (or is not relative, so not this check's job). */
    private String problem(Path source, String target) {
        if (SCHEME.matcher(target).matches() || target.startsWith("/")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        boolean fromSite = source.startsWith(siteFolder);
        Path page;
        if (path.isEmpty()) {
            page = source;
        } else if (fromSite) {
            if (generatedReportPages.contains(path)) {
                return anchor == null ? null : "an anchor into a generated report page cannot be checked";
            }
            page = sitePage(source.getParent().resolve(path).normalize());
            if (page == null) {
                return "no such page in the site";
            }
        } else {
            page = source.getParent().resolve(path).normalize();
            if (!Files.exists(page)) {
                return "no such file";
            }
        }
        if (anchor == null || !isMarkdown(page)) {
            return null;
        }
        return anchorProblem(page, anchor, fromSite || page.startsWith(siteFolder));
    }

    /** The Markdown file a site link leads to: {@code x.md} or {@code x.html} for the page {@code x.md}. */
    private Path sitePage(Path target) {
        String name = target.getFileName().toString();
        String markdownName = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) + ".md"
                : name;
        Path markdown = target.resolveSibling(markdownName);
        if (Files.isRegularFile(markdown)) {
            return markdown;
        }
        if (target.getParent().equals(siteFolder)) {
            return pagesTheSiteBuildAdds.get(markdownName);
        }
        return null;
    }

    private String anchorProblem(Path page, String anchor, boolean onTheSite) {
        MarkdownPage target = page(page);
        if (target.explicitAnchors().contains(anchor)) {
            return null;
        }
        if (target.headingAnchors().contains(anchor)) {
            return onTheSite ? "a heading's GitHub id, which the site does not have: write <a id=\"" + anchor
                    + "\"></a> before the heading" : null;
        }
        return "no such anchor in " + root.relativize(page).toString().replace('\\', '/');
    }

    private MarkdownPage page(Path file) {
        return pages.computeIfAbsent(file, f -> {
            try {
                return MarkdownPage.read(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
