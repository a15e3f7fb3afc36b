package io.github.duendetools.dbproof;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips tests of an unreachable PostgreSQL or MariaDB server with one loud line that says how to start it;
 * with {@code CI=true} an unreachable server fails the tests instead, so CI never goes green by skipping.
 */
final class ServerAvailability implements ExecutionCondition {
    private static final Map<Engine, String> PROBLEMS = new ConcurrentHashMap<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        RequiresServer requires = context.getRequiredTestClass().getAnnotation(RequiresServer.class);
        if (requires == null) {
            return ConditionEvaluationResult.enabled("no server needed");
        }
        Engine engine = requires.value();
        String problem = PROBLEMS.computeIfAbsent(engine, ServerAvailability::probe);
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled(engine.displayName() + " reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem.replace("; skipping", "; CI=true, so this fails"));
        }
        if (context.getTestMethod().isEmpty()) {
            System.err.println("*** " + problem + " ***");
        }
        return ConditionEvaluationResult.disabled(problem);
    }

    static String probe(Engine engine) {
        String url = engine == Engine.POSTGRESQL ? TestDatabase.POSTGRES_ADMIN_URL : TestDatabase.MARIADB_ADMIN_URL;
        String user = engine == Engine.POSTGRESQL ? "postgres" : "root";
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return "";
        } catch (SQLException e) {
            return engine == Engine.POSTGRESQL
                    ? "PostgreSQL not reachable at 127.0.0.1:5432 — start it with: pg_ctlcluster <version> main start; skipping"
                    : "MariaDB not reachable at 127.0.0.1:3306 — start it with: service mariadb start; skipping";
        }
    }
}
