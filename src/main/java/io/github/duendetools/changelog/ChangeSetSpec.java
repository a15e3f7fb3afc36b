package io.github.duendetools.changelog;

import io.github.duendetools.schema.Dialect;
import java.util.List;
import java.util.Map;

/**
 * One changeset to write: its id, label, comment, preconditions (an XML fragment inside
 * {@code <preConditions>}, with what a failure and an error do) and, per dialect, the statements forward and for rollback.
 * {@code dbms} limits the whole changeset to one database family (null: every database); {@code runInTransaction}
 * false lets PostgreSQL build an index {@code CONCURRENTLY} and commit between batches. {@code rollbackChecks} run
 * at the start of the rollback, before its statements; they are not part of the checksum, which covers only the
 * forward changes, so a released changeset can gain them.
 */
record ChangeSetSpec(String id, String label, String comment, String onFail, String onFailMessage, String onError,
                            String preconditions, Map<Dialect, List<String>> forward,
                            Map<Dialect, List<String>> rollback, String dbms, boolean runInTransaction,
                            List<DbmsStatement> rollbackChecks) {

    public ChangeSetSpec(String id, String label, String comment, String onFail, String onFailMessage, String onError,
                         String preconditions, Map<Dialect, List<String>> forward, Map<Dialect, List<String>> rollback,
                         String dbms, boolean runInTransaction) {
        this(id, label, comment, onFail, onFailMessage, onError, preconditions, forward, rollback, dbms,
                runInTransaction, List.of());
    }

    /** A changeset for every database, run in one transaction. */
    public ChangeSetSpec(String id, String label, String comment, String onFail, String onFailMessage, String onError,
                         String preconditions, Map<Dialect, List<String>> forward, Map<Dialect, List<String>> rollback) {
        this(id, label, comment, onFail, onFailMessage, onError, preconditions, forward, rollback, null, true);
    }

    public ChangeSetSpec withRollbackChecks(List<DbmsStatement> checks) {
        return new ChangeSetSpec(id, label, comment, onFail, onFailMessage, onError, preconditions, forward, rollback,
                dbms, runInTransaction, List.copyOf(checks));
    }
}
