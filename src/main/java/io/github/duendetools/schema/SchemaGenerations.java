package io.github.duendetools.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema generations the plugin knows, oldest first, as {@code duende/schema/generations.yaml} lists them: the one
 * owner of their ids, their order and what each is. {@link DuendeSchema} steps through those with schema data; the
 * release catalog takes all of them when the build compiles it, so its own files list none.
 */
public final class SchemaGenerations {

    static final String FILE = "generations.yaml";

    /**
     * One generation.
     *
     * @param id           {@code 6.1}, or {@code 6.1-preview.2} for a schema one preview shipped
     * @param description  what distinguishes it
     * @param unsupported  why nothing can start or end there, or {@code null} when the schema data describes it
     */
    public record Generation(String id, String description, String unsupported) {
        /** Whether the schema data (a baseline or a step file) describes its tables. */
        public boolean described() {
            return unsupported == null;
        }
    }

    private final List<Generation> all;

    private SchemaGenerations(List<Generation> all) {
        this.all = List.copyOf(all);
    }

    /** Reads the list and checks that it is in {@link GenerationOrder}, each id once, with the oldest described. */
    public static SchemaGenerations load() {
        List<Generation> all = new ArrayList<>();
        for (Object o : DuendeSchema.list(DuendeSchema.read(FILE).get("generations"))) {
            Map<String, Object> entry = DuendeSchema.map(o);
            Object unsupported = entry.get("unsupported");
            all.add(new Generation(String.valueOf(entry.get("id")), String.valueOf(entry.get("description")),
                    unsupported == null ? null : String.valueOf(unsupported)));
        }
        return new SchemaGenerations(checked(all));
    }

    static List<Generation> checked(List<Generation> all) {
        if (all.isEmpty() || !all.get(0).described()) {
            throw new IllegalStateException(DuendeSchema.ROOT + FILE + ": the oldest generation must be described (the baseline)");
        }
        for (int i = 1; i < all.size(); i++) {
            // strictly ascending, so also each id once
            if (GenerationOrder.compare(all.get(i - 1).id(), all.get(i).id()) >= 0) {
                throw new IllegalStateException(DuendeSchema.ROOT + FILE + ": generation " + all.get(i).id()
                        + " is listed after " + all.get(i - 1).id() + ", not oldest first");
            }
        }
        return all;
    }

    /** Every generation, oldest first, those without schema data included. */
    public List<Generation> all() {
        return all;
    }

    /** The ids of the generations the schema data describes, oldest first: the first is the baseline's. */
    public List<String> described() {
        List<String> ids = new ArrayList<>();
        for (Generation g : all) {
            if (g.described()) {
                ids.add(g.id());
            }
        }
        return ids;
    }
}
