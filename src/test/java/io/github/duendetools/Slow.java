package io.github.duendetools;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that applies changelogs on a database, runs Liquibase itself, or starts and kills JVMs of its own: together
 * they take most of the build's time. The fast inner loop ({@code mvn -B test -Pfast}, see DEVELOPERS.md) leaves
 * them out; {@code mvn -B verify} and CI run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("slow")
public @interface Slow {
}
