#!/usr/bin/env bash
# Installs the Maven versions the invoker ITs run on, from Maven Central by coordinates
# (org.apache.maven:apache-maven, classifier bin), and prints one Maven home per line.
# The oldest is the one README promises; the others are the newest 3.9.x and the newest Maven 4
# release candidate that Central serves; versions given as arguments replace them. Homes are kept under
# target/ci-maven, outside the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSIONS="${*:-${DUENDE_IT_MAVEN_VERSIONS:-3.6.3 3.9.16 4.0.0-rc-7}}"
homes_dir="target/ci-maven"
mkdir -p "$homes_dir"

for v in $VERSIONS; do
  home="$homes_dir/apache-maven-$v"
  if [ ! -x "$home/bin/mvn" ]; then
    mvn -B -q dependency:copy -Dartifact="org.apache.maven:apache-maven:$v:tar.gz:bin" \
      -DoutputDirectory="$homes_dir" -Dmdep.stripVersion=false >&2
    tar -xzf "$homes_dir/apache-maven-$v-bin.tar.gz" -C "$homes_dir"
    rm -f "$homes_dir/apache-maven-$v-bin.tar.gz"
  fi
  (cd "$home" && pwd)
done
