package io.github.duendetools.edit;

import io.github.duendetools.Excerpt;
import java.util.Comparator;

/**
 * Decides the new spelling of one version text: a plain version becomes the target; a range keeps its
 * brackets, comma and whitespace and only its lower bound moves; floating versions and ranges the
 * target does not fit in are refused with the reason, because only the user can decide those.
 */
final class VersionTextRewriter {

    /** Either {@code newText} (possibly equal to the old text: nothing to do) or a {@code refusal}. */
    record Outcome(String newText, String refusal) {
        static Outcome to(String text) {
            return new Outcome(text, null);
        }

        static Outcome refuse(String why) {
            return new Outcome(null, why);
        }
    }

    private final Comparator<String> versionOrder;

    VersionTextRewriter(Comparator<String> versionOrder) {
        this.versionOrder = versionOrder;
    }

    Outcome rewrite(String text, String target) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Outcome.refuse("the version is empty");
        }
        if (trimmed.contains("*")) {
            return Outcome.refuse("floating version " + Excerpt.quoted(trimmed) + " is not edited: pin it to " + target
                    + " yourself, or keep floating and accept whatever restore picks");
        }
        char open = trimmed.charAt(0);
        if (open != '[' && open != '(') {
            return replaceBound(text, text, target, Excerpt.quoted(trimmed));
        }
        char close = trimmed.charAt(trimmed.length() - 1);
        if (trimmed.length() < 2 || close != ']' && close != ')') {
            return Outcome.refuse("version range " + Excerpt.quoted(trimmed) + " is malformed");
        }
        int openAt = text.indexOf(open);
        int closeAt = text.lastIndexOf(close);
        String inner = text.substring(openAt + 1, closeAt);
        int comma = inner.indexOf(',');
        if (comma < 0) {
            // [6.0.0] pins one exact version: the pin moves.
            Outcome moved = replaceBound(inner, inner, target, Excerpt.quoted(trimmed));
            return moved.refusal() != null ? moved
                    : Outcome.to(text.substring(0, openAt + 1) + moved.newText() + text.substring(closeAt));
        }
        String lower = inner.substring(0, comma);
        String upper = inner.substring(comma + 1).strip();
        if (!upper.isEmpty()) {
            int cmp = compare(target, upper);
            boolean fits = close == ']' ? cmp <= 0 : cmp < 0;
            if (!fits) {
                return Outcome.refuse("target " + target + " is not under the upper bound of range " + Excerpt.quoted(trimmed)
                        + "; widen or drop the upper bound yourself");
            }
        }
        if (lower.isBlank()) {
            return Outcome.refuse("range " + Excerpt.quoted(trimmed) + " has no lower bound to move; give it the lower bound " + target + " yourself");
        }
        if (open == '(') {
            return Outcome.refuse("range " + Excerpt.quoted(trimmed) + " excludes its lower bound, so moving it to " + target
                    + " would exclude the target; write '[" + target + ", ...' yourself");
        }
        Outcome moved = replaceBound(lower, lower, target, "range " + Excerpt.quoted(trimmed));
        return moved.refusal() != null ? moved
                : Outcome.to(text.substring(0, openAt + 1) + moved.newText() + inner.substring(comma) + text.substring(closeAt));
    }

    /** Replaces the version inside {@code part}, keeping the whitespace around it. */
    private Outcome replaceBound(String part, String bound, String target, String what) {
        String version = bound.strip();
        int cmp;
        try {
            cmp = compare(version, target);
        } catch (IllegalArgumentException e) {
            return Outcome.refuse(what + " is not a version: " + e.getMessage());
        }
        if (cmp == 0) {
            return Outcome.to(part);
        }
        if (cmp > 0) {
            return Outcome.refuse(what + " is newer than the target " + target + "; migrate does not downgrade");
        }
        int at = part.indexOf(version);
        return Outcome.to(part.substring(0, at) + target + part.substring(at + version.length()));
    }

    private int compare(String a, String b) {
        return versionOrder.compare(a, b);
    }
}
