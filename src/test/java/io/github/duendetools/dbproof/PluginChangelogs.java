package io.github.duendetools.dbproof;

import io.github.duendetools.changelog.ChangelogGenerator;
import io.github.duendetools.changelog.ChangelogOptions;
import java.nio.file.Path;
import java.util.List;

/** The changelogs under proof: what the plugin's generator emits for the step and naming variant. */
final class PluginChangelogs implements ChangelogSource {

    @Override
    public void write(String from, String to, ProofVariant variant, Path directory) throws Exception {
        new ChangelogGenerator().generate(from, to, new ChangelogOptions(directory, variant.schema(), null, null,
                variant.tableNames(), false, List.of(), null, false).withLowLock(variant.lowLock()));
    }
}
