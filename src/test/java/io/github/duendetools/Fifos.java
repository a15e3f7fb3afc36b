package io.github.duendetools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes for tests, made with {@code mkfifo} where the system has it; elsewhere the test is not run. */
public final class Fifos {
    private Fifos() {
    }

    public static void make(Path path) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "FIFOs are made with mkfifo on Linux only");
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
    }
}
