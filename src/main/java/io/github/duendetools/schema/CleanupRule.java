package io.github.duendetools.schema;

/**
 * The rows Duende's own token cleanup deletes, one rule per table and column: those whose column holds a time
 * strictly before the cutoff, in UTC. A NULL never matches ({@code NULL < x} is not true), so a grant without an
 * expiration never expires and an unconsumed one is never "consumed".
 *
 * <p>Source: DuendeSoftware/products, {@code identity-server/src/EntityFramework.Storage/TokenCleanup/TokenCleanupService.cs}
 * ({@code RemoveExpiredPersistedGrantsAsync}: {@code Expiration < DateTime.UtcNow}; {@code RemoveDeviceCodesAsync}:
 * {@code Expiration < DateTime.UtcNow}; {@code RemoveConsumedPersistedGrantsAsync}, only when
 * {@code OperationalStoreOptions.RemoveConsumedTokens}: {@code ConsumedTime < DateTime.UtcNow - ConsumedTokenCleanupDelay}
 * seconds) and {@code Options/OperationalStoreOptions.cs} (the delay defaults to 0, the batch to 100 rows). Before
 * 6.3 (DuendeSoftware/IdentityServer, {@code src/EntityFramework.Storage/TokenCleanup/TokenCleanupService.cs}) the
 * consumed rule had no delay, which is the delay 0; the expired rules are the same from 5.0 to 8.0.
 *
 * <p>Not covered, on purpose: {@code PushedAuthorizationRequests} (7.0 and later clean it by {@code ExpiresAtUtc}),
 * because no schema step moves that table, so purging it saves nothing; {@code ServerSideSessions}, which the token
 * cleanup does not touch (Duende's session cleanup host removes expired sessions and may send back-channel logout
 * notifications for them, which a SQL delete cannot).
 */
public enum CleanupRule {
    EXPIRED_GRANTS("PersistedGrants", "Expiration", false, "expired-grants"),
    CONSUMED_GRANTS("PersistedGrants", "ConsumedTime", true, "consumed-grants"),
    EXPIRED_DEVICE_CODES("DeviceCodes", "Expiration", false, "expired-device-codes");

    /** {@code ConsumedTokenCleanupDelay}'s default, in seconds. */
    public static final int DEFAULT_CONSUMED_DELAY_SECONDS = 0;

    private final String table;
    private final String column;
    private final boolean delayed;
    private final String slug;

    CleanupRule(String table, String column, boolean delayed, String slug) {
        this.table = table;
        this.column = column;
        this.delayed = delayed;
        this.slug = slug;
    }

    /** Duende's (logical) table name. */
    public String table() {
        return table;
    }

    /** The datetime column compared with the cutoff. */
    public String column() {
        return column;
    }

    /** Whether the cutoff is now minus the consumed-token delay rather than now. */
    public boolean delayed() {
        return delayed;
    }

    /** The rule's part of a changeset id. */
    public String slug() {
        return slug;
    }

    /** Seconds before now that the cutoff lies, given the consumed-token delay. */
    public int cutoffSeconds(int consumedDelaySeconds) {
        return delayed ? consumedDelaySeconds : 0;
    }
}
