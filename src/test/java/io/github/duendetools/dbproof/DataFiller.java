package io.github.duendetools.dbproof;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills every table of a schema with realistic, deterministic rows (seeded random): clients with all their
 * children, resources and scopes, 10,000 persisted grants of every type (consumed, expired, without subject),
 * device codes, signing keys, sessions. Inserts go in batches, one transaction per table.
 */
final class DataFiller {
    static final int PERSISTED_GRANTS = 10_000;
    private static final int BATCH = 500;
    private static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final String[] GRANT_TYPES = {"authorization_code", "refresh_token", "reference_token", "user_consent",
        "device_code", "backchannel_authentication_request"};
    private static final Map<String, Integer> TOP_LEVEL_ROWS = Map.ofEntries(
            Map.entry("Clients", 60), Map.entry("ApiResources", 25), Map.entry("ApiScopes", 40),
            Map.entry("IdentityResources", 8), Map.entry("IdentityProviders", 12), Map.entry("SamlServiceProviders", 10),
            Map.entry("PersistedGrants", PERSISTED_GRANTS), Map.entry("DeviceCodes", 300), Map.entry("Keys", 24),
            Map.entry("ServerSideSessions", 800), Map.entry("PushedAuthorizationRequests", 200),
            Map.entry("SamlLogoutSessions", 150), Map.entry("SamlSigninStates", 150));
    private static final int CHILDREN_PER_PARENT = 3;

    private final Engine engine;
    private final DdlWriter names;
    private final ColumnValues values;
    private final Random random;
    private final Map<String, List<String>> clientIds = new HashMap<>();

    private final int grants;

    DataFiller(Engine engine, Naming naming, boolean postgresLegacyTimestamps, long seed) {
        this(engine, naming, postgresLegacyTimestamps, seed, PERSISTED_GRANTS);
    }

    /** With fewer grants, for databases that only need to show that nothing changes. */
    DataFiller(Engine engine, Naming naming, boolean postgresLegacyTimestamps, long seed, int grants) {
        this.grants = grants;
        this.engine = engine;
        this.names = new DdlWriter(engine, naming, postgresLegacyTimestamps);
        this.values = new ColumnValues(engine, postgresLegacyTimestamps);
        this.random = new Random(seed);
    }

    void fill(Connection connection, Schema schema) throws SQLException {
        connection.setAutoCommit(false);
        for (Table table : schema.tables()) {
            fill(connection, table);
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private void fill(Connection connection, Table table) throws SQLException {
        List<Column> columns = table.columns().stream().filter(c -> !c.identity()).toList();
        Map<String, List<String>> parents = new HashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            parents.put(fk.column(), ids(connection, table.store(), fk.principalTable(), fk.principalColumn()));
        }
        int rows = table.logicalName().equals("PersistedGrants") ? grants
                : parents.isEmpty() ? TOP_LEVEL_ROWS.getOrDefault(table.logicalName(), 20)
                : parents.values().iterator().next().size() * CHILDREN_PER_PARENT;
        String sql = "INSERT INTO " + names.qualified(table.store(), table.name()) + " ("
                + columns.stream().map(c -> names.quote(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(values::placeholder).collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int row = 0; row < rows; row++) {
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    List<String> parentIds = parents.get(column.name());
                    String value = parentIds != null ? parentIds.get(row % parentIds.size()) : value(table, column, row);
                    values.bind(ps, i + 1, column, value);
                }
                ps.addBatch();
                if ((row + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        if (table.logicalName().equals("Clients")) {
            clientIds.put("Clients", ids(connection, table.store(), table.name(), "ClientId"));
        }
    }

    private List<String> ids(Connection connection, String store, String table, String column) throws SQLException {
        List<String> ids = new ArrayList<>();
        String q = names.quote(column);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + q + " FROM " + names.qualified(store, table) + " ORDER BY " + q)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private String value(Table table, Column column, int row) {
        String special = special(table, column, row);
        if (special != null) {
            return special.equals("NULL") ? null : special;
        }
        if (column.nullable() && random.nextInt(4) == 0) {
            return null;
        }
        return switch (column.baseType()) {
            case "bool" -> String.valueOf(random.nextBoolean());
            case "int" -> String.valueOf(random.nextInt(86_400));
            case "bigint", "uint" -> String.valueOf(random.nextInt(1_000_000));
            case "strings" -> random.nextBoolean() ? "[\"RS256\",\"PS256\"]" : "[\"RS256\"]";
            case "double" -> String.valueOf(random.nextInt(600) + 0.5);
            case "datetime" -> time(row).toString();
            case "timespan" -> random.nextBoolean() ? "00:05:00" : "00:00:00";
            case "guid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "text" -> text(50 + random.nextInt(450));
            case "data" -> json(200 + random.nextInt(1801));
            case "keytext" -> column.name().toLowerCase() + "-" + row + "-" + token(12);
            default -> bounded(column.name().contains("Uri") || column.name().equals("Origin") || column.name().equals("Location")
                    ? "https://app" + row + ".example.com/" + column.name().toLowerCase() + "/" + token(8)
                    : column.name() + "-" + row + "-" + token(6), column.length());
        };
    }

    /** Realistic values where the column's meaning matters: grant types, subjects shared between grants, clients. */
    private String special(Table table, Column column, int row) {
        if (table.logicalName().equals("PersistedGrants")) {
            return switch (column.name()) {
                case "Key" -> "grant-" + row + "-" + token(24);
                case "Type" -> GRANT_TYPES[row % GRANT_TYPES.length];
                case "SubjectId" -> row % 10 == 2 ? "NULL" : "subject-" + random.nextInt(700);
                case "ClientId" -> client();
                case "SessionId" -> row % 5 == 0 ? "NULL" : "session-" + random.nextInt(3000);
                case "Expiration" -> row % GRANT_TYPES.length == 3 ? "NULL"
                        : time(row).plusSeconds(random.nextBoolean() ? -86_400 : 30L * 86_400).toString();
                case "ConsumedTime" -> row % 5 == 1 ? time(row).plusSeconds(60).toString() : "NULL";
                default -> null;
            };
        }
        if (column.name().equals("ClientId") && column.baseType().equals("string") && !table.logicalName().equals("Clients")) {
            return client();
        }
        return null;
    }

    private String client() {
        List<String> clients = clientIds.getOrDefault("Clients", List.of("client-fallback"));
        return clients.get(random.nextInt(clients.size()));
    }

    private LocalDateTime time(int row) {
        return EPOCH.plusSeconds(row * 37L + random.nextInt(3600));
    }

    private String token(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private String text(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(token(1 + random.nextInt(9))).append(' ');
        }
        return sb.substring(0, length);
    }

    /** Serialized grant/device data the way IdentityServer stores it: JSON with claims, padded to the wanted length. */
    private String json(int length) {
        StringBuilder sb = new StringBuilder("{\"CreationTime\":\"2024-01-01T00:00:00Z\",\"Lifetime\":3600,\"Claims\":[");
        while (sb.length() < length - 40) {
            sb.append("{\"Type\":\"").append(token(5)).append("\",\"Value\":\"").append(token(10 + random.nextInt(20))).append("\"},");
        }
        sb.setLength(Math.min(sb.length(), length - 3));
        sb.append("]}");
        while (sb.length() < length) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String bounded(String value, int max) {
        return max > 0 && value.length() > max ? value.substring(0, max) : value;
    }
}
