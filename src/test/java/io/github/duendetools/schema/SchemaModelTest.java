package io.github.duendetools.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    private final DuendeSchema schema = DuendeSchema.load();

    @Test
    void tableCountsMatchTheReferenceSchemas() {
        assertEquals(22, schema.stateAt(Store.CONFIGURATION, "6.0").tables().size());
        assertEquals(3, schema.stateAt(Store.OPERATIONAL, "6.0").tables().size());
        assertEquals(22, schema.stateAt(Store.CONFIGURATION, "7.0").tables().size());
        assertEquals(5, schema.stateAt(Store.OPERATIONAL, "7.0").tables().size());
        assertEquals(30, schema.stateAt(Store.CONFIGURATION, "8.0").tables().size());
        assertEquals(8, schema.stateAt(Store.OPERATIONAL, "8.0").tables().size());
    }

    @Test
    void persistedGrantsAt61HasIdentityKeyAndNullableKey() {
        Table grants = schema.stateAt(Store.OPERATIONAL, "6.1").table("PersistedGrants");
        assertEquals(List.of("Id"), grants.primaryKey());
        assertEquals("Id", grants.columns().get(0).name());
        assertTrue(grants.requireColumn("Id").identity());
        assertEquals(LogicalType.Kind.LONG, grants.requireColumn("Id").type().kind());
        assertTrue(grants.requireColumn("Key").nullable());
        assertTrue(grants.indexes().contains(new Index(List.of("Key"), true)));
        assertFalse(schema.stateAt(Store.OPERATIONAL, "6.0").table("PersistedGrants").column("Id").isPresent());
    }

    @Test
    void clientsAt70HasEveryColumnOfTheReference() {
        assertEquals(53, schema.stateAt(Store.CONFIGURATION, "7.0").table("Clients").columns().size());
        assertEquals(400, schema.stateAt(Store.CONFIGURATION, "6.0").table("ClientRedirectUris")
                .requireColumn("RedirectUri").type().length());
    }

    @Test
    void stepsBetweenGenerations() {
        assertEquals(List.of("6.0-to-6.1", "6.1-to-6.3", "6.3-to-7.0"),
                schema.steps("6.0", "7.0").stream().map(SchemaStep::name).toList());
        assertTrue(schema.steps("7.0", "7.0").isEmpty());
    }
}
