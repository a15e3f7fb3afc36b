package io.github.duendetools.dbproof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Maps logical column types to the type each engine reports for EF's column, from engine-types.yaml. */
final class EngineTypes {
    private static final EngineTypes INSTANCE = load();

    private final Map<String, Map<String, String>> byEngine;

    private EngineTypes(Map<String, Map<String, String>> byEngine) {
        this.byEngine = byEngine;
    }

    static EngineTypes get() {
        return INSTANCE;
    }

    String typeOf(Engine engine, Column column, boolean postgresLegacyTimestamps) {
        Map<String, String> types = byEngine.get(engine.typesKey());
        String base = column.baseType();
        if (base.equals("datetime") && engine == Engine.POSTGRESQL && postgresLegacyTimestamps) {
            base = "datetime-legacy";
        }
        String type = types.get(base);
        if (type == null) {
            throw new IllegalStateException("engine-types.yaml has no " + base + " for " + engine.typesKey());
        }
        return type.replace("{n}", String.valueOf(column.length()));
    }

    /** Pomelo gives every string column CHARACTER SET utf8mb4. */
    static boolean isText(Column column) {
        return switch (column.baseType()) {
            case "string", "text", "keytext", "data", "strings" -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private static EngineTypes load() {
        try (InputStream in = EngineTypes.class.getResourceAsStream("/dbproof/engine-types.yaml")) {
            return new EngineTypes((Map<String, Map<String, String>>) new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
