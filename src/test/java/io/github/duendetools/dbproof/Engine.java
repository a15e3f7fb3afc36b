package io.github.duendetools.dbproof;

/** The engines the changelogs are proven on, with the facts that change how EF names and types things there. */
enum Engine {
    H2("H2", "h2", Integer.MAX_VALUE),
    SQLITE("SQLite", "sqlite", Integer.MAX_VALUE),
    POSTGRESQL("PostgreSQL", "postgresql", 63),
    MARIADB("MariaDB", "mysql", 64);

    private final String displayName;
    private final String typesKey;
    private final int maxIdentifier;

    Engine(String displayName, String typesKey, int maxIdentifier) {
        this.displayName = displayName;
        this.typesKey = typesKey;
        this.maxIdentifier = maxIdentifier;
    }

    String displayName() {
        return displayName;
    }

    /** Key of this engine's section in engine-types.yaml (MariaDB uses the MySQL provider's types). */
    String typesKey() {
        return typesKey;
    }

    int maxIdentifier() {
        return maxIdentifier;
    }

    /** MySQL and MariaDB do not keep primary key constraint names: every primary key is called PRIMARY. */
    String primaryKeyName(String efName) {
        return this == MARIADB ? "PRIMARY" : efName;
    }
}
