#!/usr/bin/env bash
# README's route for a .NET repository without a POM, on one Maven: its install step into a fresh local
# repository, then `mvn duende:help`, offline, in an empty folder with the plugin's group in <pluginGroups>.
# Maven finds a prefix only in the group's maven-metadata-local.xml, which that install must write
# (on Maven 3.6 and 3.8 it did not while the POM pinned maven-install-plugin 3.x).
# Usage: prefix-route.sh [maven home]   (default: the mvn on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn_cmd="mvn"
if [ $# -gt 0 ]; then
  mvn_cmd="$(cd "$1" && pwd)/bin/mvn"
fi
# (some distributions colour the version banner even in batch mode)
version="$("$mvn_cmd" -B -v | sed -e 's/\x1b\[[0-9;]*m//g' | sed -n 's/^Apache Maven \([^ ]*\).*/\1/p')"
[ -n "$version" ] || { echo "[ci] prefix route: $mvn_cmd -v names no Maven version" >&2; exit 1; }
work="$PWD/target/prefix-route/$version"
repo="$work/repository"
rm -rf "$work"
mkdir -p "$work/empty"

bash .ci/fresh-repo-settings.sh "$work/settings.xml"

fail() {
  echo "[ci] prefix route on Maven $version FAILED: $1 (log: $2)" >&2
  tail -n 30 "$2" >&2
  exit 1
}

# The README's install step, on this Maven.
"$mvn_cmd" -B install -DskipTests -Dinvoker.skip -s "$work/settings.xml" -Dmaven.repo.local="$repo" \
  > "$work/install.log" 2>&1 || fail "install" "$work/install.log"

(cd "$work/empty" && "$mvn_cmd" -B -o -s "$work/settings.xml" -Dmaven.repo.local="$repo" duende:help) \
  > "$work/prefix.log" 2>&1 || fail "duende:help" "$work/prefix.log"
grep -q "Display help information on duende-maven-plugin" "$work/prefix.log" \
  || fail "duende:help printed no help" "$work/prefix.log"
echo "[ci] prefix route on Maven $version: install, then duende:help through pluginGroups"
