package io.github.duendetools.changelog;

/** Escaping for the hand-written, deterministic changelog XML. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
