package io.github.duendetools.edit;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Writes several files all or nothing. Every target is checked first (exists, unchanged since it
 * was read, not read-only); then each file goes to a temporary file in its own folder, is flushed
 * to disk and atomically moved over the original with the original's permissions. When any step
 * fails, the files already replaced get their original bytes back from memory.
 */
final class AtomicMultiFileWriter {

    /** Replaces one file's content; a seam so tests can make the n-th write fail. */
    @FunctionalInterface
    interface FileReplacer {
        void replace(Path target, byte[] content) throws IOException;
    }

    private final FileReplacer replacer;

    public AtomicMultiFileWriter() {
        this(AtomicMultiFileWriter::replaceAtomically);
    }

    AtomicMultiFileWriter(FileReplacer replacer) {
        this.replacer = replacer;
    }

    /**
     * @throws WriteRefusedException when a target is read-only, missing or changed: nothing was written
     * @throws IOException           when a write failed; every file already written has been restored
     */
    public void writeAll(List<PreparedFile> files) throws IOException {
        List<String> refusals = problems(files);
        if (!refusals.isEmpty()) {
            throw new WriteRefusedException(refusals);
        }
        Deque<PreparedFile> written = new ArrayDeque<>();
        for (PreparedFile file : files) {
            try {
                replacer.replace(file.realFile(), file.edited());
                written.push(file);
            } catch (IOException | RuntimeException e) {
                IOException failure = new IOException("cannot write " + file.name() + " (" + e.getMessage() + "); "
                        + restore(written), e);
                throw failure;
            }
        }
    }

    private String restore(Deque<PreparedFile> written) {
        if (written.isEmpty()) {
            return "no file was changed";
        }
        List<String> unrestored = new ArrayList<>();
        while (!written.isEmpty()) {
            PreparedFile file = written.pop();
            try {
                replacer.replace(file.realFile(), file.original());
            } catch (IOException | RuntimeException e) {
                unrestored.add(file.name() + " (" + e.getMessage() + ")");
            }
        }
        return unrestored.isEmpty()
                ? "the files already written were restored"
                : "COULD NOT RESTORE " + String.join(", ", unrestored) + "; restore them from version control";
    }

    /** Why each file cannot be written (read-only, missing, changed since it was read), as {@code name: problem}. */
    public static List<String> problems(List<PreparedFile> files) throws IOException {
        List<String> problems = new ArrayList<>();
        for (PreparedFile file : files) {
            String problem = problem(file);
            if (problem != null) {
                problems.add(file.name() + ": " + problem);
            }
        }
        return problems;
    }

    private static String problem(PreparedFile file) throws IOException {
        Path target = file.realFile();
        if (!Files.isRegularFile(target)) {
            return "not a regular file";
        }
        String problem = AtomicFile.problem(target);
        if (problem != null) {
            return problem;
        }
        byte[] now;
        try {
            // No more than the prepared bytes are read: a file that grew, or became a FIFO, has changed.
            now = RegularFile.read(target, file.original().length, "its size when prepared");
        } catch (InputException e) {
            now = null;
        }
        if (now == null || !Arrays.equals(now, file.original())) {
            return "file changed while the migration was being prepared";
        }
        return null;
    }

    static void replaceAtomically(Path target, byte[] content) throws IOException {
        AtomicFile.write(target, content);
    }
}
