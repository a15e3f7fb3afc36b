package io.github.duendetools.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Benchmark sizes and endpoints, all overridable with {@code -Dbench.*} so a smoke run takes a minute. */
final class BenchConfig {
    private BenchConfig() {
    }

    static Path outputDir() {
        return Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
    }

    static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static String string(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(string(name, fallback).split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    static int grantRows() {
        return integer("bench.grants.rows", 1_000_000);
    }

    static int grantRuns() {
        return integer("bench.grants.runs", 3);
    }

    static String postgresUrl() {
        return string("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    static String mariaUrl() {
        return string("bench.maria.url", "jdbc:mariadb://127.0.0.1:3306/");
    }
}
