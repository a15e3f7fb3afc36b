package io.github.duendetools.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Section 3: scanning generated trees of growing size in a child JVM capped at {@code -Xmx512m}.
 * Writes {@code scale.csv}; reports, never asserts on time.
 */
@Tag("benchmark")
class ScanScaleBenchmark {

    @Test
    void scanGrowingTrees() throws Exception {
        List<Integer> sizes = BenchConfig.integers("bench.scale.sizes", "1000,10000,50000");
        int repeats = BenchConfig.integer("bench.scale.repeats", 3);
        String heap = BenchConfig.string("bench.scale.xmx", "512m");
        CsvTable results = new CsvTable("projects", "files", "references", "scan_s", "sax_s", "files_per_s",
                "sax_files_per_s", "rate_vs_sax", "us_per_file", "peak_heap_mb", "xmx", "outcome");
        for (int size : sizes) {
            Path root = BenchConfig.outputDir().resolve("trees").resolve("scale-" + size);
            if (!Files.exists(root.resolve("Directory.Packages.props"))) {
                DotnetTreeGenerator.generate(root, size, "7.0.0");
            }
            Map<String, String> child = runChild(root, repeats, heap);
            if (child.containsKey("error")) {
                results.add(size, "", "", "", "", "", "", "", "", "", heap, "FAILED: " + child.get("error"));
            } else {
                int files = Integer.parseInt(child.get("files"));
                double scan = Double.parseDouble(child.get("scan_s"));
                double sax = Double.parseDouble(child.get("sax_s"));
                results.add(size, files, child.get("references"), scan, sax, files / scan, files / sax, sax / scan,
                        scan * 1e6 / files, child.get("peak_heap_mb"), heap,
                        Integer.parseInt(child.get("references")) == size ? "ok" : "WRONG: expected " + size + " references");
            }
            results.write(BenchConfig.outputDir().resolve("scale.csv"));
            System.out.println("[bench] scale " + size + ": " + results.rows().get(results.rows().size() - 1));
        }
    }

    private static Map<String, String> runChild(Path root, int repeats, String heap) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "io.github.duendetools.bench.ScanChild", root.toString(), Integer.toString(repeats)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> values = new HashMap<>();
        StringBuilder tail = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        int eq = pair.indexOf('=');
                        values.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                } else if (tail.length() < 400) {
                    tail.append(line.trim()).append(' ');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || values.isEmpty()) {
            values.put("error", "exit " + exit + ": " + tail.toString().trim());
        }
        return values;
    }
}
