package io.github.duendetools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic .NET monorepo: SDK-style projects under central package management, a
 * {@code Directory.Build.props} that defines the Duende version as a property, and a
 * {@code Directory.Packages.props} that pins every package. Each project references five packages,
 * exactly one of them from the Duende family, and lives in a folder of at most 100 projects, as
 * large repositories group them. Deterministic: the same size always gives the same bytes.
 */
final class DotnetTreeGenerator {
    static final List<String> DUENDE_PACKAGES = List.of(
            "Duende.IdentityServer", "Duende.IdentityServer.EntityFramework", "Duende.IdentityServer.AspNetIdentity");
    private static final List<String> OTHER_PACKAGES = List.of(
            "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql.EntityFrameworkCore.PostgreSQL", "Serilog.AspNetCore",
            "Swashbuckle.AspNetCore", "Microsoft.Extensions.Http.Polly", "AutoMapper", "FluentValidation",
            "MediatR", "Newtonsoft.Json", "Microsoft.AspNetCore.Authentication.JwtBearer", "StackExchange.Redis",
            "OpenTelemetry.Extensions.Hosting");
    private static final String[] OTHER_VERSIONS = {
        "8.0.11", "8.0.10", "8.3.0", "6.9.0", "8.0.1", "13.0.1", "11.11.0", "12.4.1", "13.0.3", "8.0.11", "2.8.16", "1.10.0"
    };

    private DotnetTreeGenerator() {
    }

    /** Generates {@code projects} projects under {@code root} and returns the number of files written. */
    static int generate(Path root, int projects, String duendeVersion) throws IOException {
        Files.createDirectories(root);
        write(root.resolve("Directory.Build.props"), """
                <Project>
                  <PropertyGroup>
                    <LangVersion>latest</LangVersion>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <DuendeVersion>%s</DuendeVersion>
                  </PropertyGroup>
                </Project>
                """.formatted(duendeVersion));
        StringBuilder packages = new StringBuilder("""
                <Project>
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                """);
        for (String duende : DUENDE_PACKAGES) {
            packages.append("    <PackageVersion Include=\"").append(duende).append("\" Version=\"$(DuendeVersion)\" />\n");
        }
        for (int i = 0; i < OTHER_PACKAGES.size(); i++) {
            packages.append("    <PackageVersion Include=\"").append(OTHER_PACKAGES.get(i))
                    .append("\" Version=\"").append(OTHER_VERSIONS[i]).append("\" />\n");
        }
        packages.append("  </ItemGroup>\n</Project>\n");
        write(root.resolve("Directory.Packages.props"), packages.toString());
        for (int p = 0; p < projects; p++) {
            String name = String.format("Company.Service%05d", p);
            Path folder = root.resolve("src").resolve(String.format("area%03d", p / 100)).resolve(name);
            Files.createDirectories(folder);
            write(folder.resolve(name + ".csproj"), project(p));
        }
        return projects + 2;
    }

    private static String project(int p) {
        StringBuilder xml = new StringBuilder("""
                <Project Sdk="Microsoft.NET.Sdk.Web">

                  <PropertyGroup>
                    <TargetFramework>net8.0</TargetFramework>
                    <RootNamespace>Company.Service%05d</RootNamespace>
                    <UserSecretsId>%08x-0000-4000-8000-%012x</UserSecretsId>
                  </PropertyGroup>

                  <ItemGroup>
                """.formatted(p, p * 2654435761L & 0xffffffffL, (long) p));
        xml.append("    <PackageReference Include=\"").append(DUENDE_PACKAGES.get(p % DUENDE_PACKAGES.size())).append("\" />\n");
        for (int k = 0; k < 4; k++) {
            xml.append("    <PackageReference Include=\"").append(OTHER_PACKAGES.get((p + 3 * k) % OTHER_PACKAGES.size())).append("\" />\n");
        }
        xml.append("  </ItemGroup>\n\n");
        if (p % 100 != 0) {
            xml.append("  <ItemGroup>\n    <ProjectReference Include=\"..\\")
                    .append(String.format("Company.Service%05d\\Company.Service%05d.csproj", p - 1, p - 1))
                    .append("\" />\n  </ItemGroup>\n\n");
        }
        xml.append("</Project>\n");
        return xml.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
