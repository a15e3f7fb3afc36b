package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    private static final Path FILE = Path.of("packages.lock.json");

    @Test
    void readsObjectsArraysStringsAndLiterals() throws Exception {
        Object json = JsonReader.parse(FILE, "\uFEFF{ \"a\": [1, true, null, \"x\\\"\\u00e9\"], // comment\n \"b\": {},}");
        assertEquals(Map.of("a", java.util.Arrays.asList("1", "true", null, "x\"é"), "b", Map.of()), json);
    }

    @Test
    void errorsNameTheLine() {
        InputException e = assertThrows(InputException.class, () -> JsonReader.parse(FILE, "{\n\"a\": 1\n\"b\": 2}"));
        assertEquals(3, e.line());
        assertThrows(InputException.class, () -> JsonReader.parse(FILE, "{\"a\": \"open"));
        assertThrows(InputException.class, () -> JsonReader.parse(FILE, "[1] 2"));
        assertThrows(InputException.class, () -> JsonReader.parse(FILE, ""));
        assertEquals(List.of(), assertDoesNotThrow("[]"));
    }

    private static Object assertDoesNotThrow(String text) {
        try {
            return JsonReader.parse(FILE, text);
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jsonNestedToTheLimitIsRead() throws Exception {
        int depth = JsonReader.MAX_DEPTH;
        Object value = JsonReader.parse(FILE, "[".repeat(depth) + "]".repeat(depth));
        assertTrue(value instanceof List<?>);
        InputException e = assertThrows(InputException.class, () -> JsonReader.parse(FILE,
                "\n" + "[".repeat(depth + 1) + "]".repeat(depth + 1)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("JSON nests objects and arrays more than 256 deep"), e.getMessage());
    }
}
