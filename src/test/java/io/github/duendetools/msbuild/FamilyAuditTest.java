package io.github.duendetools.msbuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duendetools.nuget.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The family list against what Duende shipped: every {@code Duende.IdentityServer*} id packed at any release tag from
 * 5.0.0 to 8.1.0-preview.2 is a family member, every member was shipped, and the first release recorded for each is
 * the first tag that shipped it. The ids per tag are recorded in {@code duende/family-audit.txt} with their source.
 */
class FamilyAuditTest {

    private record Tag(NuGetVersion version, String name, List<String> ids) {
    }

    private static List<Tag> audit() throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (InputStream in = FamilyAuditTest.class.getResourceAsStream("/duende/family-audit.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split(" ");
                String name = parts[1];
                NuGetVersion version = NuGetVersion.parse(name.startsWith("is-") ? name.substring(3) : name);
                tags.add(new Tag(version, parts[0] + "@" + name, Arrays.asList(parts).subList(3, parts.length)));
            }
        }
        return tags;
    }

    @Test
    void everyIdShippedAtAReleaseTagIsAFamilyMember() throws Exception {
        DuendePackages packages = DuendePackages.builtIn();
        List<Tag> tags = audit();
        assertEquals(128, tags.size(), "the recorded tags");
        for (Tag tag : tags) {
            for (String id : tag.ids()) {
                assertTrue(id.startsWith("Duende.IdentityServer"), tag.name() + ": " + id);
                assertTrue(packages.isFamily(id), tag.name() + " shipped " + id + ", which the family list lacks");
            }
        }
    }

    @Test
    void eachMemberFirstShippedInTheReleaseTheListSays() throws Exception {
        Map<String, NuGetVersion> first = new TreeMap<>();
        for (Tag tag : audit()) {
            for (String id : tag.ids()) {
                first.merge(id.toLowerCase(Locale.ROOT), tag.version(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        DuendePackages packages = DuendePackages.builtIn();
        assertEquals(new TreeMap<>(Map.copyOf(first)).keySet(), new java.util.TreeSet<>(packages.family()),
                "every member of the list was shipped at some tag");
        first.forEach((id, version) -> assertEquals(version.toString(), packages.firstRelease(id).orElseThrow(), id));
    }

    @Test
    void conformanceReportShipsWithEvery8xRelease() throws Exception {
        for (Tag tag : audit()) {
            boolean has = tag.ids().contains("Duende.IdentityServer.ConformanceReport");
            assertEquals(tag.version().major() >= 8, has, tag.name());
        }
    }
}
