package io.github.duendetools.nuget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockFileReaderTest {

    @Test
    void longFrameworkNames() {
        assertEquals("net8.0", LockFileReader.shortName(".NETCoreApp,Version=v8.0"));
        assertEquals("netcoreapp3.1", LockFileReader.shortName(".NETCoreApp,Version=v3.1"));
        assertEquals("net472", LockFileReader.shortName(".NETFramework,Version=v4.7.2"));
        assertEquals("net48", LockFileReader.shortName(".NETFramework,Version=v4.8"));
        assertEquals("netstandard2.0", LockFileReader.shortName(".NETStandard,Version=v2.0"));
        assertEquals("net8.0", LockFileReader.shortName("net8.0"));
    }

    @Test
    void aTransitivePackageIsBroughtInByTheDirectOneWhoseTreeHoldsIt() {
        Map<String, LockFile.Locked> section = Map.of(
                "app.client", new LockFile.Locked("App.Client", "Direct", "1.0.0", List.of("Middle")),
                "middle", new LockFile.Locked("Middle", "Transitive", "2.0.0", List.of("Duende.IdentityServer")),
                "duende.identityserver", new LockFile.Locked("Duende.IdentityServer", "Transitive", "7.0.0", List.of()));
        assertEquals("App.Client", LockFile.via(section, "Duende.IdentityServer", "Direct"));
        assertNull(LockFile.via(section, "Duende.IdentityServer", "Project"));
    }
}
