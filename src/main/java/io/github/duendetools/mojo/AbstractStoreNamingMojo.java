package io.github.duendetools.mojo;

import io.github.duendetools.schema.DuendeSchema;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The naming the Duende stores were created with, which {@code migrate} writes changelogs for and {@code inspect}
 * compares a live database against: both goals must read these parameters alike.
 */
abstract class AbstractStoreNamingMojo extends AbstractDuendeMojo {

    /**
     * Default database schema of both stores (Duende's {@code DefaultSchema}); none by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.schema")
    protected String schema;

    /**
     * Schema of the configuration store, when it differs from {@code duende.schema}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.configurationSchema")
    protected String configurationSchema;

    /**
     * Schema of the operational store, when it differs from {@code duende.schema}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.operationalSchema")
    protected String operationalSchema;

    /**
     * Table names mapped as Duende's {@code TableConfiguration} allows, Duende's name to yours, comma
     * separated: {@code PersistedGrants=Grants,Clients=OidcClients}. Key, index and constraint names
     * follow the mapped names as EF Core derives them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.tableNames")
    protected String tableNames;

    /**
     * PostgreSQL timestamps {@code without time zone}, as Npgsql's legacy timestamp behaviour creates them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.postgresLegacyTimestamps", defaultValue = "false")
    protected String postgresLegacyTimestamps;

    /**
     * Changesets that change populated tables while the application keeps reading and writing them, on every
     * database that has them: {@code migrate} writes them, {@code inspect} costs the steps as they will then run.
     * PostgreSQL gets the changesets of {@code duende.postgresLowLock}. MySQL and MariaDB build indexes on existing
     * tables online ({@code ALGORITHM=INPLACE, LOCK=NONE}) and do the 6.1 {@code PersistedGrants} key move and the
     * 7.0 {@code ServerSideSessions.Id} widening in a shadow table kept current by triggers, copied in committed
     * chunks and swapped in by one {@code RENAME TABLE}; that needs the TRIGGER and CREATE ROUTINE privileges.
     * Slower in wall time. Other databases run the same changesets either way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.lowLock", defaultValue = "false")
    protected String lowLock;

    /**
     * PostgreSQL only: change populated tables without a long exclusive lock, the PostgreSQL part of
     * {@code duende.lowLock}. Indexes on existing tables are built {@code CONCURRENTLY}; the 6.1
     * {@code PersistedGrants} key move copies the table while a trigger keeps the copy current and swaps the two in a
     * short transaction (PostgreSQL 14 or later; on 12 and 13 it numbers the rows in place in committed batches).
     * {@code migrate} writes them, {@code inspect} costs the steps as they will then run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "duende.postgresLowLock", defaultValue = "false")
    protected String postgresLowLock;

    /**
     * Adds the naming parameters: a malformed {@code tableNames} entry, or one naming a table Duende does not
     * have (which would be ignored, leaving Duende's name in the changelogs), is refused.
     */
    @Override
    protected void validate(ParameterValidation validation) {
        super.validate(validation);
        validation.bool("duende.postgresLegacyTimestamps", postgresLegacyTimestamps).bool("duende.lowLock", lowLock)
                .bool("duende.postgresLowLock", postgresLowLock);
        Map<String, String> map;
        try {
            map = ParameterLists.pairs(tableNames);
        } catch (IllegalArgumentException e) {
            validation.refuse("duende.tableNames", tableNames, e.getMessage());
            return;
        }
        if (!map.isEmpty()) {
            validation.keys("duende.tableNames", map, DuendeSchema.load().tableNames(), "a Duende table");
        }
    }

    protected boolean lowLock() {
        return ParameterValidation.flag(lowLock, false);
    }

    protected boolean postgresLowLock() {
        return ParameterValidation.flag(postgresLowLock, false);
    }

    protected boolean postgresLegacyTimestamps() {
        return ParameterValidation.flag(postgresLegacyTimestamps, false);
    }

    /** {@code tableNames} as a map; {@link #validate} has refused a malformed one. */
    protected Map<String, String> tableNameMap() {
        return ParameterLists.pairs(tableNames);
    }
}
