package io.github.duendetools.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links and anchors of one Markdown file, as far as a link check needs them. Fenced code blocks and code spans
 * are left out: a {@code [x](y)} inside them is an example, not a link.
 */
final class MarkdownPage {

    /** An inline link or image, {@code [text](target)} or {@code [text](target "title")}. */
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** An anchor written into the page, {@code <a id="x"></a>}: the one kind GitHub and the site both honour. */
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    /** A link as written, with the line it is on. */
    record Link(int line, String target) {
    }

    private final Path file;
    private final List<Link> links;
    private final Set<String> explicitAnchors;
    private final Set<String> headingAnchors;

    private MarkdownPage(Path file, List<Link> links, Set<String> explicitAnchors, Set<String> headingAnchors) {
        this.file = file;
        this.links = links;
        this.explicitAnchors = explicitAnchors;
        this.headingAnchors = headingAnchors;
    }

    static MarkdownPage read(Path file) throws IOException {
        List<Link> links = new ArrayList<>();
        Set<String> explicit = new LinkedHashSet<>();
        Set<String> headings = new LinkedHashSet<>();
        Map<String, Integer> slugsSeen = new HashMap<>();
        String fence = null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            Matcher anchor = EXPLICIT_ANCHOR.matcher(line);
            while (anchor.find()) {
                explicit.add(anchor.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(uniqueSlug(gitHubSlug(heading.group(1)), slugsSeen));
            }
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(i + 1, link.group(1)));
            }
        }
        return new MarkdownPage(file, List.copyOf(links), Set.copyOf(explicit), Set.copyOf(headings));
    }

    /**
     * The id GitHub gives a heading: its text without markup, in lower case, without punctuation but hyphens and
     * underscores, spaces turned into hyphens.
     */
    static String gitHubSlug(String headingText) {
        String text = headingText.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** GitHub numbers a repeated heading's id: {@code usage}, {@code usage-1}, ... */
    private static String uniqueSlug(String slug, Map<String, Integer> seen) {
        Integer count = seen.merge(slug, 1, Integer::sum);
        return count == 1 ? slug : slug + "-" + (count - 1);
    }

    Path file() {
        return file;
    }

    List<Link> links() {
        return links;
    }

    /** Anchors written as {@code <a id>}: they work on GitHub and on the site alike. */
    Set<String> explicitAnchors() {
        return explicitAnchors;
    }

    /** Anchors GitHub derives from the headings; the site derives other ones, so only GitHub has these. */
    Set<String> headingAnchors() {
        return headingAnchors;
    }
}
