#!/usr/bin/env bash
# Two clean builds of the same sources must give byte-identical jars (project.build.outputTimestamp in pom.xml).
# Each build runs on a copy of the tracked files in a folder of its own, at a different path, so neither a leftover
# of the other nor the checkout's own path can make them agree or differ. Extra arguments go to both builds
# (e.g. -Prelease to compare the sources and javadoc jars too).
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for build in first second; do
  mkdir -p "$work/$build"
  git ls-files -z | xargs -0 cp --parents -t "$work/$build"
  (cd "$work/$build" && mvn -B -q package -Dmaven.test.skip=true -Dinvoker.skip "$@")
  (cd "$work/$build/target" && sha256sum ./*.jar) > "$work/$build.sha256"
done

echo "[reproducible] jars of the first build:"
cat "$work/first.sha256"
if ! diff "$work/first.sha256" "$work/second.sha256"; then
  echo "[reproducible] two clean builds gave different jars" >&2
  exit 1
fi
echo "[reproducible] the second build gave the same bytes"
