package io.github.duendetools.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    private final SchemaCatalog catalog = SchemaCatalog.load();

    @Test
    void tableCountsMatchTheReferenceSchemas() {
        assertEquals(22, catalog.stateAt(Store.CONFIGURATION, "6.0").tables().size());
        assertEquals(3, catalog.stateAt(Store.OPERATIONAL, "6.0").tables().size());
        assertEquals(22, catalog.stateAt(Store.CONFIGURATION, "7.0").tables().size());
        assertEquals(5, catalog.stateAt(Store.OPERATIONAL, "7.0").tables().size());
        assertEquals(30, catalog.stateAt(Store.CONFIGURATION, "8.0").tables().size());
        assertEquals(8, catalog.stateAt(Store.OPERATIONAL, "8.0").tables().size());
    }

    @Test
    void persistedGrantsAt61HasIdentityKeyAndNullableKey() {
        Table grants = catalog.stateAt(Store.OPERATIONAL, "6.1").table("PersistedGrants");
        assertEquals(List.of("Id"), grants.primaryKey());
        assertEquals("Id", grants.columns().get(0).name());
        assertTrue(grants.requireColumn("Id").identity());
        assertEquals(LogicalType.Kind.LONG, grants.requireColumn("Id").type().kind());
        assertTrue(grants.requireColumn("Key").nullable());
        assertTrue(grants.indexes().contains(new Index(List.of("Key"), true)));
        assertFalse(catalog.stateAt(Store.OPERATIONAL, "6.0").table("PersistedGrants").column("Id").isPresent());
    }

    @Test
    void clientsAt70HasEveryColumnOfTheReference() {
        assertEquals(53, catalog.stateAt(Store.CONFIGURATION, "7.0").table("Clients").columns().size());
        assertEquals(400, catalog.stateAt(Store.CONFIGURATION, "6.0").table("ClientRedirectUris")
                .requireColumn("RedirectUri").type().length());
    }

    @Test
    void stepsBetweenGenerations() {
        assertEquals(List.of("6.0-to-6.1", "6.1-to-6.3", "6.3-to-7.0"),
                catalog.steps("6.0", "7.0").stream().map(SchemaStep::name).toList());
        assertTrue(catalog.steps("7.0", "7.0").isEmpty());
    }

    @Test
    void releasesMapToTheirSchemaGeneration() {
        assertEquals(java.util.Optional.of("6.1"), catalog.generationFor("6.2.5"));
        assertEquals(java.util.Optional.of("7.0"), catalog.generationFor("7.4.8"));
        assertEquals(java.util.Optional.of("8.0"), catalog.generationFor("8.0.3"));
        assertEquals(java.util.Optional.of("4.1"), catalog.generationFor("4.1.2"));
        assertEquals(java.util.Optional.of("6.3"), catalog.generationFor("6.3.10-preview.1"));
        assertEquals(java.util.Optional.empty(), catalog.generationFor("3.1.4"));
        assertEquals(java.util.Optional.empty(), catalog.generationFor("latest"));
    }

    @Test
    void efTruncatesLongNamesPerProvider() {
        NameMapper names = new NameMapper(Map.of(), null);
        ForeignKey fk = new ForeignKey(List.of("IdentityResourceId"), "IdentityResources", List.of("Id"));
        assertEquals("FK_IdentityResourceProperties_IdentityResources_IdentityResour~",
                names.foreignKey("IdentityResourceProperties", fk, Dialect.POSTGRESQL));
        assertEquals("FK_IdentityResourceProperties_IdentityResources_IdentityResourc~",
                names.foreignKey("IdentityResourceProperties", fk, Dialect.MYSQL));
        assertEquals("FK_IdentityResourceProperties_IdentityResources_IdentityResourceId",
                names.foreignKey("IdentityResourceProperties", fk, Dialect.MSSQL));
        assertEquals(63, names.foreignKey("IdentityResourceProperties", fk, Dialect.POSTGRESQL).length());
    }

    @Test
    void namesFollowTheMappedTable() {
        NameMapper names = new NameMapper(Map.of("PersistedGrants", "Grants", "Clients", "Apps"), "ids");
        assertEquals("PK_Grants", names.primaryKey("PersistedGrants", Dialect.H2));
        assertEquals("IX_Grants_Key", names.index("PersistedGrants", List.of("Key"), Dialect.H2));
        assertEquals("FK_ClientScopes_Apps_ClientId", names.foreignKey("ClientScopes",
                new ForeignKey(List.of("ClientId"), "Clients", List.of("Id")), Dialect.MSSQL));
        assertEquals("[ids].[Grants]", names.qualified("PersistedGrants", Dialect.MSSQL));
        assertEquals("\"Grants\"", names.qualified("PersistedGrants", Dialect.SQLITE));
    }

    @Test
    void typesFollowEachProvider() {
        LogicalType s200 = LogicalType.parse("string(200)");
        assertEquals("nvarchar(200)", new TypeMapper(Dialect.MSSQL, false).type(s200));
        assertEquals("character varying(200)", new TypeMapper(Dialect.POSTGRESQL, false).type(s200));
        assertEquals("NVARCHAR2(200)", new TypeMapper(Dialect.ORACLE, false).type(s200));
        assertEquals("nvarchar(max)", new TypeMapper(Dialect.MSSQL, false).type(LogicalType.parse("string(50000)")));
        assertEquals("character varying(50000)", new TypeMapper(Dialect.POSTGRESQL, false).type(LogicalType.parse("string(50000)")));
        assertEquals("longtext CHARACTER SET utf8mb4", new TypeMapper(Dialect.MYSQL, false).type(LogicalType.parse("string(50000)")));
        assertEquals("nvarchar(450)", new TypeMapper(Dialect.MSSQL, false).type(LogicalType.parse("string(key)")));
        assertEquals("varchar(255) CHARACTER SET utf8mb4", new TypeMapper(Dialect.MYSQL, false).type(LogicalType.parse("string(key)")));
        LogicalType dt = LogicalType.parse("datetime");
        assertEquals("timestamp with time zone", new TypeMapper(Dialect.POSTGRESQL, false).type(dt));
        assertEquals("timestamp without time zone", new TypeMapper(Dialect.POSTGRESQL, true).type(dt));
        assertEquals("\"Id\" bigint GENERATED BY DEFAULT AS IDENTITY",
                new TypeMapper(Dialect.POSTGRESQL, false).columnDefinition(Column.parse("Id long identity")));
        assertEquals("[RequireDPoP] bit NOT NULL DEFAULT CAST(0 AS bit)",
                new TypeMapper(Dialect.MSSQL, false).columnDefinition(Column.parse("RequireDPoP bool default=false")));
        assertEquals("\"DPoPClockSkew\" INTERVAL DAY(8) TO SECOND(7) DEFAULT INTERVAL '0 00:00:00' DAY TO SECOND NOT NULL",
                new TypeMapper(Dialect.ORACLE, false).columnDefinition(Column.parse("DPoPClockSkew timespan default=zerotime")));
    }

    @Test
    void sqlServerFiltersUniqueIndexOnNullableKey() {
        Table grants = catalog.stateAt(Store.OPERATIONAL, "6.1").table("PersistedGrants");
        DdlRenderer mssql = new DdlRenderer(Dialect.MSSQL, new TypeMapper(Dialect.MSSQL, false), new NameMapper(Map.of(), null));
        assertEquals("CREATE UNIQUE INDEX [IX_PersistedGrants_Key] ON [PersistedGrants] ([Key]) WHERE [Key] IS NOT NULL",
                mssql.createIndex(grants, new Index(List.of("Key"), true)));
        DdlRenderer pg = new DdlRenderer(Dialect.POSTGRESQL, new TypeMapper(Dialect.POSTGRESQL, false), new NameMapper(Map.of(), null));
        assertEquals("CREATE UNIQUE INDEX \"IX_PersistedGrants_Key\" ON \"PersistedGrants\" (\"Key\")",
                pg.createIndex(grants, new Index(List.of("Key"), true)));
    }
}
