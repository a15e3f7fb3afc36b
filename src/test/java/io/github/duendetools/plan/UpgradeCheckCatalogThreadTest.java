package io.github.duendetools.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.duendetools.InputException;
import io.github.duendetools.catalog.Catalog;
import io.github.duendetools.msbuild.ScanOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog is read on its own thread while the scan runs; failures still surface as if it ran first. */
class UpgradeCheckCatalogThreadTest {

    private static final PlanPolicy POLICY = new PlanPolicy("7.0.0", false, false, null);

    @TempDir
    Path root;

    private void project(String name, String body) throws Exception {
        Files.writeString(root.resolve(name), body, StandardCharsets.UTF_8);
    }

    @Test
    void plansWithTheCatalogTheSourceGaveOnAnotherThread() throws Exception {
        project("Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net8.0"
                + "</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include=\"Duende.IdentityServer\""
                + " Version=\"6.3.0\" /></ItemGroup></Project>");
        AtomicReference<Thread> loadedOn = new AtomicReference<>();
        UpgradeCheck.Checked checked = new UpgradeCheck(ScanOptions.defaults(), () -> {
            loadedOn.set(Thread.currentThread());
            return Catalog.builtIn();
        }).check(root, POLICY);

        assertSame(Catalog.builtIn(), checked.catalog());
        assertNotEquals(Thread.currentThread(), loadedOn.get());
        assertEquals(new UpgradeCheck(ScanOptions.defaults(), Catalog.builtIn()).run(root, POLICY).steps(),
                checked.plan().steps());
        assertEquals(1, checked.plan().steps().size(), "6.3 to 7.0 is one step");
    }

    @Test
    void aBrokenCatalogIsReportedBeforeABrokenProjectFile() throws Exception {
        project("Broken.csproj", "<Project><ItemGroup>");
        Path catalogFile = root.resolve("catalog.yaml");
        InputException thrown = assertThrows(InputException.class, () -> new UpgradeCheck(ScanOptions.defaults(),
                () -> {
                    throw new InputException(catalogFile, 3, "not valid YAML");
                }).check(root, POLICY));
        assertEquals(catalogFile + ":3: not valid YAML", thrown.getMessage());
    }

    @Test
    void aBrokenProjectFileIsReportedWhenTheCatalogIsFine() throws Exception {
        project("Broken.csproj", "<Project><ItemGroup>");
        InputException thrown = assertThrows(InputException.class,
                () -> new UpgradeCheck(ScanOptions.defaults(), Catalog::builtIn).check(root, POLICY));
        assertEquals(root.resolve("Broken.csproj"), thrown.file());
    }

    @Test
    void aCatalogBugIsNotTurnedIntoAnInputError() {
        IllegalStateException bug = new IllegalStateException("built-in catalog is broken");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> new UpgradeCheck(ScanOptions.defaults(),
                () -> {
                    throw bug;
                }).check(root, POLICY)));
    }
}
