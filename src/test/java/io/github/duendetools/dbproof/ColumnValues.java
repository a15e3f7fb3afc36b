package io.github.duendetools.dbproof;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds logical values into each engine's column types and reads them back in one engine-neutral text form,
 * so a row can be compared before and after a migration even when the engine's Java types differ.
 * Values are held as text: bool "true", timestamps ISO ({@code 2024-01-01T10:00}), timespans {@code hh:mm:ss},
 * lists of strings as EF Core's JSON ({@code ["RS256","PS256"]}, no escapes needed in the values used here).
 */
final class ColumnValues {
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern PRINTED_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d{2}(?::?\\d{2}){0,2})?");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+) )?(\\d{1,2}):(\\d{2}):(\\d{2})");

    private final Engine engine;
    private final boolean postgresLegacyTimestamps;

    ColumnValues(Engine engine, boolean postgresLegacyTimestamps) {
        this.engine = engine;
        this.postgresLegacyTimestamps = postgresLegacyTimestamps;
    }

    void bind(PreparedStatement ps, int index, Column column, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
            return;
        }
        switch (column.baseType()) {
            case "bool" -> ps.setBoolean(index, Boolean.parseBoolean(value));
            case "int" -> ps.setInt(index, Integer.parseInt(value));
            case "bigint", "uint" -> ps.setLong(index, Long.parseLong(value));
            case "strings" -> {
                if (engine == Engine.POSTGRESQL) {
                    ps.setArray(index, ps.getConnection().createArrayOf("text", fromJson(value)));
                } else {
                    ps.setString(index, value);
                }
            }
            case "double" -> ps.setDouble(index, Double.parseDouble(value));
            case "datetime" -> bindTime(ps, index, LocalDateTime.parse(value));
            case "timespan" -> ps.setString(index, value);
            case "guid" -> {
                if (engine == Engine.POSTGRESQL || engine == Engine.H2) {
                    ps.setObject(index, UUID.fromString(value));
                } else {
                    ps.setString(index, value);
                }
            }
            default -> ps.setString(index, value);
        }
    }

    /** The placeholder for a value of this column in an INSERT (PostgreSQL needs a cast for intervals). */
    String placeholder(Column column) {
        return column.baseType().equals("timespan") && engine == Engine.POSTGRESQL ? "CAST(? AS interval)" : "?";
    }

    String read(ResultSet rs, int index, Column column) throws SQLException {
        String text = switch (column.baseType()) {
            case "bool" -> {
                boolean b = rs.getBoolean(index);
                yield rs.wasNull() ? null : String.valueOf(b);
            }
            case "strings" -> engine == Engine.POSTGRESQL ? toJson(rs.getArray(index)) : rs.getString(index);
            case "int", "bigint", "uint" -> {
                long l = rs.getLong(index);
                yield rs.wasNull() ? null : String.valueOf(l);
            }
            case "double" -> {
                double d = rs.getDouble(index);
                yield rs.wasNull() ? null : String.valueOf(d);
            }
            case "datetime" -> readTime(rs, index);
            case "timespan" -> normaliseTimespan(rs.getString(index));
            case "guid" -> {
                String s = rs.getString(index);
                yield s == null ? null : s.toLowerCase(Locale.ROOT);
            }
            default -> rs.getString(index);
        };
        return text;
    }

    /** Npgsql maps a list of strings to text[]; the other providers keep EF Core's JSON text. */
    private static String[] fromJson(String json) {
        String inner = json.trim().substring(1, json.trim().length() - 1).trim();
        if (inner.isEmpty()) {
            return new String[0];
        }
        return java.util.Arrays.stream(inner.split(",")).map(v -> v.trim().replaceAll("^\"|\"$", ""))
                .toArray(String[]::new);
    }

    private static String toJson(java.sql.Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(v -> "\"" + v + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private void bindTime(PreparedStatement ps, int index, LocalDateTime time) throws SQLException {
        switch (engine) {
            case SQLITE -> ps.setString(index, SQLITE_TIME.format(time));
            case MARIADB -> ps.setObject(index, time);
            case POSTGRESQL -> {
                if (postgresLegacyTimestamps) {
                    ps.setObject(index, time);
                } else {
                    ps.setObject(index, time.atOffset(ZoneOffset.UTC));
                }
            }
            case H2 -> ps.setObject(index, time);
        }
    }

    private String readTime(ResultSet rs, int index) throws SQLException {
        if (engine == Engine.H2 || engine == Engine.MARIADB) {
            LocalDateTime ldt = rs.getObject(index, LocalDateTime.class);
            return ldt == null ? null : ldt.toString();
        }
        // SQLite stores text; PostgreSQL's driver will not convert year-1 timestamptz values to java.time, so read its text.
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        if (s.equals("-infinity")) {
            // Npgsql 6+ writes DateTime.MinValue as -infinity and reads it back as DateTime.MinValue: the same value to Duende.
            return LocalDateTime.of(1, 1, 1, 0, 0).toString();
        }
        Matcher m = PRINTED_TIME.matcher(s.trim());
        if (!m.matches()) {
            throw new SQLException("unreadable timestamp '" + s + "'");
        }
        LocalDateTime time = LocalDateTime.parse(m.group(1).replace(' ', 'T'));
        if (m.group(2) != null) {
            time = time.atOffset(ZoneOffset.of(m.group(2))).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        return time.toString();
    }

    /** Engines print a timespan differently ("00:05:00", "00:05:00.000000", "INTERVAL '0 00:05:00' DAY TO SECOND"). */
    static String normaliseTimespan(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = TIME.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long hours = days * 24 + Long.parseLong(m.group(2));
        return String.format(Locale.ROOT, "%02d:%s:%s", hours, m.group(3), m.group(4));
    }
}
