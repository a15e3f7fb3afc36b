package io.github.duendetools.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces generated blocks in a hand-written Markdown file. A block runs from
 * {@code <!-- bench:NAME -->} to {@code <!-- /bench:NAME -->}; text outside blocks is never touched,
 * so prose written by people survives a re-run.
 */
final class MarkedSections {
    private MarkedSections() {
    }

    static String replace(String document, String name, String content) {
        String open = "<!-- bench:" + name + " -->";
        String close = "<!-- /bench:" + name + " -->";
        Pattern block = Pattern.compile(Pattern.quote(open) + ".*?" + Pattern.quote(close), Pattern.DOTALL);
        Matcher matcher = block.matcher(document);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no block " + open + " in the document");
        }
        String body = content.endsWith("\n") ? content : content + "\n";
        return document.substring(0, matcher.start()) + open + "\n" + body + close + document.substring(matcher.end());
    }
}
