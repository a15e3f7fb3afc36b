package io.github.duendetools.dbproof;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The outcome of one proof (engine x step x naming variant): the checks that passed, and the failure if any. */
record ProofResult(Engine engine, String from, String to, String variant, List<String> verified, String failure) {

    boolean passed() {
        return failure == null;
    }

    String fileName() {
        return engine.name().toLowerCase() + "_" + from + "_" + to + "_" + variant.replaceAll("[^A-Za-z0-9]+", "-") + ".txt";
    }

    String serialise() {
        StringBuilder sb = new StringBuilder();
        sb.append("engine=").append(engine.name()).append('\n');
        sb.append("from=").append(from).append('\n');
        sb.append("to=").append(to).append('\n');
        sb.append("variant=").append(variant).append('\n');
        verified.forEach(v -> sb.append("verified=").append(v).append('\n'));
        if (failure != null) {
            sb.append("failure=").append(failure.replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    static ProofResult parse(List<String> lines) {
        String engine = null;
        String from = null;
        String to = null;
        String variant = null;
        String failure = null;
        List<String> verified = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String value = line.substring(eq + 1);
            switch (line.substring(0, eq)) {
                case "engine" -> engine = value;
                case "from" -> from = value;
                case "to" -> to = value;
                case "variant" -> variant = value;
                case "verified" -> verified.add(value);
                case "failure" -> failure = value;
                default -> throw new IllegalStateException("unknown result line " + line);
            }
        }
        return new ProofResult(Engine.valueOf(engine), from, to, variant, List.copyOf(verified), failure);
    }

    static List<ProofResult> readAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<ProofResult> results = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                results.add(parse(Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n"))));
            }
            return results;
        }
    }
}
