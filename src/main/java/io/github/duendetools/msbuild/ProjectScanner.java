package io.github.duendetools.msbuild;

import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.RawText;
import io.github.duendetools.msbuild.xml.SafeXmlReader;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import io.github.duendetools.nuget.LockFile;
import io.github.duendetools.nuget.LockFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every project under a root and reports each Duende-family (or IdentityServer4) package per
 * project and target framework, evaluated as MSBuild and NuGet would. The entry point of discovery.
 * Not thread-safe (it caches shared files); use one scanner per scan.
 */
public final class ProjectScanner {
    private final ScanOptions options;
    private final DuendePackages packages = DuendePackages.builtIn();
    private final boolean rememberSharedFiles;

    public ProjectScanner(ScanOptions options) {
        this(options, true);
    }

    /** @param rememberSharedFiles whether to replay shared files' effects (tests compare both ways) */
    ProjectScanner(ScanOptions options, boolean rememberSharedFiles) {
        this.options = options == null ? ScanOptions.defaults() : options;
        this.rememberSharedFiles = rememberSharedFiles;
    }

    public ScanResult scan(Path root) throws InputException {
        Path start = root.toAbsolutePath().normalize();
        ProjectFinder finder = new ProjectFinder(options.excludes());
        List<Path> projects = finder.find(start);
        SafeXmlReader reader = new SafeXmlReader(options.maxFileSize());
        MsBuildFiles files = new MsBuildFiles(start, reader);
        ProjectEvaluator evaluator = new ProjectEvaluator(files, packages,
                rememberSharedFiles ? new SharedFileReplay() : SharedFileSteps.EVALUATE);
        DeclarationResolver resolver = new DeclarationResolver();
        LockedVersions locked = new LockedVersions(packages);
        LockFileReader lockReader = new LockFileReader();
        PackagesConfigReferences packagesConfig = new PackagesConfigReferences(packages);

        List<DuendeReference> references = new ArrayList<>();
        List<XmlDocument> projectDocuments = new ArrayList<>();
        Map<Path, SourceLocation> frameworksAt = new HashMap<>();
        for (Path project : projects) {
            XmlDocument document = reader.read(project);
            projectDocuments.add(document);
            Evaluation outer = evaluator.evaluate(document, null);
            List<String> frameworks = TargetFrameworks.of(outer);
            SourceLocation frameworksDefinedAt = TargetFrameworks.definedAt(outer);
            if (frameworksDefinedAt != null) {
                frameworksAt.put(project, frameworksDefinedAt);
            }
            Path lockPath = project.resolveSibling("packages.lock.json");
            // Anything there but a folder counts, so that a FIFO or a device is refused by name, not passed over.
            boolean hasLock = Files.exists(lockPath) && !Files.isDirectory(lockPath);
            LockFile lock = null;
            RawText lockText = null;
            if (hasLock) {
                files.requireReadable(lockPath);
                lockText = reader.readText(lockPath);
                lock = lockReader.read(lockText);
            }
            boolean inner = TargetFrameworks.multiTargeting(outer);
            // One evaluation per inner build; a single-framework project (or none) is its outer evaluation.
            List<String> evaluated = inner ? frameworks
                    : frameworks.isEmpty() ? Collections.singletonList(null) : List.of(frameworks.get(0));
            for (String framework : evaluated) {
                Evaluation evaluation = inner ? evaluator.evaluate(document, framework) : outer;
                List<DuendeReference> found = resolver.resolve(project, framework, frameworks, evaluation);
                if (lock != null) {
                    found = locked.apply(project, framework, frameworks, found, lockPath, lock, lockText);
                }
                references.addAll(found);
            }
            Path configPath = project.resolveSibling("packages.config");
            if (!sdkStyle(document) && Files.exists(configPath) && !Files.isDirectory(configPath)) {
                files.requireReadable(configPath);
                references.addAll(packagesConfig.read(project, reader.read(configPath),
                        frameworks.isEmpty() ? null : frameworks.get(0)));
            }
        }
        references.sort(ReferenceOrder.INSTANCE);
        for (Path shared : finder.findDirectoryFiles(start)) {
            files.document(shared);
        }
        List<XmlDocument> documents = new ArrayList<>(projectDocuments);
        // A file above the root may serve projects outside the scan: what it declares is not ours to call unused.
        files.documentsRead().stream().filter(d -> d.file().toAbsolutePath().normalize().startsWith(start)).forEach(documents::add);
        return new ScanResult(start, projects, references, unused(documents, references), frameworksAt);
    }

    /** Family versions written in the files in scope that no evaluated reference takes its version from. */
    private List<FamilyDeclaration> unused(List<XmlDocument> documents, List<DuendeReference> references) {
        Set<String> used = new HashSet<>();
        for (DuendeReference r : references) {
            if (r.span() != null) {
                used.add(key(r.span()));
            }
        }
        FamilyDeclarations sweep = new FamilyDeclarations(packages, documents.stream().anyMatch(FamilyDeclarations::turnsOnPinning));
        Map<String, FamilyDeclaration> unused = new TreeMap<>();
        for (XmlDocument document : documents) {
            for (FamilyDeclaration d : sweep.in(document)) {
                if (!used.contains(key(d.span()))) {
                    unused.putIfAbsent(key(d.span()), d);
                }
            }
        }
        List<FamilyDeclaration> list = new ArrayList<>(unused.values());
        list.sort(Comparator.comparing((FamilyDeclaration d) -> d.at().file().toString()).thenComparingInt(d -> d.at().line())
                .thenComparingLong(d -> d.span().start()));
        return list;
    }

    private static String key(VersionSpan span) {
        return span.file().toAbsolutePath().normalize() + "#" + span.start() + "-" + span.end();
    }

    /** SDK-style projects restore from PackageReference only; old-style ones may use packages.config. */
    static boolean sdkStyle(XmlDocument project) {
        XmlElement root = project.root();
        if (root.attributeValue("Sdk") != null) {
            return true;
        }
        for (XmlElement child : root.children()) {
            if (child.name().equals("Sdk") || child.name().equals("Import") && child.attributeValue("Sdk") != null) {
                return true;
            }
        }
        return false;
    }
}
