package io.github.duendetools.mojo;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * A parameter whose value Maven's debug log must not show. With {@code -X}, Maven prints every value it sets on a
 * mojo ({@code (f) password = ...}, and {@code (s)} for what it hands a setter), whatever the field's type. A field of
 * type {@link PlexusConfiguration} is handed the parameter's configuration unevaluated ({@code ${duende.password}}), so
 * that is what Maven prints; the value is evaluated here, where nothing logs it.
 */
final class SecretParameter {
    private SecretParameter() {
    }

    /** The parameter's value: its expression evaluated as Maven would, or its text as it is outside a Maven run. */
    static String value(PlexusConfiguration parameter, MavenSession session, MojoExecution execution)
            throws ExpressionEvaluationException {
        if (parameter == null) {
            return null;
        }
        String text = parameter.getValue(null);
        if (text == null || session == null || execution == null) {
            return text;
        }
        Object value = new PluginParameterExpressionEvaluator(session, execution).evaluate(text);
        return value == null ? null : value.toString();
    }

    /** A parameter given as plain text, as a test sets one. */
    static PlexusConfiguration literal(String name, String value) {
        return new DefaultPlexusConfiguration(name, value);
    }
}
