#!/usr/bin/env bash
# README's commands on the shipped sample, as written, through the Maven wrapper, into a fresh local repository
# (MAVEN_ARGS, which Maven adds to every command line since 3.9, points them there):
# 1. the quick start: install, then the sample, which checks, migrates, applies the changelogs to H2 and ends
#    with inspect naming the generation the database now holds;
# 2. migrate again on the copy: it must say there is nothing to change and write no file outside samples/target/duende;
# 3. inspect the sample's database again.
set -euo pipefail
cd "$(dirname "$0")/.."

quick_start='./mvnw -B install -DskipTests -Dinvoker.skip && ./mvnw -B -f samples/pom.xml verify'
migrate_again='./mvnw -f samples/pom.xml duende:migrate'
inspect_again='./mvnw -f samples/pom.xml duende:inspect'

work="$PWD/target/readme-commands"
rm -rf "$work"
mkdir -p "$work"
bash .ci/fresh-repo-settings.sh "$work/settings.xml"
export MAVEN_ARGS="-s $work/settings.xml -Dmaven.repo.local=$work/repository"

fail() {
  echo "[ci] README commands FAILED: $1${2:+ (log: $2)}" >&2
  if [ -n "${2:-}" ]; then tail -n 40 "$2" >&2; fi
  exit 1
}
# The line number of the first line of $2 holding $1, or a failure naming it.
line_of() {
  grep -n -m1 -F "$1" "$2" | cut -d: -f1 | grep . || fail "no line '$1'" "$2"
}

for command in "$quick_start" "$migrate_again" "$inspect_again"; do
  grep -qF "$command" README.md || fail "README no longer gives: $command"
done

bash -c "$quick_start" > "$work/quick-start.log" 2>&1 || fail "$quick_start" "$work/quick-start.log"
log="$work/quick-start.log"
check=$(line_of "Upgrade path 6.0.0 -> 6.1.8: 1 step" "$log")
migrate=$(line_of "Moved Duende IdentityServer to 6.1.8" "$log")
update=$(line_of "Update command completed successfully" "$log")
inspect=$(line_of "configuration store (schema PUBLIC): generation 6.1, no drift" "$log")
line_of "operational store (schema PUBLIC): generation 6.1 (same schema as 6.3), no drift" "$log" > /dev/null
[ "$check" -lt "$migrate" ] && [ "$migrate" -lt "$update" ] && [ "$update" -lt "$inspect" ] \
  || fail "the sample does not check, migrate, apply and then inspect, in that order" "$log"

# Whatever the second migrate writes outside its report folder is newer than this marker.
marker="$work/before-migrate-again"
touch "$marker"
sleep 1
bash -c "$migrate_again" > "$work/migrate-again.log" 2>&1 || fail "$migrate_again" "$work/migrate-again.log"
line_of "Already at 6.1.8: nothing to change." "$work/migrate-again.log" > /dev/null
written="$(find . -path ./.git -prune -o -path ./target -prune -o -path ./samples/target/duende -prune \
  -o -newer "$marker" -print)"
[ -z "$written" ] || fail "the second migrate wrote: $written" "$work/migrate-again.log"

bash -c "$inspect_again" > "$work/inspect-again.log" 2>&1 || fail "$inspect_again" "$work/inspect-again.log"
line_of "configuration store (schema PUBLIC): generation 6.1, no drift" "$work/inspect-again.log" > /dev/null
echo "[ci] README commands: the sample ends with inspect at generation 6.1; migrate again changes nothing"
