package io.github.duendetools.changelog;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import io.github.duendetools.changelog.preview.SqlPreviewWriter;
import io.github.duendetools.liquibase.ChangelogFolder;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changelog files of one run, held in memory until {@link #commit()}, so every check can run before the first byte
 * is written. The commit writes them in an order an interruption cannot spoil: step files first (a step file no master
 * includes yet changes nothing), then the store masters, the root master last. Every file is replaced atomically and
 * its content is fully determined by the folder and the options, so a run stopped at any point leaves files the next
 * run keeps unchanged, and that run completes the set. (A new folder stopped between its two store masters has no
 * root master yet; {@code ChangelogUpdate} treats it as new again.)
 */
public final class ChangelogWrites {
    private final ChangelogOptions options;
    private final Path directory;
    private final Map<Path, String> pending = new LinkedHashMap<>();
    private final Map<Store, List<String>> masterIncludes = new EnumMap<>(Store.class);
    private final Set<Path> kept = new LinkedHashSet<>();

    public ChangelogWrites(ChangelogOptions options) {
        this.options = options;
        this.directory = options.directory();
    }

    public Path directory() {
        return directory;
    }

    /** The files the commit writes (new or changed), in the order it writes them. */
    public List<Path> files() {
        List<Path> ordered = new ArrayList<>();
        Path root = directory.resolve(ChangelogFolder.ROOT_MASTER);
        List<Path> masters = new ArrayList<>();
        for (Store store : Store.values()) {
            masters.add(directory.resolve(ChangelogFolder.masterFileName(store)));
        }
        pending.keySet().stream().filter(p -> !masters.contains(p) && !p.equals(root)).forEach(ordered::add);
        masters.stream().filter(pending::containsKey).forEach(ordered::add);
        if (pending.containsKey(root)) {
            ordered.add(root);
        }
        return ordered;
    }

    /** Why files cannot be written ({@code path: problem}); empty when all can. Writes nothing. */
    public List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            String problem = AtomicFile.problem(file);
            if (problem != null) {
                problems.add(file + ": " + problem);
            }
        }
        return problems;
    }

    /**
     * Writes every pending file, removing first what an interrupted run left in the folders written to, then the SQL
     * previews (which are read back from the written changelogs).
     */
    public void commit() throws IOException, InputException {
        List<Path> files = files();
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(directory);
        files.forEach(f -> folders.add(f.getParent()));
        for (Path folder : folders) {
            AtomicFile.removeLeftovers(folder);
        }
        for (Path file : files) {
            AtomicFile.write(file, pending.get(file).getBytes(StandardCharsets.UTF_8));
        }
        writePreviews();
        pending.clear();
    }

    /** The offline SQL of every step file written or kept, for each database the options ask for. */
    private void writePreviews() throws IOException, InputException {
        if (options.sqlPreview().isEmpty() || options.sqlPreviewDirectory() == null) {
            return;
        }
        List<String> steps = new ArrayList<>();
        List<Path> all = new ArrayList<>(files());
        all.addAll(kept);
        for (Path p : all) {
            Path rel = directory.relativize(p);
            String include = rel.toString().replace('\\', '/');
            if (rel.getNameCount() == 2 && ChangelogCoverage.reached(include).isPresent()) {
                steps.add(include);
            }
        }
        SqlPreviewWriter.write(directory, steps, options.sqlPreview(), options.sqlPreviewDirectory());
    }

    boolean exists(Path file) {
        return pending.containsKey(file) || Files.exists(file);
    }

    /**
     * The content a file will have: pending, else on disk, else null. A file on disk is read back only if it is a regular
     * file within the limit: a FIFO or a link to a device there is refused, never waited on.
     */
    String content(Path file) throws InputException {
        String text = pending.get(file);
        if (text != null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return text;
        }
        return new String(RegularFile.read(file, RegularFile.MAX_OWN_FILE_SIZE, RegularFile.OWN_FILE_LIMIT),
                StandardCharsets.UTF_8);
    }

    void put(Path file, String content) {
        pending.put(file, content);
        kept.remove(file);
    }

    void keep(Path file) {
        if (!pending.containsKey(file)) {
            kept.add(file);
        }
    }

    /** The includes a store master will have: as last set in this run, else as on disk. */
    List<String> includes(Store store) throws InputException {
        List<String> own = masterIncludes.get(store);
        return own != null ? own : ChangelogCoverage.read(directory).includes(store);
    }

    void setIncludes(Store store, List<String> includes) {
        masterIncludes.put(store, List.copyOf(includes));
    }
}
