package io.github.duendetools.mojo;

import io.github.duendetools.LogText;
import org.apache.maven.plugin.logging.Log;

/** Maven's log with every line's control characters escaped ({@link LogText}): one call, one line, always. */
final class EscapingLog implements Log {
    private final Log log;

    EscapingLog(Log log) {
        this.log = log;
    }

    Log delegate() {
        return log;
    }

    private static String line(CharSequence content) {
        return content == null ? null : LogText.escape(content.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
