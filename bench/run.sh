#!/usr/bin/env bash
# Runs every benchmark and regenerates the tables in BENCHMARKS.md.
#
#   bench/run.sh            full run (1,000,000 grants, trees of 1,000/10,000/50,000 projects)
#   bench/run.sh --smoke    a run of about a minute with small sizes, to check that everything works
#
# Sizes and sections can be overridden from the environment:
#   BENCH_SECTIONS=grants,gate,scale  BENCH_ROWS=1000000  BENCH_RUNS=3  BENCH_ENGINES=postgresql,mariadb
#   BENCH_VARIANTS=changelog-low-lock,floor (grants variants to run; all when unset)
#   BENCH_SIZES=1000,10000,50000  BENCH_SCALE_REPEATS=3  BENCH_GATE_RUNS=7  BENCH_TARGET_VERSION=7.4.8
#   BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/  BENCH_MARIA_URL=jdbc:mariadb://127.0.0.1:3306/
# Raw results go to target/bench/*.csv. Benchmarks report figures; they never fail on time.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/bench"

if [[ "${1:-}" == "--smoke" ]]; then
  : "${BENCH_ROWS:=20000}" "${BENCH_RUNS:=1}" "${BENCH_SIZES:=200,1000}" "${BENCH_SCALE_REPEATS:=1}" "${BENCH_GATE_RUNS:=2}"
fi
SECTIONS=${BENCH_SECTIONS:-grants,gate,scale}
MVN=(mvn -B -q)  # online: a fresh machine may still need surefire providers and the like
PLUGIN_VERSION=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" pom.xml | head -1)

mkdir -p "$OUT"

# The machine, for the report. No timestamps: the figures are what matters, and git knows when.
{
  echo "cores (nproc)=$(nproc)"
  echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "os=$(uname -sr)"
  echo "jdk=$(java -version 2>&1 | head -1)"
  echo "maven=$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "grant rows=${BENCH_ROWS:-1000000}, runs=${BENCH_RUNS:-3}; tree sizes=${BENCH_SIZES:-1000,10000,50000}; gate runs=${BENCH_GATE_RUNS:-7}"
} > "$OUT/machine.txt"

# Runs one benchmark class through surefire (benchmark tests are excluded from normal builds).
run_benchmark() {
  local class=$1; shift
  echo "== $class"
  "${MVN[@]}" test -Dinvoker.skip=true -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsurefire.excludedGroups= -Dgroups=benchmark -Dbench.out="$OUT" "$@" || echo "!! $class did not complete; see above"
}

if [[ ",$SECTIONS," == *",gate,"* ]]; then
  echo "== building and installing the plugin into a private repository ($OUT/m2)"
  "${MVN[@]}" package -DskipTests -Dinvoker.skip=true
  if [[ ! -d "$OUT/m2" ]]; then
    # A private copy of the local repository, so that the user's ~/.m2 never sees the benchmark build.
    cp -a "${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}" "$OUT/m2"
  fi
  "${MVN[@]}" -Dmaven.repo.local="$OUT/m2" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$ROOT/target/duende-maven-plugin-$PLUGIN_VERSION.jar" -DpomFile="$ROOT/pom.xml"
  run_benchmark GateCostBenchmark -Dbench.gate.repo="$OUT/m2" \
    -Dbench.gate.plugin="io.github.duendetools:duende-maven-plugin:$PLUGIN_VERSION" \
    -Dbench.gate.runs="${BENCH_GATE_RUNS:-7}" -Dbench.gate.targetVersion="${BENCH_TARGET_VERSION:-7.4.8}"
fi

if [[ ",$SECTIONS," == *",scale,"* ]]; then
  run_benchmark ScanScaleBenchmark -Dbench.scale.sizes="${BENCH_SIZES:-1000,10000,50000}" \
    -Dbench.scale.repeats="${BENCH_SCALE_REPEATS:-3}"
fi

if [[ ",$SECTIONS," == *",grants,"* ]]; then
  run_benchmark GrantsMigrationBenchmark -Dbench.grants.rows="${BENCH_ROWS:-1000000}" \
    -Dbench.grants.runs="${BENCH_RUNS:-3}" -Dbench.grants.engines="${BENCH_ENGINES:-postgresql,mariadb}" \
    -Dbench.grants.variants="${BENCH_VARIANTS:-}" \
    -Dbench.pg.url="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}" \
    -Dbench.maria.url="${BENCH_MARIA_URL:-jdbc:mariadb://127.0.0.1:3306/}"
fi

run_benchmark BenchmarksReport -Dbench.markdown="$ROOT/BENCHMARKS.md"
echo "== results in $OUT, tables regenerated in BENCHMARKS.md"
