package io.github.duendetools.inspect;

/** Bad input or an unreachable database: a one-line message with no password in it, shown without a stack trace. */
public class InspectException extends Exception {
    private static final long serialVersionUID = 1L;

    public InspectException(String message) {
        super(message);
    }
}
