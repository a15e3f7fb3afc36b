package io.github.duendetools.msbuild;

import io.github.duendetools.Excerpt;
import io.github.duendetools.InputException;
import io.github.duendetools.nuget.TargetFramework;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * What a shared file or one of its item groups did for an earlier project is replayed, not evaluated again,
 * when this project reaches it in the same state ({@link SharedFileMemo}).
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

    private final MsBuildFiles files;
    private final DuendePackages packages;
    /** Effects of shared files and item groups to replay, or null to evaluate everything every time. */
    private final SharedFileMemo memo;

    /** @param remember whether to replay what shared files did for earlier projects (tests compare both ways) */
    ProjectEvaluator(MsBuildFiles files, DuendePackages packages, boolean remember) {
        this.files = files;
        this.packages = packages;
        this.memo = remember ? new SharedFileMemo() : null;
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

    /** State of one evaluation. */
    private final class Run {
        private record ItemGroup(XmlDocument document, XmlElement element, FileScope scope) {
        }

        private final XmlDocument project;
        private final Path projectDirectory;
        private final PropertyTable properties = new PropertyTable();
        private final Set<String> fixed = new HashSet<>();
        private final List<ItemGroup> itemGroups = new ArrayList<>();
        private final Set<Path> imported = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final ExpansionBudget budget = new ExpansionBudget();
        /** Listens to a shared file's visit or an item group's evaluation, or null. */
        private Recording recording;

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
                if (recording != null) {
                    // Skipped because imported before: the recorded effect holds only where that is so again.
                    recording.foundImported(key);
                }
                return;
            }
            XmlDocument document = files.document(key);
            if (recording != null) {
                // Imported by a shared file being recorded: part of that file's effect.
                recording.imported(key);
                visit(document);
                return;
            }
            if (memo == null) {
                visit(document);
                return;
            }
            Recording known = memo.importOf(document, properties, fixed, imported);
            if (known != null) {
                replay(known);
                return;
            }
            Recording visiting = record();
            try {
                visit(document);
            } finally {
                stopRecording();
            }
            memo.rememberImport(document, visiting);
        }

        /** Does what a recorded visit of a shared file did, as that visit would do it again now. */
        private void replay(Recording known) {
            imported.addAll(known.imports());
            List<String> keys = known.definedKeys();
            List<PropertyValue> values = known.definedValues();
            for (int i = 0; i < keys.size(); i++) {
                properties.put(keys.get(i), values.get(i));
            }
            XmlDocument scopeDocument = null;
            FileScope scope = null;
            for (Recording.FoundGroup found : known.itemGroups()) {
                // Groups of one file come together; a file's scopes are interchangeable, so one per run of them.
                if (found.document() != scopeDocument) {
                    scopeDocument = found.document();
                    scope = new FileScope(scopeDocument.file(), properties, files, budget);
                }
                itemGroups.add(new ItemGroup(found.document(), found.element(), scope));
            }
            problems.addAll(known.problems());
        }

        /**
         * The item pass over one group, or what it did for an earlier project in the same state. Only groups of
         * shared files are remembered: a project's own are evaluated for that project alone.
         */
        private void itemGroup(ItemGroup group, List<PackageItem> items) {
            if (memo == null || group.document() == project) {
                evaluateItemGroup(group, items);
                return;
            }
            Recording known = memo.itemGroup(group.element(), properties, fixed);
            if (known != null) {
                items.addAll(known.includedCopies());
                return;
            }
            int before = items.size();
            Recording evaluating = record();
            try {
                evaluateItemGroup(group, items);
            } finally {
                stopRecording();
            }
            evaluating.included(items.subList(before, items.size()));
            memo.rememberItemGroup(group.element(), evaluating);
        }

        private Recording record() {
            recording = new Recording(fixed);
            properties.listen(recording);
            return recording;
        }

        private void stopRecording() {
            recording = null;
            properties.listen(null);
        }

        private void addItemGroup(XmlDocument document, XmlElement element, FileScope scope) {
            itemGroups.add(new ItemGroup(document, element, scope));
            if (recording != null) {
                recording.foundItemGroup(document, element);
            }
        }

        private void addProblem(String problem) {
            problems.add(problem);
            if (recording != null) {
                recording.noted(problem);
            }
        }

        private void visit(XmlDocument document) throws InputException {
            FileScope scope = new FileScope(document.file(), properties, files, budget);
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
            Expansion e = expand(property.text(), scope, document.locate(property));
            TextOrigin literal;
            if (!e.references()) {
                literal = TextOrigin.ofText(document, property);
            } else if (e.whole() != null) {
                literal = e.whole().literal();
            } else {
                literal = null;
            }
            String problem = conditionProblem != null ? conditionProblem : e.problem();
            properties.put(key, new PropertyValue(property.name(), e.value(), literal, document.locate(property),
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
            Expansion e = expand(target, scope, document.locate(element));
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
                matches = wildcard.matches();
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(document.file(), element.line(), "cannot list the files of import "
                        + Excerpt.quoted(element.attributeValue("Project")) + ": " + e.getMessage(), e);
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
            addProblem("import " + Excerpt.quoted(element.attributeValue("Project")) + " (" + document.locate(element)
                    + ") was skipped: " + reason);
        }

        private void evaluateItemGroup(ItemGroup group, List<PackageItem> items) {
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
            if (include == null && (update != null || remove != null) && recording != null) {
                // What these do depends on the items other groups made: not an effect to replay.
                recording.updatedOrRemovedItems();
            }
            if (include != null) {
                List<String> ids = ids(include, group.scope(), group.document().locate(item));
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    if (packages.isTracked(id)) {
                        PackageItem added = new PackageItem(item.name(), id, group.document().locate(item), problem);
                        applyMetadata(group, item, added);
                        items.add(added);
                    }
                }
            } else if (update != null) {
                for (String id : ids(update, group.scope(), group.document().locate(item))) {
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
                for (String id : ids(remove, group.scope(), group.document().locate(item))) {
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
                target.setMetadata(attribute.name(), metadata(attribute.value(), document.locate(item),
                        TextOrigin.ofAttribute(document, item, attribute), group.scope(), null));
            }
            List<XmlElement> children = item.children();
            for (int i = 0; i < children.size(); i++) {
                XmlElement child = children.get(i);
                Condition c = condition(document, child, group.scope());
                if (c.applies()) {
                    target.setMetadata(child.name(), metadata(child.text(), document.locate(child),
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
                throw e.at(document.locate(element));
            }
            return switch (truth) {
                case TRUE -> Condition.YES;
                case FALSE -> Condition.NO;
                case UNKNOWN -> new Condition(true, "condition cannot be evaluated: " + Excerpt.of(text.strip())
                        + " (" + document.locate(element) + ")");
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
