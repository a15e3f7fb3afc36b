package io.github.duendetools.edit;

import io.github.duendetools.InputException;
import io.github.duendetools.RegularFile;
import io.github.duendetools.RootRelative;
import io.github.duendetools.msbuild.xml.XmlCharset;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each file to edit, applies its edits in memory and verifies the result, so that every edit of
 * a migration is known to be good before the first byte is written. A symlink inside the root is
 * followed (its target is what gets written); one leading outside the root is refused.
 */
final class FilePreparer {
    /**
     * A file to edit is read again here; the scan read it within {@code duende.maxFileSize}, and one that has grown
     * past this bound since is refused rather than read into memory.
     */
    static final long MAX_FILE_SIZE = 64L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;

    public FilePreparer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public List<PreparedFile> prepare(List<FileEdits> allEdits) throws InputException {
        List<PreparedFile> prepared = new ArrayList<>();
        Map<Path, Path> seen = new HashMap<>();
        for (FileEdits fileEdits : allEdits) {
            Path file = fileEdits.file();
            Path real = realFile(file);
            Path earlier = seen.putIfAbsent(real, file);
            if (earlier != null) {
                throw new InputException(file, 0, "is the same file as " + earlier + " (through a symlink); edit one of them only");
            }
            prepared.add(prepare(file, real, fileEdits));
        }
        return List.copyOf(prepared);
    }

    private PreparedFile prepare(Path file, Path real, FileEdits fileEdits) throws InputException {
        // Read again, after the scan: a file replaced meanwhile by a FIFO or a huge file is refused, not waited on.
        byte[] original = RegularFile.read(real, MAX_FILE_SIZE, "the limit on a file to edit");
        Charset charset = XmlCharset.detect(file, original);
        byte[] edited = SpanEditor.apply(file, original, fileEdits, charset);
        EditVerifier.verify(file, original, edited, fileEdits, charset);
        return new PreparedFile(relative(file), file, real, original, edited, charset);
    }

    /** The path as patches and messages show it: relative to the root, forward slashes on every platform. */
    String relative(Path file) {
        return RootRelative.path(root, file);
    }

    private Path realFile(Path file) throws InputException {
        Path absolute = root.resolve(file).toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw new InputException(file, 0, "is outside the project root " + root + "; refusing to edit it");
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot be resolved: " + e.getMessage(), e);
        }
        if (!real.startsWith(realRoot)) {
            throw new InputException(file, 0, "is a symlink to " + real + ", outside the project root; refusing to edit it");
        }
        return real;
    }
}
