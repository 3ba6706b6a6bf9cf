#!/usr/bin/env bash
# JMH microbenchmarks of the compiler's phases (dev.rocky.bench.jmh; see bench/README.md).
#
#   bench/jmh.sh [--no-build] [--models N] [JMH ARGUMENTS ...]
#
# Builds bench (and what it depends on), then runs JMH with target/classes and target/lib/*.jar.
# --models N sets the generated project's size (default 1000). Other arguments go to JMH as they
# are: a benchmark regex (e.g. 'CompilerPhases.parse'), -f/-wi/-i for forks and iterations, -prof gc,
# -rf json -rff FILE for machine-readable results; `bench/jmh.sh -h` prints JMH's own help.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=1
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --models) ARGS+=(-p "models=$2"); shift 2 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done

JAVA_HOME=$("$ROOT/.mvn/find-jdk")
if [ "$BUILD" = 1 ]; then
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -q -pl bench -am package -DskipTests) >&2
fi
[ -f "$ROOT/bench/target/classes/META-INF/BenchmarkList" ] || { echo "jmh.sh: bench is not built; run without --no-build" >&2; exit 1; }
exec "$JAVA_HOME/bin/java" -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" org.openjdk.jmh.Main "${ARGS[@]}"
