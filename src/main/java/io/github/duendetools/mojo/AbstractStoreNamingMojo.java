package io.github.duendetools.mojo;

import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The naming the Duende stores were created with, which {@code migrate} writes changelogs for and {@code inspect}
 * compares a live database against: both goals must read these parameters alike.
 */
abstract class AbstractStoreNamingMojo extends AbstractDuendeMojo {

    /** Default database schema of both stores (Duende's {@code DefaultSchema}); none by default. */
    @Parameter(property = "duende.schema")
    protected String schema;

    /** Schema of the configuration store, when it differs from {@code duende.schema}. */
    @Parameter(property = "duende.configurationSchema")
    protected String configurationSchema;

    /** Schema of the operational store, when it differs from {@code duende.schema}. */
    @Parameter(property = "duende.operationalSchema")
    protected String operationalSchema;

    /**
     * Table names mapped as Duende's {@code TableConfiguration} allows, Duende's name to yours, comma
     * separated: {@code PersistedGrants=Grants,Clients=OidcClients}. Key, index and constraint names
     * follow the mapped names as EF Core derives them.
     */
    @Parameter(property = "duende.tableNames")
    protected String tableNames;

    /** PostgreSQL timestamps {@code without time zone}, as Npgsql's legacy timestamp behaviour creates them. */
    @Parameter(property = "duende.postgresLegacyTimestamps", defaultValue = "false")
    protected boolean postgresLegacyTimestamps;

    /** {@code tableNames} as a map, checked: a malformed entry is a one-line error naming the parameter. */
    protected Map<String, String> tableNameMap() throws MojoExecutionException {
        try {
            return ParameterLists.pairs(tableNames);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("duende.tableNames: " + e.getMessage());
        }
    }
}
