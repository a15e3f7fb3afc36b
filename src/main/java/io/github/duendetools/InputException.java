package io.github.duendetools;

import java.nio.file.Path;

/**
 * Bad input from the user's repository: a file that cannot be read, parsed or trusted.
 * The message is one line that names the file (and line, where known) so that a build log
 * points straight at the problem; the goals map it to {@code MojoExecutionException} with that message, keeping it as
 * the cause.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public InputException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public InputException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** One line whatever the file's name or the problem's text hold: control characters are shown escaped. */
    private static String format(Path file, int line, String problem) {
        if (file == null) {
            return LogText.escape(problem);
        }
        return LogText.escape(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }
}
