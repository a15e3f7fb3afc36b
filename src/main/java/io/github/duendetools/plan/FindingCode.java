package io.github.duendetools.plan;

/** The stable codes of {@link Finding}s. */
public final class FindingCode {
    public static final String DOWNGRADE = "DOWNGRADE";
    public static final String TARGET_INVALID = "TARGET_INVALID";
    public static final String TARGET_UNKNOWN = "TARGET_UNKNOWN";
    public static final String PRERELEASE_TARGET = "PRERELEASE_TARGET";
    public static final String CURRENT_UNKNOWN = "CURRENT_UNKNOWN";
    public static final String VERSION_INVALID = "VERSION_INVALID";
    public static final String UNSUPPORTED_SOURCE = "UNSUPPORTED_SOURCE";
    public static final String TOO_OLD = "TOO_OLD";
    public static final String IDENTITYSERVER4 = "IDENTITYSERVER4";
    public static final String FRAMEWORK_TOO_OLD = "FRAMEWORK_TOO_OLD";
    public static final String INCONSISTENT_VERSIONS = "INCONSISTENT_VERSIONS";
    public static final String UNRESOLVABLE = "UNRESOLVABLE";
    public static final String FLOATING_UNLOCKED = "FLOATING_UNLOCKED";
    public static final String RANGE_EMPTY = "RANGE_EMPTY";
    public static final String TRANSITIVE_ONLY = "TRANSITIVE_ONLY";
    public static final String FLOATING_LOCKED = "FLOATING_LOCKED";
    public static final String LOCK_FILE_DIFFERS = "LOCK_FILE_DIFFERS";
    public static final String ALIGNED = "ALIGNED";
    public static final String UP_TO_DATE = "UP_TO_DATE";
    public static final String NO_REFERENCES = "NO_REFERENCES";
    public static final String FRAMEWORK_UNKNOWN = "FRAMEWORK_UNKNOWN";
    public static final String NEWER_THAN_CATALOG = "NEWER_THAN_CATALOG";
    public static final String AHEAD_OF_CATALOG = "AHEAD_OF_CATALOG";
    public static final String UNUSED_DECLARATION = "UNUSED_DECLARATION";
    public static final String OLDER_PATCH = "OLDER_PATCH";

    private FindingCode() {
    }
}
