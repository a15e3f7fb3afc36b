package io.github.duendetools.changelog.preview;

import io.github.duendetools.liquibase.DbmsList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A changeset's preconditions that Liquibase 4.33 tests in update-sql ({@code onSqlOutput="TEST"}), judged as its
 * offline update-sql judges them: {@code and}, {@code or} and {@code not} in document order, stopping where Liquibase
 * stops; {@code dbms} against the database's short name; {@code changeLogPropertyDefined} of
 * {@code database.databaseProductName}, which offline is "Offline " and the short name (any other property is one the
 * preview's run is not given, so its check fails). A {@code sqlCheck} that is
 * reached needs a connection, which offline has none of: Liquibase fails there. The preview reproduces only a changeset
 * whose preconditions pass offline, since then Liquibase prints its SQL as if they were not there.
 */
final class OfflinePreconditions {

    /** The outcome of a check offline: passed, failed, or reached a check that needs a live database. */
    enum Outcome { PASS, FAIL, NEEDS_DATABASE }

    /** The elements judged; any other precondition makes the preview refuse the changeset. */
    static final Set<String> ELEMENTS = Set.of("and", "or", "not", "dbms", "changeLogPropertyDefined", "sqlCheck");

    /** One element of the precondition tree: its name, the attribute it is judged by, and its children. */
    record Node(String element, String value, List<Node> children) {
    }

    private OfflinePreconditions() {
    }

    /** {@code container} is the {@code <preConditions>} element itself, which checks its children as {@code and}. */
    static Outcome check(Node container, String dbms) {
        return all(container.children(), dbms);
    }

    private static Outcome judge(Node node, String dbms) {
        return switch (node.element()) {
            case "and" -> all(node.children(), dbms);
            case "or" -> any(node.children(), dbms);
            case "not" -> none(node.children(), dbms);
            // Lower-cased like a changeset's dbms; without a type it matches no database, unlike a dbms attribute.
            case "dbms" -> node.value() != null && !node.value().isBlank() && DbmsList.matchesChangeSet(node.value(), dbms)
                    ? Outcome.PASS : Outcome.FAIL;
            case "changeLogPropertyDefined" -> ("Offline " + dbms).equals(node.value()) ? Outcome.PASS : Outcome.FAIL;
            case "sqlCheck" -> Outcome.NEEDS_DATABASE;
            default -> throw new IllegalArgumentException("not a judged precondition: " + node.element());
        };
    }

    private static Outcome all(List<Node> children, String dbms) {
        for (Node child : children) {
            Outcome o = judge(child, dbms);
            if (o != Outcome.PASS) {
                return o;
            }
        }
        return Outcome.PASS;
    }

    /** An empty {@code or} fails, as in Liquibase. */
    private static Outcome any(List<Node> children, String dbms) {
        for (Node child : children) {
            Outcome o = judge(child, dbms);
            if (o != Outcome.FAIL) {
                return o;
            }
        }
        return Outcome.FAIL;
    }

    private static Outcome none(List<Node> children, String dbms) {
        for (Node child : children) {
            Outcome o = judge(child, dbms);
            if (o == Outcome.NEEDS_DATABASE) {
                return o;
            }
            if (o == Outcome.PASS) {
                return Outcome.FAIL;
            }
        }
        return Outcome.PASS;
    }

    /** Builds the tree while the reader walks the subtree's elements. */
    static final class Builder {
        private final Deque<Open> open = new ArrayDeque<>();

        private record Open(String element, String value, List<Node> children) {
        }

        Builder() {
            open.push(new Open("preConditions", null, new ArrayList<>()));
        }

        void start(String element, String value) {
            open.push(new Open(element, value, new ArrayList<>()));
        }

        /** Closes the innermost element; returns the container once it closes, else null. */
        Node end() {
            Open closed = open.pop();
            Node node = new Node(closed.element(), closed.value(), List.copyOf(closed.children()));
            if (open.isEmpty()) {
                return node;
            }
            open.peek().children().add(node);
            return null;
        }
    }
}
