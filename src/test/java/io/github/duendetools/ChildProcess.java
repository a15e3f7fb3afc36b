package io.github.duendetools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM of its own on the test class path, for the tests that kill a real process part way through its work. */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final Path stderr;
    private final BufferedReader out;

    private ChildProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Runs {@code main} with {@code args}; a quick-starting JVM, since each kill costs a start. */
    public static ChildProcess start(Class<?> main, String... args) throws IOException {
        Path stderr = Files.createTempFile("child-process", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(stderr.toFile());
        return new ChildProcess(builder.start(), stderr);
    }

    /** Reads standard output up to a line equal to {@code marker}; false when the process ended without one. */
    public boolean awaitLine(String marker) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Kills the process ({@code SIGKILL} on Unix) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a killed process is still running");
        }
    }

    /** Waits for the process to end by itself; its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the process did not end");
        }
        return process.exitValue();
    }

    public String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        out.close();
        Files.deleteIfExists(stderr);
    }
}
