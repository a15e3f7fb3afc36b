package io.github.duendetools.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every boolean parameter of every goal, as the built plugin descriptor lists them, refuses a word that is not
 * {@code true} or {@code false} in one line, before the goal reads or writes a file. Maven itself would read
 * {@code -Dduende.dryRun=ture} as {@code false} and write the project files.
 */
class EveryBooleanIsStrictTest {
    private static final String PROJECT = "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n"
            + "  <ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"6.0.0\" /></ItemGroup>\n"
            + "</Project>\n";

    @TempDir
    Path dir;

    /** A parameter with a {@code true}/{@code false} default, as the descriptor binds it. */
    private record Flag(String goal, String implementation, String field, String property, String type) {
    }

    private static List<Flag> flags() throws Exception {
        Document descriptor;
        try (InputStream in = EveryBooleanIsStrictTest.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        List<Flag> flags = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String implementation = text(mojo, "implementation");
            if (!implementation.startsWith("io.github.duendetools.mojo.")) {
                continue; // the generated help goal
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Node n = configuration.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getAttribute("default-value").matches("true|false")) {
                    String property = e.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1");
                    flags.add(new Flag(text(mojo, "goal"), implementation, e.getTagName(), property, e.getAttribute("implementation")));
                }
            }
        }
        return flags;
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagName(child).item(0).getTextContent();
    }

    @Test
    void everyBooleanIsBoundAsTextUnderItsDuendeProperty() throws Exception {
        List<Flag> flags = flags();
        // four shared by all goals; check-upgrade adds one, migrate seven, inspect five
        assertEquals(List.of("check-upgrade", "inspect", "migrate"), flags.stream().map(Flag::goal).distinct().sorted().toList());
        assertEquals(3 * 4 + 1 + 7 + 5, flags.size(), flags.toString());
        for (Flag flag : flags) {
            assertEquals("java.lang.String", flag.type(), flag.toString());
            assertEquals("duende." + flag.field(), flag.property(), flag.toString());
        }
    }

    @Test
    void everyBooleanRefusesAWordItDoesNotKnowBeforeReadingAnything() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path project = repo.resolve("Idp.csproj");
        Files.writeString(project, PROJECT);
        for (Flag flag : flags()) {
            for (String[] bad : new String[][] {{"ture", " (did you mean true?)"}, {"flase", " (did you mean false?)"}, {"yes", ""}}) {
                Mojo mojo = configured(flag, repo);
                set(mojo, flag.field(), bad[0]);
                CapturingLog log = new CapturingLog();
                mojo.setLog(log);

                MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute, flag.toString());

                assertEquals(flag.property() + "=" + bad[0] + " is not understood: use true or false" + bad[1], e.getMessage());
                assertEquals(List.of(), log.lines, flag.toString());
                assertEquals(PROJECT, Files.readString(project));
                assertFalse(Files.exists(dir.resolve("out")), flag.toString());
                assertFalse(Files.exists(dir.resolve("changelog")), flag.toString());
            }
        }
    }

    /** The goal as Maven would configure it to run on {@code repo}, every boolean at its default. */
    private Mojo configured(Flag flag, Path repo) throws Exception {
        Mojo mojo = (Mojo) Class.forName(flag.implementation()).getConstructor().newInstance();
        set(mojo, "projectRoot", repo.toFile());
        set(mojo, "maxFileSize", 1L << 20);
        set(mojo, "targetVersion", "7.4.8");
        set(mojo, "outputDirectory", dir.resolve("out").toFile());
        set(mojo, "changelogDirectory", dir.resolve("changelog").toFile());
        if (mojo instanceof InspectMojo inspect) {
            inspect.url = SecretParameter.literal("url", "jdbc:h2:mem:never_opened");
            inspect.timeout = 10;
            inspect.environment = name -> null;
        }
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
