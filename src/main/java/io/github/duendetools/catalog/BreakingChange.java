package io.github.duendetools.catalog;

/** One documented breaking change of a step, in one line, with where to read more. */
public record BreakingChange(String text, String link) {
}
