package io.github.duendetools.msbuild;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties of one evaluation by lower-case name. A listener hears every look-up and every definition,
 * which is what lets a shared file's effect be replayed safely.
 */
final class PropertyTable {
    private final Map<String, PropertyValue> values = new LinkedHashMap<>();
    private EvaluationListener listener;

    /** @param key lower case */
    PropertyValue get(String key) {
        PropertyValue value = values.get(key);
        if (listener != null) {
            listener.read(key, value);
        }
        return value;
    }

    /** @param key lower case */
    void put(String key, PropertyValue value) {
        values.put(key, value);
        if (listener != null) {
            listener.wrote(key, value);
        }
    }

    /** A look-up that no recording hears: for checking a recording's inputs. */
    PropertyValue peek(String key) {
        return values.get(key);
    }

    void listen(EvaluationListener listener) {
        this.listener = listener;
    }

    Map<String, PropertyValue> asMap() {
        return values;
    }
}
