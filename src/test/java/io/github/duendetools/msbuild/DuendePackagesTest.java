package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DuendePackagesTest {
    private static final DuendePackages PACKAGES = DuendePackages.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"Duende.IdentityServer", "duende.identityserver.storage", "Duende.IdentityServer.EntityFramework",
        "Duende.IdentityServer.EntityFramework.Storage", "Duende.IdentityServer.AspNetIdentity",
        "Duende.IdentityServer.Configuration", "DUENDE.IDENTITYSERVER.CONFIGURATION.ENTITYFRAMEWORK",
        "Duende.IdentityServer.ConformanceReport"})
    void family(String id) {
        assertTrue(PACKAGES.isFamily(id));
        assertTrue(PACKAGES.isTracked(id));
        assertFalse(PACKAGES.isPredecessor(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IdentityServer4", "identityserver4.accesstokenvalidation", "IdentityServer4.EntityFramework"})
    void predecessor(String id) {
        assertTrue(PACKAGES.isPredecessor(id));
        assertTrue(PACKAGES.isTracked(id));
        assertFalse(PACKAGES.isFamily(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Skoruba.Duende.IdentityServer.Admin", "Rsk.Saml.DuendeIdentityServer", "Duende.IdentityServer.Templates",
        "Duende.BFF", "IdentityServer4Ext", "Duende.IdentityServerX", "Microsoft.AspNetCore.ApiAuthorization.IdentityServer"})
    void notTracked(String id) {
        assertFalse(PACKAGES.isTracked(id));
    }

    @Test
    void badDataLineIsRejected() {
        assertThrows(IllegalStateException.class, () -> DuendePackages.parse(List.of("member Duende.X")));
        // a member without the release that first shipped it
        assertThrows(IllegalStateException.class, () -> DuendePackages.parse(List.of("family Duende.X")));
    }
}
