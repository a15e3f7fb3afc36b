package io.github.duendetools.bench;

import static io.github.duendetools.bench.GrantsEngine.execute;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** MariaDB/MySQL side of the big-table benchmark. Types follow Pomelo (utf8mb4 strings, datetime(6), longtext). */
final class MariaDbGrants implements GrantsEngine {
    private static final String TABLE_60 = """
            CREATE TABLE `PersistedGrants` (
                `Key` varchar(200) CHARACTER SET utf8mb4 NOT NULL,
                `Type` varchar(50) CHARACTER SET utf8mb4 NOT NULL,
                `SubjectId` varchar(200) CHARACTER SET utf8mb4 NULL,
                `SessionId` varchar(100) CHARACTER SET utf8mb4 NULL,
                `ClientId` varchar(200) CHARACTER SET utf8mb4 NOT NULL,
                `Description` varchar(200) CHARACTER SET utf8mb4 NULL,
                `CreationTime` datetime(6) NOT NULL,
                `Expiration` datetime(6) NULL,
                `ConsumedTime` datetime(6) NULL,
                `Data` longtext CHARACTER SET utf8mb4 NOT NULL,
                CONSTRAINT `PK_PersistedGrants` PRIMARY KEY (`Key`)
            ) CHARACTER SET=utf8mb4""";
    private static final String COLUMNS = "`Key`, `Type`, `SubjectId`, `SessionId`, `ClientId`, `Description`, "
            + "`CreationTime`, `Expiration`, `ConsumedTime`, `Data`";
    private static final String SERVER_SIDE_SESSIONS = """
            CREATE TABLE `ServerSideSessions` (
                `Id` int NOT NULL AUTO_INCREMENT,
                `Key` varchar(100) CHARACTER SET utf8mb4 NOT NULL,
                `Scheme` varchar(100) CHARACTER SET utf8mb4 NOT NULL,
                `SubjectId` varchar(100) CHARACTER SET utf8mb4 NOT NULL,
                `SessionId` varchar(100) CHARACTER SET utf8mb4 NULL,
                `DisplayName` varchar(100) CHARACTER SET utf8mb4 NULL,
                `Created` datetime(6) NOT NULL,
                `Renewed` datetime(6) NOT NULL,
                `Expires` datetime(6) NULL,
                `Data` longtext CHARACTER SET utf8mb4 NOT NULL,
                CONSTRAINT `PK_ServerSideSessions` PRIMARY KEY (`Id`)
            ) CHARACTER SET=utf8mb4""";
    /**
     * Stand-ins for the helper procedures Pomelo puts at the top of its migration scripts: before a primary
     * key is dropped, take AUTO_INCREMENT off its column; after one is added on an integer column, put it on.
     */
    private static final String POMELO_BEFORE_DROP = """
            CREATE PROCEDURE POMELO_BEFORE_DROP_PRIMARY_KEY(IN schema_arg VARCHAR(255), IN table_arg VARCHAR(255))
            BEGIN
                DECLARE col VARCHAR(255) DEFAULT NULL;
                DECLARE col_type VARCHAR(255) DEFAULT NULL;
                SELECT COLUMN_NAME, COLUMN_TYPE INTO col, col_type FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = IFNULL(schema_arg, SCHEMA()) AND TABLE_NAME = table_arg
                      AND COLUMN_KEY = 'PRI' AND EXTRA LIKE '%auto_increment%' LIMIT 1;
                IF col IS NOT NULL THEN
                    SET @pomelo_sql = CONCAT('ALTER TABLE `', table_arg, '` MODIFY `', col, '` ', col_type, ' NOT NULL');
                    PREPARE pomelo_stmt FROM @pomelo_sql;
                    EXECUTE pomelo_stmt;
                    DEALLOCATE PREPARE pomelo_stmt;
                END IF;
            END""";
    private static final String POMELO_AFTER_ADD = """
            CREATE PROCEDURE POMELO_AFTER_ADD_PRIMARY_KEY(IN schema_arg VARCHAR(255), IN table_arg VARCHAR(255), IN column_arg VARCHAR(255))
            BEGIN
                DECLARE col_type VARCHAR(255) DEFAULT NULL;
                SELECT COLUMN_TYPE INTO col_type FROM information_schema.COLUMNS
                    WHERE TABLE_SCHEMA = IFNULL(schema_arg, SCHEMA()) AND TABLE_NAME = table_arg AND COLUMN_NAME = column_arg
                      AND COLUMN_KEY = 'PRI' AND DATA_TYPE IN ('tinyint', 'smallint', 'mediumint', 'int', 'bigint') LIMIT 1;
                IF col_type IS NOT NULL THEN
                    SET @pomelo_sql = CONCAT('ALTER TABLE `', table_arg, '` MODIFY `', column_arg, '` ', col_type, ' NOT NULL AUTO_INCREMENT');
                    PREPARE pomelo_stmt FROM @pomelo_sql;
                    EXECUTE pomelo_stmt;
                    DEALLOCATE PREPARE pomelo_stmt;
                END IF;
            END""";

    private final String baseUrl = BenchConfig.mariaUrl();

    @Override
    public String id() {
        return "mariadb";
    }

    @Override
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(baseUrl + BenchConfig.string("bench.maria.admindb", "test"),
                BenchConfig.string("bench.maria.user", "root"), System.getProperty("bench.maria.password", ""));
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(baseUrl + DATABASE,
                BenchConfig.string("bench.maria.user", "root"), System.getProperty("bench.maria.password", ""));
    }

    @Override
    public String serverVersion(Connection connection) throws SQLException {
        return "MariaDB " + connection.getMetaData().getDatabaseProductVersion();
    }

    @Override
    public void createDatabase(Connection admin) throws SQLException {
        dropDatabase(admin);
        execute(admin, "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
    }

    @Override
    public void dropDatabase(Connection admin) throws SQLException {
        execute(admin, "DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Override
    public void load(int rows) throws SQLException {
        try (Connection connection = connect()) {
            loadTemplate(connection, rows);
        }
    }

    /** Re-copies the template in key order and adds EF's indexes in one sorted pass: the fastest fresh copy in SQL. */
    @Override
    public void reset(Connection admin) throws SQLException {
        try (Connection connection = connect()) {
            resetToSixZero(connection);
        }
    }

    private void loadTemplate(Connection connection, int rows) throws SQLException {
        execute(connection, "DROP TABLE IF EXISTS bench_template",
                TABLE_60.replace("`PersistedGrants`", "bench_template").replace(",\n    CONSTRAINT `PK_PersistedGrants` PRIMARY KEY (`Key`)", ""),
                // The SEQUENCE engine's seq_1_to_N table generates the rows server-side.
                "INSERT INTO bench_template (" + COLUMNS + ") "
                        + "SELECT sha2(concat('grant-', seq), 256), "
                        + "elt(1 + seq % 4, 'authorization_code', 'refresh_token', 'reference_token', 'user_consent'), "
                        + "concat('user-', lpad((seq * 7919) % 10000, 5, '0')), "
                        + "upper(substr(md5(concat('session-', seq % 250000)), 1, 32)), "
                        + "concat('client-', lpad(seq % 50, 2, '0')), "
                        + "if(seq % 7 = 0, concat('device ', seq % 97), NULL), "
                        + "timestamp '2025-01-01 00:00:00' + interval (seq % 31536000) second, "
                        + "if(seq % 4 = 3, NULL, timestamp '2025-01-31 00:00:00' + interval (seq % 31536000) second), "
                        + "if(seq % 10 = 0, timestamp '2025-01-01 00:05:00' + interval (seq % 31536000) second, NULL), "
                        + "concat('{\"SubjectId\":\"', seq, '\",\"Claims\":\"', substr(repeat(concat(md5(seq), md5(seq * 31)), 24), 1, "
                        + "570 + (seq * 2654435761) % 901), '\"}') "
                        + "FROM seq_1_to_" + rows);
    }

    private void resetToSixZero(Connection connection) throws SQLException {
        execute(connection, "DROP TABLE IF EXISTS `PersistedGrants`", "DROP TABLE IF EXISTS `PersistedGrants_floor`",
                "DROP TABLE IF EXISTS `ServerSideSessions`",
                "DROP TABLE IF EXISTS DATABASECHANGELOG", "DROP TABLE IF EXISTS DATABASECHANGELOGLOCK",
                "DROP PROCEDURE IF EXISTS POMELO_BEFORE_DROP_PRIMARY_KEY", "DROP PROCEDURE IF EXISTS POMELO_AFTER_ADD_PRIMARY_KEY",
                TABLE_60,
                "INSERT INTO `PersistedGrants` (" + COLUMNS + ") SELECT " + COLUMNS + " FROM bench_template ORDER BY `Key`",
                "ALTER TABLE `PersistedGrants` "
                        + "ADD INDEX `IX_PersistedGrants_ConsumedTime` (`ConsumedTime`), "
                        + "ADD INDEX `IX_PersistedGrants_Expiration` (`Expiration`), "
                        + "ADD INDEX `IX_PersistedGrants_SubjectId_ClientId_Type` (`SubjectId`, `ClientId`, `Type`), "
                        + "ADD INDEX `IX_PersistedGrants_SubjectId_SessionId_Type` (`SubjectId`, `SessionId`, `Type`)",
                "ANALYZE TABLE `PersistedGrants`",
                POMELO_BEFORE_DROP, POMELO_AFTER_ADD);
    }

    @Override
    public List<GrantsVariant> variants() {
        return List.of(
                new GrantsVariant("ef", "Pomelo migration SQL statement by statement as `dotnet ef database update` runs it",
                        "PersistedGrants", this::pomelo),
                new GrantsVariant("floor", "floor: one copy of the table + every index of the 6.1 table",
                        "PersistedGrants_floor", this::floor));
    }

    private void pomelo(Connection connection) throws SQLException {
        execute(connection,
                "CALL POMELO_BEFORE_DROP_PRIMARY_KEY(NULL, 'PersistedGrants')",
                "ALTER TABLE `PersistedGrants` DROP PRIMARY KEY",
                "ALTER TABLE `PersistedGrants` MODIFY COLUMN `Key` varchar(200) CHARACTER SET utf8mb4 NULL",
                "ALTER TABLE `PersistedGrants` ADD `Id` bigint NOT NULL DEFAULT 0",
                "ALTER TABLE `PersistedGrants` ADD CONSTRAINT `PK_PersistedGrants` PRIMARY KEY (`Id`)",
                "CALL POMELO_AFTER_ADD_PRIMARY_KEY(NULL, 'PersistedGrants', 'Id')",
                SERVER_SIDE_SESSIONS,
                "CREATE UNIQUE INDEX `IX_PersistedGrants_Key` ON `PersistedGrants` (`Key`)",
                "CREATE INDEX `IX_ServerSideSessions_DisplayName` ON `ServerSideSessions` (`DisplayName`)",
                "CREATE INDEX `IX_ServerSideSessions_Expires` ON `ServerSideSessions` (`Expires`)",
                "CREATE UNIQUE INDEX `IX_ServerSideSessions_Key` ON `ServerSideSessions` (`Key`)",
                "CREATE INDEX `IX_ServerSideSessions_SessionId` ON `ServerSideSessions` (`SessionId`)",
                "CREATE INDEX `IX_ServerSideSessions_SubjectId` ON `ServerSideSessions` (`SubjectId`)");
    }

    /** InnoDB clusters rows by the primary key, so the floor creates the table with it and adds the rest in one pass. */
    private void floor(Connection connection) throws SQLException {
        execute(connection,
                "CREATE TABLE `PersistedGrants_floor` (`Id` bigint NOT NULL AUTO_INCREMENT, "
                        + "`Key` varchar(200) CHARACTER SET utf8mb4 NULL, `Type` varchar(50) CHARACTER SET utf8mb4 NOT NULL, "
                        + "`SubjectId` varchar(200) CHARACTER SET utf8mb4 NULL, `SessionId` varchar(100) CHARACTER SET utf8mb4 NULL, "
                        + "`ClientId` varchar(200) CHARACTER SET utf8mb4 NOT NULL, `Description` varchar(200) CHARACTER SET utf8mb4 NULL, "
                        + "`CreationTime` datetime(6) NOT NULL, `Expiration` datetime(6) NULL, `ConsumedTime` datetime(6) NULL, "
                        + "`Data` longtext CHARACTER SET utf8mb4 NOT NULL, PRIMARY KEY (`Id`)) CHARACTER SET=utf8mb4",
                "INSERT INTO `PersistedGrants_floor` (" + COLUMNS + ") SELECT " + COLUMNS + " FROM `PersistedGrants`",
                "ALTER TABLE `PersistedGrants_floor` ADD UNIQUE INDEX `IX_PersistedGrants_floor_Key` (`Key`), "
                        + "ADD INDEX `IX_PersistedGrants_floor_ConsumedTime` (`ConsumedTime`), "
                        + "ADD INDEX `IX_PersistedGrants_floor_Expiration` (`Expiration`), "
                        + "ADD INDEX `IX_PersistedGrants_floor_SubjectId_ClientId_Type` (`SubjectId`, `ClientId`, `Type`), "
                        + "ADD INDEX `IX_PersistedGrants_floor_SubjectId_SessionId_Type` (`SubjectId`, `SessionId`, `Type`)");
    }

    @Override
    public void readAccess(Connection connection) throws SQLException {
        count(connection, "SELECT 1 FROM `PersistedGrants` LIMIT 1");
    }

    /** An insert needs the same metadata lock as any writer; rolling it back leaves the rows as they were. */
    @Override
    public void writeAccess(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            execute(connection, "INSERT INTO `PersistedGrants` (`Key`, `Type`, `ClientId`, `CreationTime`, `Data`) "
                    + "VALUES (concat('probe-', uuid()), 'probe', 'probe', now(6), '{}')");
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
