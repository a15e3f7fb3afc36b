package io.github.duendetools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Section 2: what the gate costs a build. Times {@code mvn duende:check-upgrade} (full coordinates) on a
 * generated 100-project tree against {@code mvn validate} on an empty project, alternating the two in the
 * same run. The plugin must already be installed into the private repository {@code bench.gate.repo}
 * (see {@code bench/run.sh}), so the user's {@code ~/.m2} is never touched. Also runs the gate once with
 * {@code -verbose:class} and counts Liquibase classes loaded (must be zero). Writes {@code gate.csv}.
 */
@Tag("benchmark")
class GateCostBenchmark {

    @Test
    void checkUpgradeAgainstMavenStartUp() throws Exception {
        Path out = BenchConfig.outputDir();
        Path repo = Path.of(BenchConfig.string("bench.gate.repo", out.resolve("m2").toString())).toAbsolutePath();
        String plugin = BenchConfig.string("bench.gate.plugin", "io.github.duendetools:duende-maven-plugin:0.1.0-SNAPSHOT");
        String target = BenchConfig.string("bench.gate.targetVersion", "7.4.8");
        int runs = BenchConfig.integer("bench.gate.runs", 7);
        int projects = BenchConfig.integer("bench.gate.projects", 100);

        Path tree = out.resolve("trees").resolve("gate-" + projects);
        if (!Files.exists(tree.resolve("Directory.Packages.props"))) {
            DotnetTreeGenerator.generate(tree, projects, "7.0.0");
        }
        Path empty = out.resolve("trees").resolve("empty-project");
        writeEmptyProject(empty);

        List<String> validate = mvn(repo, "validate");
        List<String> gate = mvn(repo, plugin + ":check-upgrade", "-Dduende.targetVersion=" + target);
        CsvTable results = new CsvTable("command", "run", "wall_s", "exit");
        // One unmeasured run of each warms the page cache and the private repository.
        time(empty, validate, null);
        time(tree, gate, null);
        for (int run = 1; run <= runs; run++) {
            Timed a = time(empty, validate, null);
            results.add("validate-empty", run, a.seconds, a.exit);
            Timed b = time(tree, gate, null);
            results.add("check-upgrade-" + projects, run, b.seconds, b.exit);
            System.out.printf(Locale.ROOT, "[bench] gate run %d: validate %.2f s, check-upgrade %.2f s (exit %d)%n",
                    run, a.seconds, b.seconds, b.exit);
        }
        results.write(out.resolve("gate.csv"));

        Path classLog = out.resolve("gate-classes.log");
        Timed traced = time(tree, gate, classLog);
        long liquibase;
        long loaded;
        try (var lines = Files.lines(classLog, StandardCharsets.UTF_8)) {
            List<String> all = lines.filter(l -> l.contains("[class,load]")).toList();
            loaded = all.size();
            liquibase = all.stream().filter(l -> l.contains(" liquibase.")).count();
        }
        CsvTable classes = new CsvTable("command", "exit", "classes_loaded", "liquibase_classes_loaded");
        classes.add("check-upgrade-" + projects, traced.exit, loaded, liquibase);
        classes.write(out.resolve("gate-classes.csv"));
    }

    private static List<String> mvn(Path repo, String... goals) {
        List<String> command = new ArrayList<>(List.of(BenchConfig.string("bench.mvn", "mvn"), "-B", "-o", "-q",
                "-Dmaven.repo.local=" + repo));
        command.addAll(List.of(goals));
        return command;
    }

    private static Timed time(Path directory, List<String> command, Path classLog) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Path log = directory.resolveSibling(directory.getFileName() + ".log");
        builder.redirectOutput(log.toFile());
        if (classLog != null) {
            builder.environment().put("MAVEN_OPTS", "-Xlog:class+load=info:file=" + classLog);
        } else {
            builder.environment().remove("MAVEN_OPTS");
        }
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        return new Timed((System.nanoTime() - start) / 1e9, exit);
    }

    private static void writeEmptyProject(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>empty</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                </project>
                """, StandardCharsets.UTF_8);
    }

    private record Timed(double seconds, int exit) {
    }
}
