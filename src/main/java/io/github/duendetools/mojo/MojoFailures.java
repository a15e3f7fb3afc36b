package io.github.duendetools.mojo;

import io.github.duendetools.inspect.JdbcUrls;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How every goal turns a failure into Maven's two exceptions: a violation (a refusal, a gate that fails) into
 * {@link MojoFailureException}, an error into {@link MojoExecutionException}. The cause is kept, so that {@code mvn -e}
 * shows where it came from, except for a database's errors: a driver may quote the URL or the password in any
 * message down the chain, so only the scrubbed message goes on.
 */
final class MojoFailures {
    private MojoFailures() {
    }

    static MojoFailureException violation(Exception e) {
        return new MojoFailureException(e.getMessage(), e);
    }

    static MojoExecutionException error(Exception e) {
        return new MojoExecutionException(e.getMessage(), e);
    }

    /** An error told in the goal's words ({@code message}), which should include the cause's message. */
    static MojoExecutionException error(String message, Exception e) {
        return new MojoExecutionException(message, e);
    }

    /**
     * A database's error, with the URL masked and the password taken out of its message, and without its cause: Maven
     * prints a cause's message (and, with {@code -e}, its chain), where the password would still be.
     *
     * @param context what failed, in the goal's words, before the error's own message; may be empty
     */
    static MojoExecutionException databaseError(String context, Exception e, String url, String password) {
        return new MojoExecutionException(context + JdbcUrls.scrub(e.getMessage(), url, password));
    }
}
