package io.github.duendetools.msbuild;

import io.github.duendetools.Excerpt;
import io.github.duendetools.InputException;
import io.github.duendetools.msbuild.xml.XmlAttribute;
import io.github.duendetools.msbuild.xml.XmlDocument;
import io.github.duendetools.msbuild.xml.XmlElement;
import io.github.duendetools.nuget.TargetFramework;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one project the way MSBuild does, for the part that decides package versions.
 * <p>
 * Pass 1 walks the files in import order, {@code Directory.Build.props}, {@code Directory.Packages.props}
 * (imported by the SDK's props, so before the project body), the project, {@code Directory.Build.targets},
 * following {@code Import}s inline, and sets properties (last definition wins). Pass 2 walks the item
 * groups in the same order against the final property values, as MSBuild's item pass does.
 * <p>
 * How a shared file and its item groups are taken, evaluated or replayed from an earlier project, is up to
 * the {@link SharedFileSteps} given; this class only evaluates.
 */
final class ProjectEvaluator {
    static final String PACKAGE_REFERENCE = "PackageReference";
    static final String PACKAGE_VERSION = "PackageVersion";
    static final String GLOBAL_PACKAGE_REFERENCE = "GlobalPackageReference";

    private static final List<String> ITEM_TYPES = List.of(
            PACKAGE_REFERENCE.toLowerCase(Locale.ROOT),
            PACKAGE_VERSION.toLowerCase(Locale.ROOT),
            GLOBAL_PACKAGE_REFERENCE.toLowerCase(Locale.ROOT));
    private static final List<String> ITEM_OPERATIONS = List.of("include", "update", "remove", "exclude", "condition");

    /**
     * Imports nested in each other ({@code a.csproj} imports {@code 0.props}, which imports {@code 1.props}, ...):
     * each level is evaluated inside the one that imports it, so a long enough chain would exhaust the stack. Real
     * repositories nest a handful.
     */
    static final int MAX_IMPORT_DEPTH = 128;

    private final MsBuildFiles files;
    private final DuendePackages packages;
    private final SharedFileSteps sharedFiles;

    ProjectEvaluator(MsBuildFiles files, DuendePackages packages, SharedFileSteps sharedFiles) {
        this.files = files;
        this.packages = packages;
        this.sharedFiles = sharedFiles;
    }

    /**
     * @param targetFramework the inner-build framework (a global property no file can override), or null for
     *                        the outer evaluation
     */
    Evaluation evaluate(XmlDocument project, String targetFramework) throws InputException {
        try {
            return new Run(project, targetFramework).run();
        } catch (LimitExceeded e) {
            throw e.toInputException(project.file());
        }
    }

    /** An item group met in pass 1, evaluated in pass 2 in the scope of its file. */
    record ItemGroup(XmlDocument document, XmlElement element, FileScope scope) {
    }

    /** State of one evaluation, and the steps a {@link SharedFileSteps} takes on it. */
    final class Run {

        private final XmlDocument project;
        private final Path projectDirectory;
        private final PropertyTable properties = new PropertyTable();
        private final Set<String> fixed = new HashSet<>();
        private final List<ItemGroup> itemGroups = new ArrayList<>();
        private final Set<Path> imported = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final ExpansionBudget budget = new ExpansionBudget();
        /** Imports being followed, the outermost first: each one is a few stack frames deeper. */
        private int importDepth;
        /** Hears a stretch of this evaluation, or null. */
        private EvaluationListener listener;

        Run(XmlDocument project, String targetFramework) {
            this.project = project;
            Path file = project.file().toAbsolutePath().normalize();
            this.projectDirectory = file.getParent();
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            builtIn("MSBuildProjectDirectory", projectDirectory.toString());
            builtIn("MSBuildProjectFile", fileName);
            builtIn("MSBuildProjectFullPath", file.toString());
            builtIn("MSBuildProjectName", dot > 0 ? fileName.substring(0, dot) : fileName);
            builtIn("MSBuildProjectExtension", dot > 0 ? fileName.substring(dot) : "");
            if (targetFramework != null) {
                builtIn("TargetFramework", targetFramework);
            }
            // Set on the command line (Debug, Release, ...), so nothing in the files decides it.
            properties.put("configuration", new PropertyValue("Configuration", "", null, null,
                    "$(Configuration) is chosen when the build runs", null));
            fixed.add("configuration");
        }

        private void builtIn(String name, String value) {
            String key = name.toLowerCase(Locale.ROOT);
            properties.put(key, PropertyValue.builtIn(name, value));
            fixed.add(key);
        }

        Evaluation run() throws InputException {
            Optional<Path> buildProps = files.nearestAbove(projectDirectory, "Directory.Build.props");
            if (buildProps.isPresent()) {
                importFile(buildProps.get());
            }
            Optional<Path> packagesProps = files.nearestAbove(projectDirectory, "Directory.Packages.props");
            if (packagesProps.isPresent()) {
                importFile(packagesProps.get());
            }
            imported.add(project.file().toAbsolutePath().normalize());
            visit(project);
            Optional<Path> buildTargets = files.nearestAbove(projectDirectory, "Directory.Build.targets");
            if (buildTargets.isPresent()) {
                importFile(buildTargets.get());
            }
            deriveFrameworkProperties();
            List<PackageItem> items = new ArrayList<>();
            for (ItemGroup group : itemGroups) {
                itemGroup(group, items);
            }
            return new Evaluation(properties.asMap(), items, problems);
        }

        /**
         * The SDK's targets derive these from {@code TargetFramework} after the project body, so item
         * conditions (evaluated later) can test them; properties cannot.
         */
        private void deriveFrameworkProperties() {
            Map<String, PropertyValue> values = properties.asMap();
            PropertyValue framework = values.get("targetframework");
            Optional<TargetFramework> f = framework == null ? Optional.empty() : TargetFramework.parse(framework.value());
            if (f.isEmpty()) {
                return;
            }
            values.putIfAbsent("targetframeworkidentifier",
                    PropertyValue.builtIn("TargetFrameworkIdentifier", f.get().identifier()));
            values.putIfAbsent("targetframeworkversion",
                    PropertyValue.builtIn("TargetFrameworkVersion", "v" + f.get().version().text()));
        }

        private void importFile(Path file) throws InputException {
            Path key = file.toAbsolutePath().normalize();
            if (!imported.add(key)) {
                if (listener != null) {
                    listener.foundImported(key);
                }
                return;
            }
            if (importDepth >= MAX_IMPORT_DEPTH) {
                throw new InputException(key, 0, "is imported through a chain of more than " + MAX_IMPORT_DEPTH
                        + " imports (the limit on nested imports); refusing to follow it");
            }
            importDepth++;
            try {
                sharedFiles.importFile(this, key, files.document(key));
            } finally {
                importDepth--;
            }
        }

        /** The item pass over one group; a shared file's group is taken as the shared-file steps take it. */
        private void itemGroup(ItemGroup group, List<PackageItem> items) {
            if (group.document() == project) {
                evaluateItemGroup(group, items);
            } else {
                sharedFiles.itemGroup(this, group, items);
            }
        }

        /** The current properties by lower-case name; reading them here is not heard by a listener. */
        PropertyValue property(String key) {
            return properties.peek(key);
        }

        void setProperty(String key, PropertyValue value) {
            properties.put(key, value);
        }

        /** The properties no file can define (global ones), lower case. */
        Set<String> fixed() {
            return fixed;
        }

        /** The files imported so far, absolute and normalized. */
        Set<Path> imported() {
            return imported;
        }

        /** Has {@code listener} hear this evaluation from now on, or no listener when null. */
        void listen(EvaluationListener listener) {
            this.listener = listener;
            properties.listen(listener);
        }

        /** A scope for the item groups of {@code document}, on the current properties. */
        FileScope scope(XmlDocument document) {
            return new FileScope(document.file(), properties, files, budget);
        }

        void addItemGroup(XmlDocument document, XmlElement element, FileScope scope) {
            itemGroups.add(new ItemGroup(document, element, scope));
            if (listener != null) {
                listener.foundItemGroup(document, element);
            }
        }

        void addProblem(String problem) {
            problems.add(problem);
            if (listener != null) {
                listener.noted(problem);
            }
        }

        /** Pass 1 over a file: its properties, imports and item groups. */
        void visit(XmlDocument document) throws InputException {
            FileScope scope = scope(document);
            visitChildren(document, document.root(), scope);
        }

        private void visitChildren(XmlDocument document, XmlElement parent, FileScope scope) throws InputException {
            List<XmlElement> children = parent.children();
            for (int i = 0; i < children.size(); i++) {
                XmlElement element = children.get(i);
                switch (element.name()) {
                    case "PropertyGroup" -> propertyGroup(document, element, scope);
                    case "ItemGroup" -> addItemGroup(document, element, scope);
                    case "Import" -> importElement(document, element, scope);
                    case "ImportGroup" -> {
                        Condition c = condition(document, element, scope);
                        if (c.applies()) {
                            for (XmlElement child : element.children()) {
                                if (!child.name().equals("Import")) {
                                    continue;
                                }
                                if (c.problem() != null) {
                                    skip(document, child, c.problem());
                                } else {
                                    importElement(document, child, scope);
                                }
                            }
                        }
                    }
                    case "Choose" -> choose(document, element, scope);
                    default -> {
                        // Targets, item definitions, tasks and project extensions do not decide package versions.
                    }
                }
            }
        }

        private void choose(XmlDocument document, XmlElement choose, FileScope scope) throws InputException {
            List<XmlElement> branches = choose.children();
            for (int i = 0; i < branches.size(); i++) {
                XmlElement branch = branches.get(i);
                if (branch.name().equals("Otherwise")) {
                    visitChildren(document, branch, scope);
                    return;
                }
                if (branch.name().equals("When")) {
                    Condition c = condition(document, branch, scope);
                    if (c.problem() != null) {
                        addProblem(c.problem());
                        return;
                    }
                    if (c.applies()) {
                        visitChildren(document, branch, scope);
                        return;
                    }
                }
            }
        }

        private void propertyGroup(XmlDocument document, XmlElement group, FileScope scope) {
            Condition groupCondition = condition(document, group, scope);
            if (!groupCondition.applies()) {
                return;
            }
            List<XmlElement> properties = group.children();
            for (int i = 0; i < properties.size(); i++) {
                XmlElement property = properties.get(i);
                Condition c = condition(document, property, scope);
                if (!c.applies()) {
                    continue;
                }
                String problem = groupCondition.problem() != null ? groupCondition.problem() : c.problem();
                define(document, property, scope, problem);
            }
        }

        private void define(XmlDocument document, XmlElement property, FileScope scope, String conditionProblem) {
            String key = property.name().toLowerCase(Locale.ROOT);
            if (fixed.contains(key)) {
                return;
            }
            Expansion e = expand(property.text(), scope, SourceLocation.of(document, property));
            TextOrigin literal;
            if (!e.references()) {
                literal = TextOrigin.ofText(document, property);
            } else if (e.whole() != null) {
                literal = e.whole().literal();
            } else {
                literal = null;
            }
            String problem = conditionProblem != null ? conditionProblem : e.problem();
            properties.put(key, new PropertyValue(property.name(), e.value(), literal, SourceLocation.of(document, property),
                    problem, e.undefined()));
        }

        private void importElement(XmlDocument document, XmlElement element, FileScope scope) throws InputException {
            String target = element.attributeValue("Project");
            if (target == null || element.attributeValue("Sdk") != null) {
                return;
            }
            Condition c = condition(document, element, scope);
            if (!c.applies()) {
                return;
            }
            if (c.problem() != null) {
                skip(document, element, c.problem());
                return;
            }
            Expansion e = expand(target, scope, SourceLocation.of(document, element));
            if (e.problem() != null) {
                skip(document, element, "its path cannot be evaluated: " + e.problem());
                return;
            }
            // An undefined property expands to nothing, as in MSBuild; what is then not found in the repository is
            // the SDK's or the toolchain's ($(MSBuildExtensionsPath), $(MSBuildToolsPath), ...): not ours to read.
            boolean toolchain = e.undefined() != null;
            if (e.value().isBlank()) {
                // GetPathOfFileAbove found nothing (its search stops at the root): nothing to import.
                return;
            }
            if (ImportWildcard.isWildcard(e.value())) {
                importWildcard(document, element, scope, e.value(), toolchain);
                return;
            }
            Path path = scope.resolve(e.value());
            boolean inside = path != null && path.startsWith(files.root());
            // Outside the root, only a file the ancestor look-ups found (a parent Directory.Build.props) is read.
            Path file = path == null ? null : files.existingFile(path);
            if (file != null) {
                importFile(file);
            } else if (!toolchain) {
                skip(document, element, path == null ? "its path cannot be evaluated: " + Excerpt.quoted(e.value())
                        : inside ? "the file does not exist" : "it is outside the scanned root " + files.root());
            }
        }

        /** Every file a wildcard matches, in MSBuild's order; none is fine, as in MSBuild. */
        private void importWildcard(XmlDocument document, XmlElement element, FileScope scope, String pattern,
                                    boolean toolchain) throws InputException {
            ImportWildcard wildcard = scope.wildcard(pattern);
            if (wildcard == null || !wildcard.base().startsWith(files.root())) {
                if (!toolchain) {
                    skip(document, element, wildcard == null ? "its path cannot be evaluated: " + Excerpt.quoted(pattern)
                            : "it is outside the scanned root " + files.root());
                }
                return;
            }
            List<Path> matches;
            try {
                if (Files.isDirectory(wildcard.base())) {
                    // A folder linked out of the root is not listed, as a file linked out is not read.
                    files.requireReadable(wildcard.base());
                }
                matches = wildcard.matches();
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(document.file(), element.line(), "cannot list the files of import "
                        + Excerpt.quoted(element.attributeValue("Project")) + ": " + e.getMessage(), e);
            } catch (ImportWildcard.WildcardTooBroad e) {
                throw new InputException(document.file(), element.line(), "import "
                        + Excerpt.quoted(element.attributeValue("Project")) + " is refused: " + e.getMessage());
            }
            for (Path match : matches) {
                importFile(match);
            }
        }

        /**
         * An import of the user's that cannot be followed. What its file would define is unknown: properties after
         * it, items before it (the first {@code Include} wins) or after it ({@code Update}), so every version of the
         * evaluation is uncertain, and the message names the import.
         */
        private void skip(XmlDocument document, XmlElement element, String reason) {
            addProblem("import " + Excerpt.quoted(element.attributeValue("Project")) + " (" + SourceLocation.of(document, element)
                    + ") was skipped: " + reason);
        }

        /** Pass 2 over one item group: the items it includes, updates and removes in {@code items}. */
        void evaluateItemGroup(ItemGroup group, List<PackageItem> items) {
            Condition groupCondition = condition(group.document(), group.element(), group.scope());
            if (!groupCondition.applies()) {
                return;
            }
            List<XmlElement> elements = group.element().children();
            for (int i = 0; i < elements.size(); i++) {
                XmlElement item = elements.get(i);
                if (!isOneOf(item.name(), ITEM_TYPES)) {
                    continue;
                }
                Condition c = condition(group.document(), item, group.scope());
                if (!c.applies()) {
                    continue;
                }
                String problem = groupCondition.problem() != null ? groupCondition.problem() : c.problem();
                item(group, item, problem, items);
            }
        }

        private void item(ItemGroup group, XmlElement item, String problem, List<PackageItem> items) {
            String include = item.attributeValue("Include");
            String update = item.attributeValue("Update");
            String remove = item.attributeValue("Remove");
            if (include == null && (update != null || remove != null) && listener != null) {
                listener.updatedOrRemovedItems();
            }
            if (include != null) {
                List<String> ids = ids(include, group.scope(), SourceLocation.of(group.document(), item));
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    if (packages.isTracked(id)) {
                        PackageItem added = new PackageItem(item.name(), id, SourceLocation.of(group.document(), item), problem);
                        applyMetadata(group, item, added);
                        items.add(added);
                    }
                }
            } else if (update != null) {
                for (String id : ids(update, group.scope(), SourceLocation.of(group.document(), item))) {
                    for (PackageItem existing : items) {
                        if (existing.is(item.name()) && existing.id().equalsIgnoreCase(id)) {
                            if (problem != null) {
                                existing.addProblem(problem);
                            }
                            applyMetadata(group, item, existing);
                        }
                    }
                }
            } else if (remove != null && problem == null) {
                for (String id : ids(remove, group.scope(), SourceLocation.of(group.document(), item))) {
                    items.removeIf(existing -> existing.is(item.name()) && existing.id().equalsIgnoreCase(id));
                }
            }
        }

        private List<String> ids(String text, FileScope scope, SourceLocation at) {
            String value;
            try {
                value = PropertyExpander.value(text, scope);
            } catch (LimitExceeded e) {
                throw e.at(at);
            }
            if (value.indexOf(';') < 0) {
                // One id, as nearly always: what the split below gives, without it.
                return value.isBlank() ? List.of() : List.of(value.strip());
            }
            List<String> ids = new ArrayList<>();
            for (String part : value.split(";")) {
                if (!part.isBlank()) {
                    ids.add(part.strip());
                }
            }
            return ids;
        }

        private void applyMetadata(ItemGroup group, XmlElement item, PackageItem target) {
            XmlDocument document = group.document();
            List<XmlAttribute> attributes = item.attributes();
            for (int i = 0; i < attributes.size(); i++) {
                XmlAttribute attribute = attributes.get(i);
                if (isOneOf(attribute.name(), ITEM_OPERATIONS)) {
                    continue;
                }
                target.setMetadata(attribute.name(), metadata(attribute.value(), SourceLocation.of(document, item),
                        TextOrigin.ofAttribute(document, item, attribute), group.scope(), null));
            }
            List<XmlElement> children = item.children();
            for (int i = 0; i < children.size(); i++) {
                XmlElement child = children.get(i);
                Condition c = condition(document, child, group.scope());
                if (c.applies()) {
                    target.setMetadata(child.name(), metadata(child.text(), SourceLocation.of(document, child),
                            TextOrigin.ofText(document, child), group.scope(), c.problem()));
                }
            }
        }

        private ItemMetadata metadata(String raw, SourceLocation at, TextOrigin asWritten, FileScope scope,
                                      String problem) {
            Expansion e = expand(raw, scope, at);
            TextOrigin literal;
            if (!e.references()) {
                literal = asWritten;
            } else if (e.whole() != null) {
                literal = e.whole().literal();
            } else {
                literal = null;
            }
            return new ItemMetadata(raw, e, at, literal, problem);
        }

        /** {@link PropertyExpander#expand}, a limit met placed at {@code at}. */
        private Expansion expand(String text, FileScope scope, SourceLocation at) {
            try {
                return PropertyExpander.expand(text, scope);
            } catch (LimitExceeded e) {
                throw e.at(at);
            }
        }

        private Condition condition(XmlDocument document, XmlElement element, FileScope scope) {
            String text = element.attributeValue("Condition");
            ConditionEvaluator.Truth truth;
            try {
                truth = ConditionEvaluator.evaluate(text, scope);
            } catch (LimitExceeded e) {
                throw e.at(SourceLocation.of(document, element));
            }
            return switch (truth) {
                case TRUE -> Condition.YES;
                case FALSE -> Condition.NO;
                case UNKNOWN -> new Condition(true, "condition cannot be evaluated: " + Excerpt.of(text.strip())
                        + " (" + SourceLocation.of(document, element) + ")");
            };
        }

    }


    private static boolean isOneOf(String name, List<String> lowerCaseNames) {
        for (int i = 0; i < lowerCaseNames.size(); i++) {
            if (LowerCase.equals(name, lowerCaseNames.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element applies ({@code applies}) and, if that is not certain, why. */
    private record Condition(boolean applies, String problem) {
        static final Condition YES = new Condition(true, null);
        static final Condition NO = new Condition(false, null);
    }
}
