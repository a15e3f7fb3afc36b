package io.github.duendetools.mojo;

import io.github.duendetools.AtomicFileProbe;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.logging.SystemStreamLog;

/**
 * A migrate process that stops at the n-th step of its file writes, says so on standard output and waits there to be
 * killed: {@code repo changelogs output target n}.
 */
public final class StoppableMigrate {
    public static final String STOPPED = "STOPPED";

    private StoppableMigrate() {
    }

    public static void main(String[] args) throws Exception {
        int stopAt = Integer.parseInt(args[4]);
        AtomicFileProbe.install(new AtomicInteger(), stopAt, () -> {
            System.out.println(STOPPED);
            System.out.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // waiting to be killed
                }
            }
        });
        MigrateMojo mojo = MigrateRun.mojo(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3]);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                // quiet: standard output carries the stop signal
            }
        });
        mojo.execute();
        System.out.println("DONE");
    }
}
