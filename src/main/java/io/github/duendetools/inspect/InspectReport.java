package io.github.duendetools.inspect;

import io.github.duendetools.AtomicFile;
import io.github.duendetools.database.Strategy;
import io.github.duendetools.report.Json;
import io.github.duendetools.schema.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an inspection as console lines (log lines are API: ITs assert on them), {@code inspect-report.json} and
 * {@code inspect-report.md}. The database is named by its masked URL only.
 */
public final class InspectReport {

    public static final String JSON = "inspect-report.json";
    public static final String MARKDOWN = "inspect-report.md";

    private final String maskedUrl;
    private final String product;
    private final Map<Store, StoreReport> stores;
    private final Verdict verdict;

    public InspectReport(String maskedUrl, String product, Map<Store, StoreReport> stores, Verdict verdict) {
        this.maskedUrl = maskedUrl;
        this.product = product;
        this.stores = stores;
        this.verdict = verdict;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Inspected " + maskedUrl + " (" + product + ", read only)");
        for (StoreReport r : stores.values()) {
            String head = r.store().id() + " store (schema " + ns(r) + "): ";
            if (!r.present()) {
                out.add(head + "no Duende tables");
                continue;
            }
            out.add(head + (r.exact() ? "generation " + r.generationText() + ", no drift"
                    : "no exact generation, closest " + r.generation() + " with " + r.differences().size() + " difference"
                    + (r.differences().size() == 1 ? "" : "s")));
            for (Difference d : r.differences()) {
                out.add("  drift: " + d.describe() + (d.breaksChangelogs() ? " [breaks the changelogs]" : ""));
            }
            out.add("  managed by " + managed(r.history()));
            r.history().pathProblems().forEach(p -> out.add("  history: " + p));
            if (r.history().changelogFolderRead()) {
                out.add("  changelog folder: " + r.history().pendingChangeSets().size() + " changeset"
                        + (r.history().pendingChangeSets().size() == 1 ? "" : "s") + " not run here yet");
            }
            if (r.targetGeneration() != null) {
                out.add("  to " + r.targetGeneration() + ": " + (r.costs().isEmpty() ? "nothing to apply"
                        : r.costs().size() + " change" + (r.costs().size() == 1 ? "" : "s")));
                for (StepCost c : r.costs()) {
                    out.add("    " + c.step() + " " + c.table() + ": " + c.change() + " — " + c.how().text() + ", "
                            + size(c.stats()) + "; " + c.strategy().text() + ", writers blocked " + c.blocking().text()
                            + "; " + c.detail());
                }
            }
            out.addAll(purgeLines(r));
        }
        return out;
    }

    /** The rows Duende's cleanup would delete, and the changes they make cheaper with a purge first. */
    public static List<String> purgeLines(StoreReport r) {
        List<String> out = new ArrayList<>();
        for (PurgeableRows p : r.purgeable()) {
            out.add("  purgeable " + p.table() + " " + p.what() + ": " + (p.rows() < 0 ? "unknown" : p.rows() + " rows")
                    + " (" + p.how() + ")");
        }
        for (StepCost c : r.costs()) {
            long left = r.rowsAfterPurge(c.table(), c.stats().rows());
            if (left >= 0 && c.how() != StepCost.How.METADATA && c.how() != StepCost.How.NEW_TABLE) {
                out.add("    with a purge first, " + c.step() + " " + c.table() + " " + c.how().text() + ": at most "
                        + left + " of ~" + c.stats().rows() + " rows" + blockingAfterPurge(c, left));
            }
        }
        return out;
    }

    /** A blocking change's wait grows with the rows it copies, so a purge shortens it in proportion. */
    private static String blockingAfterPurge(StepCost c, long left) {
        Double seconds = c.blocking().seconds();
        if (c.strategy() != Strategy.BLOCKING || seconds == null || c.stats().rows() <= 0) {
            return "";
        }
        return ", writers blocked " + new BlockingEstimate(seconds * left / c.stats().rows(), c.blocking().basis()).text();
    }

    private static String managed(History h) {
        StringBuilder sb = new StringBuilder(h.managedBy());
        if (h.efManaged()) {
            sb.append(" (").append(h.efMigrations().size()).append(" EF migration")
                    .append(h.efMigrations().size() == 1 ? "" : "s").append(" recorded, last ")
                    .append(h.efMigrations().get(h.efMigrations().size() - 1).id()).append(')');
        }
        if (h.liquibaseManaged()) {
            long marked = h.changeSets().stream().filter(c -> "MARK_RAN".equals(c.execType())).count();
            sb.append(" (").append(h.changeSets().size()).append(" changesets, ").append(marked).append(" marked ran");
            if (!h.tags().isEmpty()) {
                sb.append(", tags ").append(String.join(", ", h.tags()));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    static String size(TableStats s) {
        String rows = s.rows() < 0 ? "rows unknown (no statistics yet)" : "~" + String.format(Locale.ROOT, "%,d", s.rows()) + " rows";
        if (s.bytes() < 0) {
            return rows;
        }
        return rows + ", " + bytes(s.bytes());
    }

    private static String bytes(long b) {
        if (b < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d kB", Math.max(1, b / 1024));
        }
        if (b < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1024.0 / 1024);
        }
        return String.format(Locale.ROOT, "%.1f GB", b / 1024.0 / 1024 / 1024);
    }

    private static String ns(StoreReport r) {
        return r.namespace() == null ? "(default)" : r.namespace();
    }

    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON);
        Path md = directory.resolve(MARKDOWN);
        AtomicFile.write(json, Json.write(json()).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(md, markdown().getBytes(StandardCharsets.UTF_8));
        return List.of(json, md);
    }

    Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("database", maskedUrl);
        root.put("product", product);
        List<Object> list = new ArrayList<>();
        for (StoreReport r : stores.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("store", r.store().id());
            s.put("schema", r.namespace());
            s.put("present", r.present());
            s.put("exactGenerations", List.copyOf(r.exactGenerations()));
            s.put("generation", r.generation());
            List<Object> diffs = new ArrayList<>();
            for (Difference d : r.differences()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                m.put("table", d.table());
                m.put("object", d.object());
                m.put("expected", d.expected());
                m.put("actual", d.actual());
                m.put("breaksChangelogs", d.breaksChangelogs());
                m.put("text", d.describe());
                diffs.add(m);
            }
            s.put("differences", diffs);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("managedBy", r.history().managedBy());
            List<Object> ef = new ArrayList<>();
            r.history().efMigrations().forEach(m -> ef.add(Map.of("migrationId", m.id(), "productVersion",
                    String.valueOf(m.productVersion()))));
            h.put("efMigrations", ef);
            List<Object> cs = new ArrayList<>();
            r.history().changeSets().forEach(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("execType", c.execType());
                m.put("tag", c.tag());
                m.put("path", c.path());
                cs.add(m);
            });
            h.put("changeSets", cs);
            h.put("tags", List.copyOf(r.history().tags()));
            h.put("pathProblems", List.copyOf(r.history().pathProblems()));
            h.put("pendingChangeSets", r.history().changelogFolderRead() ? List.copyOf(r.history().pendingChangeSets()) : null);
            s.put("history", h);
            Map<String, Object> tables = new LinkedHashMap<>();
            r.tables().forEach((t, st) -> tables.put(t, stats(st)));
            s.put("tables", tables);
            s.put("targetGeneration", r.targetGeneration());
            List<Object> costs = new ArrayList<>();
            for (StepCost c : r.costs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("step", c.step());
                m.put("table", c.table());
                m.put("change", c.change());
                m.put("how", c.how().text());
                m.put("rows", c.stats().rows());
                m.put("bytes", c.stats().bytes());
                m.put("strategy", c.strategy().text());
                Map<String, Object> blocking = new LinkedHashMap<>();
                blocking.put("seconds", c.blocking().seconds());
                blocking.put("basis", c.blocking().basis());
                m.put("writersBlocked", blocking);
                m.put("detail", c.detail());
                costs.add(m);
            }
            s.put("costs", costs);
            s.put("purgeable", purgeable(r));
            list.add(s);
        }
        root.put("stores", list);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("passed", verdict.violations().isEmpty());
        v.put("violations", List.copyOf(verdict.violations()));
        v.put("warnings", List.copyOf(verdict.warnings()));
        root.put("verdict", v);
        return root;
    }

    private static List<Object> purgeable(StoreReport r) {
        List<Object> out = new ArrayList<>();
        for (PurgeableRows p : r.purgeable()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("table", p.table());
            m.put("rule", p.rule().slug());
            m.put("column", p.rule().column());
            m.put("rows", p.rows());
            m.put("how", p.how());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> stats(TableStats st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", st.rows());
        m.put("bytes", st.bytes());
        return m;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Duende database inspection\n\n");
        md.append("Database: `").append(maskedUrl).append("` (").append(product).append(", read only)\n\n");
        md.append("Verdict: **").append(verdict.violations().isEmpty() ? "passed" : "failed").append("**\n\n");
        verdict.violations().forEach(v -> md.append("- ").append(v).append('\n'));
        verdict.warnings().forEach(w -> md.append("- warning: ").append(w).append('\n'));
        for (StoreReport r : stores.values()) {
            md.append("\n## ").append(r.store().id()).append(" store (schema `").append(ns(r)).append("`)\n\n");
            if (!r.present()) {
                md.append("No Duende tables.\n");
                continue;
            }
            md.append(r.exact() ? "Generation **" + r.generationText() + "**, no drift.\n"
                    : "No exact generation; closest **" + r.generation() + "**.\n");
            if (!r.differences().isEmpty()) {
                md.append("\n| difference | breaks the changelogs |\n|---|---|\n");
                r.differences().forEach(d -> md.append("| ").append(cell(d.describe())).append(" | ")
                        .append(d.breaksChangelogs() ? "yes" : "no").append(" |\n"));
            }
            md.append("\nManaged by ").append(managed(r.history())).append(".\n");
            r.history().pathProblems().forEach(p -> md.append("\n**History:** ").append(p).append(".\n"));
            if (r.history().changelogFolderRead()) {
                md.append("\nChangesets of the changelog folder not run here: ")
                        .append(r.history().pendingChangeSets().isEmpty() ? "none"
                                : "`" + String.join("`, `", r.history().pendingChangeSets()) + "`").append(".\n");
            }
            md.append("\n| table | rows | bytes |\n|---|---|---|\n");
            r.tables().forEach((t, st) -> md.append("| ").append(t).append(" | ").append(st.rows() < 0 ? "unknown" : st.rows())
                    .append(" | ").append(st.bytes() < 0 ? "unknown" : st.bytes()).append(" |\n"));
            if (r.targetGeneration() != null) {
                md.append("\nTo ").append(r.targetGeneration()).append(": ");
                if (r.costs().isEmpty()) {
                    md.append("nothing to apply.\n");
                } else {
                    md.append("\n\n| step | table | change | how | size | strategy | writers blocked | detail |\n"
                            + "|---|---|---|---|---|---|---|---|\n");
                    r.costs().forEach(c -> md.append("| ").append(c.step()).append(" | ").append(c.table()).append(" | ")
                            .append(cell(c.change())).append(" | ").append(c.how().text()).append(" | ")
                            .append(size(c.stats())).append(" | ").append(c.strategy().text()).append(" | ")
                            .append(cell(c.blocking().text())).append(" | ").append(cell(c.detail())).append(" |\n"));
                }
            }
            purgeMarkdown(md, r);
        }
        return md.toString();
    }

    private static void purgeMarkdown(StringBuilder md, StoreReport r) {
        if (r.purgeable().isEmpty()) {
            return;
        }
        md.append("\nRows Duende's token cleanup would delete (`duende.purgeExpiredGrants`,"
                + " `duende.purgeConsumedGrants`):\n\n| table | rows | how |\n|---|---|---|\n");
        r.purgeable().forEach(p -> md.append("| ").append(p.table()).append(" ").append(cell(p.what())).append(" | ")
                .append(p.rows() < 0 ? "unknown" : p.rows()).append(" | ").append(cell(p.how())).append(" |\n"));
        List<String> with = purgeLines(r).stream().filter(l -> l.startsWith("    with a purge first, ")).toList();
        with.forEach(l -> md.append("\n").append(cell(l.strip().substring(0, 1).toUpperCase()
                + l.strip().substring(1))).append(".\n"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
