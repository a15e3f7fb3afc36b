package io.github.duendetools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small CSV file of raw results: one header, one line per measurement. Values must not contain
 * commas or newlines (the writer replaces them), which keeps reading trivial for the report.
 */
final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... header) {
        this.header = List.of(header);
    }

    private CsvTable(List<String> header) {
        this.header = header;
    }

    void add(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " values, got " + values.length);
        }
        rows.add(Arrays.stream(values).map(CsvTable::clean).toList());
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    String get(List<String> row, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return row.get(index);
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
            for (List<String> row : rows) {
                out.append(String.join(",", row)).append('\n');
            }
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            CsvTable table = new CsvTable(List.of(lines.get(0).split(",", -1)));
            lines.stream().skip(1).filter(l -> !l.isEmpty())
                    .forEach(l -> table.rows.add(List.of(l.split(",", -1))));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : value.toString();
        return text.replace(',', ';').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\n"));
    }
}
