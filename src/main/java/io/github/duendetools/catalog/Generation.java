package io.github.duendetools.catalog;

/**
 * A database schema generation: every release that ships the same EF model shares one.
 *
 * @param id           {@code 6.1}, {@code 7.0}, ...
 * @param description  what distinguishes it
 * @param unsupported  why no plan can start from it, or {@code null} when it is a regular generation
 */
public record Generation(String id, String description, String unsupported) {
    public boolean supported() {
        return unsupported == null;
    }
}
