package io.github.duendetools.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decimals are written as plain numbers that read back exactly; what JSON cannot hold is refused. */
class JsonTest {

    @Test
    void decimalsArePlainAndExact() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 7.66);
        m.put("b", 0.0);
        m.put("c", 1e-7);
        m.put("d", 12_500_000.0);
        assertEquals("{\n  \"a\": 7.66,\n  \"b\": 0,\n  \"c\": 0.0000001,\n  \"d\": 12500000\n}\n", Json.write(m));
    }

    @Test
    void notANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("x", Double.NaN)));
    }
}
