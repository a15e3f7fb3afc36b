package io.github.duendetools.plan;

/**
 * What the user asked for.
 *
 * @param targetVersion    the version to move to; {@code null} means the newest stable release in the catalog
 * @param allowPrerelease  whether a pre-release target is acceptable
 * @param alignAll         whether projects that disagree on the version are moved together (from the lowest)
 * @param targetFramework  only this framework's branch of multi-targeted projects counts; {@code null} means all
 */
public record PlanPolicy(String targetVersion, boolean allowPrerelease, boolean alignAll, String targetFramework) {

    public static PlanPolicy defaults() {
        return new PlanPolicy(null, false, false, null);
    }
}
