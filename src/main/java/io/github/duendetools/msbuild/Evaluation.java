package io.github.duendetools.msbuild;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What evaluating one project for one set of global properties produced: final property values and the
 * tracked package items in evaluation order.
 *
 * @param problems  uncertainty that affects the whole project (an import whose condition cannot be evaluated)
 */
record Evaluation(Map<String, PropertyValue> properties, List<PackageItem> items, List<String> problems) {

    PropertyValue property(String name) {
        return properties.get(name.toLowerCase(Locale.ROOT));
    }

    String value(String name) {
        PropertyValue p = property(name);
        return p == null ? "" : p.value();
    }
}
