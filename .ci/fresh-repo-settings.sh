#!/usr/bin/env bash
# Writes settings for a run on a fresh local repository to the file given: the plugin's group in
# <pluginGroups>, as README has users add it, and the local repository the main build filled, read as a remote
# before Central, so that the fresh repository does not download the build's hundred megabytes again. Whatever
# the run installs, and the group metadata that names the duende: prefix, is only in the fresh repository.
set -euo pipefail

feed="${HOME}/.m2/repository"
profile=""
if [ -d "$feed" ]; then
  repository="<id>feed</id><url>file://$feed</url><releases><checksumPolicy>ignore</checksumPolicy></releases>"
  profile="<profiles><profile><id>feed</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository>$repository</repository></repositories>
    <pluginRepositories><pluginRepository>$repository</pluginRepository></pluginRepositories>
  </profile></profiles>"
fi
cat > "$1" <<SETTINGS
<settings>
  <pluginGroups><pluginGroup>io.github.duendetools</pluginGroup></pluginGroups>
  $profile
</settings>
SETTINGS
