package io.github.duendetools.nuget;

import io.github.duendetools.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for {@code packages.lock.json}: objects become ordered maps, arrays lists,
 * numbers and literals strings. Tolerates a BOM, comments and trailing commas, as NuGet does;
 * anything else malformed is a one-line error naming file and line.
 */
final class JsonReader {
    /**
     * Objects and arrays nested in each other. The reader recurses per level, so thousands of levels
     * would overflow the stack; a lock file nests four.
     */
    static final int MAX_DEPTH = 256;

    private final Path file;
    private final String text;
    private int position;
    /** Objects and arrays open around the current position. */
    private int depth;

    private JsonReader(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static Object parse(Path file, String text) throws InputException {
        JsonReader reader = new JsonReader(file, text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.position < text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() throws InputException {
        skipSpace();
        if (position >= text.length()) {
            throw error("unexpected end of JSON");
        }
        char c = text.charAt(position);
        if (c == '{' || c == '[') {
            if (++depth > MAX_DEPTH) {
                throw new InputException(file, line(), "JSON nests objects and arrays more than " + MAX_DEPTH
                        + " deep");
            }
            Object nested = c == '{' ? object() : array();
            depth--;
            return nested;
        }
        if (c == '"') {
            return string();
        }
        int start = position;
        while (position < text.length() && "{}[],: \t\r\n/".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        if (start == position) {
            throw error("unexpected character '" + c + "'");
        }
        String literal = text.substring(start, position);
        return literal.equals("null") ? null : literal;
    }

    private Map<String, Object> object() throws InputException {
        Map<String, Object> map = new LinkedHashMap<>();
        position++;
        while (true) {
            skipSpace();
            if (peek() == '}') {
                position++;
                return map;
            }
            if (peek() != '"') {
                throw error("expected a property name");
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw error("expected ':'");
            }
            position++;
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws InputException {
        List<Object> list = new ArrayList<>();
        position++;
        while (true) {
            skipSpace();
            if (peek() == ']') {
                position++;
                return list;
            }
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                position++;
            } else if (peek() != ']') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws InputException {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (position >= text.length()) {
                    break;
                }
                char e = text.charAt(position++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw error("bad \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        position += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char peek() throws InputException {
        if (position >= text.length()) {
            throw error("unexpected end of JSON");
        }
        return text.charAt(position);
    }

    private void skipSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF') {
                position++;
            } else if (text.startsWith("//", position)) {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", position)) {
                int end = text.indexOf("*/", position + 2);
                position = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private InputException error(String problem) {
        return new InputException(file, line(), "malformed JSON: " + problem);
    }

    private int line() {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
