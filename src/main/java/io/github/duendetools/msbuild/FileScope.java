package io.github.duendetools.msbuild;

import io.github.duendetools.nuget.TargetFramework;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Property look-ups and functions as seen from one file ({@code MSBuildThisFile*} differ per file). */
final class FileScope implements PropertyExpander.Scope {
    /** The pattern of an MSBuild property function, compiled on first use: most scans never need it. */
    private static final class Functions {
        static final Pattern MSBUILD_FUNCTION = Pattern.compile(
                "\\[MSBuild\\]::(\\w+)\\s*\\((.*)\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /**
     * Property functions nested in each other's arguments ({@code $([MSBuild]::F($([MSBuild]::F(...))))}):
     * each level re-reads its whole argument, so without a bound a long enough file takes quadratic time
     * and then overflows the stack. Real files nest two or three.
     */
    static final int MAX_FUNCTION_NESTING = 32;

    private final PropertyTable properties;
    private final MsBuildFiles files;
    private final ExpansionBudget budget;
    /** Property functions being evaluated, innermost last. */
    private int nesting;
    private final Path declaredFile;
    /** The file and its folder, absolute and normalised; worked out on first need, as most files never ask. */
    private Path file;
    private Path directory;

    /** @param properties the evaluation's live property table, read as it changes, never written */
    FileScope(Path file, PropertyTable properties, MsBuildFiles files, ExpansionBudget budget) {
        this.properties = properties;
        this.files = files;
        this.budget = budget;
        this.declaredFile = file;
    }

    private Path file() {
        if (file == null) {
            file = declaredFile.toAbsolutePath().normalize();
        }
        return file;
    }

    private Path directory() {
        if (directory == null) {
            directory = file().getParent();
        }
        return directory;
    }

    @Override
    public PropertyValue property(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        switch (key) {
            case "msbuildthisfiledirectory":
                return PropertyValue.builtIn(name, directory() + "/");
            case "msbuildthisfile":
                return PropertyValue.builtIn(name, file().getFileName().toString());
            case "msbuildthisfilefullpath":
                return PropertyValue.builtIn(name, file().toString());
            case "msbuildthisfilename": {
                String n = file().getFileName().toString();
                int dot = n.lastIndexOf('.');
                return PropertyValue.builtIn(name, dot > 0 ? n.substring(0, dot) : n);
            }
            default:
                return properties.get(key);
        }
    }

    @Override
    public void spend(int characters) {
        budget.spend(characters);
    }

    @Override
    public String function(String expression) {
        if (nesting >= MAX_FUNCTION_NESTING) {
            throw new LimitExceeded("property functions are nested more than " + MAX_FUNCTION_NESTING + " deep");
        }
        nesting++;
        try {
            return evaluateFunction(expression);
        } finally {
            nesting--;
        }
    }

    private String evaluateFunction(String expression) {
        Matcher m = Functions.MSBUILD_FUNCTION.matcher(expression);
        if (!m.matches()) {
            return null;
        }
        List<String> arguments = new ArrayList<>();
        for (String argument : splitArguments(m.group(2))) {
            Expansion e = PropertyExpander.expand(unquote(argument.strip()), this);
            if (e.problem() != null) {
                return null;
            }
            arguments.add(e.value());
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "getpathoffileabove", "getdirectorynameoffileabove":
                return fileAbove(name.equals("getpathoffileabove"), arguments);
            case "istargetframeworkcompatible":
                return arguments.size() == 2 ? frameworkCompatible(arguments.get(0), arguments.get(1)) : null;
            case "gettargetframeworkidentifier", "gettargetframeworkversion": {
                Optional<TargetFramework> f = arguments.size() == 1 ? TargetFramework.parse(arguments.get(0)) : Optional.empty();
                if (f.isEmpty()) {
                    return null;
                }
                return name.endsWith("identifier") ? f.get().identifier() : f.get().version().text();
            }
            default:
                return null;
        }
    }

    /** MSBuild's argument order: the project's framework, then the package's; null when either is not understood. */
    private static String frameworkCompatible(String project, String library) {
        Optional<TargetFramework> consumer = TargetFramework.parse(project);
        Optional<TargetFramework> built = TargetFramework.parse(library);
        if (consumer.isEmpty() || built.isEmpty()) {
            return null;
        }
        return consumer.get().canConsume(built.get()) ? "true" : "false";
    }

    private String fileAbove(boolean pathOf, List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        // GetPathOfFileAbove(file, startingDirectory); GetDirectoryNameOfFileAbove(startingDirectory, file).
        String fileName = pathOf ? arguments.get(0) : arguments.size() > 1 ? arguments.get(1) : "";
        String start = pathOf ? (arguments.size() > 1 ? arguments.get(1) : directory().toString())
                : arguments.get(0);
        Path startDirectory = resolve(start);
        if (fileName.isBlank() || startDirectory == null) {
            return null;
        }
        Optional<Path> found = files.nearestAbove(startDirectory, fileName.strip());
        if (found.isEmpty()) {
            return "";
        }
        return pathOf ? found.get().toString() : found.get().getParent().toString();
    }

    @Override
    public Boolean exists(String path) {
        Path resolved = resolve(path);
        return resolved == null ? null : Files.exists(resolved);
    }

    /** A path as MSBuild files write it (backslashes, relative to this file), or null if it is not a path. */
    Path resolve(String text) {
        String normalized = text.strip().replace('\\', '/');
        if (normalized.isEmpty() || normalized.contains("*") || normalized.contains("?")) {
            return null;
        }
        try {
            return directory().resolve(normalized).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A wildcard {@code Import} path relative to this file, or null if it is not a path. */
    ImportWildcard wildcard(String text) {
        return ImportWildcard.of(directory(), text);
    }

    /** Function arguments split at top-level commas (not inside quotes or parentheses). */
    private static List<String> splitArguments(String text) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (!text.isBlank()) {
            arguments.add(text.substring(start));
        }
        return arguments;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
