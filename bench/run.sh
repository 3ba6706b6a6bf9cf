#!/usr/bin/env bash
# Whole-process benchmarks of the rocky CLI on generated projects (see bench/README.md).
#
#   bench/run.sh [--rounds N] [--sizes "1000 10000"] [--run-size N] [--seed S] [--no-build]
#                [--timeout SECONDS] [--quick]
#
# Builds bench and the CLI, generates one project per size under bench/out/, then runs every
# benchmark once per round (round-robin, as perf-anchors.md advises on this noisy machine),
# measuring each process with /usr/bin/time -v. Prints a Markdown table and writes it to
# bench/out/results.md. A failing command marks its row as failed and the run goes on.
# Exit status: 0 all rows ok, 3 some rows failed, 1 setup failed (bench build or generation).
#
# Environment: ROCKY_BIN (launcher to measure, default bin/rocky), ROCKY_BASELINE (a second
# launcher, e.g. an older build's bin/rocky, measured in the same rounds as extra rows),
# FLOOR_JAVA_OPTS (JVM flags of the Java read floor and of JdbcRun, default "-XX:+UseSerialGC -XX:TieredStopAtLevel=1").
# --run-size: the project of the `rocky run` and JDBC rows (default 1000; 0 leaves them out); the
#   run is measured three ways: recording everything, `[replay] record = "hashes"` and "off", each
#   without .rocky/; and recording everything and nothing after a `rocky compile` (compile cache kept).
# --quick: compile rows only (no lineage, catalog or run rows): the smoke that .ci/run runs.
set -uo pipefail

ROUNDS=3
SIZES="1000 10000"
SEED=42
BUILD=1
TIMEOUT=900
RUN_SIZE=1000
QUICK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --sizes) SIZES=${2//,/ }; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --run-size) RUN_SIZE=$2; shift 2 ;;
    --quick) QUICK=1; RUN_SIZE=0; shift ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$ROUNDS" in ''|*[!0-9]*|0) echo "run.sh: --rounds needs a positive integer" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
LOGS=$OUT/logs
RES=$OUT/logs/samples
ROCKY=${ROCKY_BIN:-$ROOT/bin/rocky}
BASELINE=${ROCKY_BASELINE:-}
FLOOR_JAVA_OPTS=${FLOOR_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
TIME=/usr/bin/time
CLASSES=$ROOT/bench/target/classes
# RunStatements needs Rocky's classes, JdbcRun the DuckDB driver: the CLI jar names them all.
BENCH_CP=$CLASSES:$ROOT/engine/cli/target/rocky-cli.jar

[ -x "$TIME" ] || { echo "run.sh: $TIME is missing (apt-get install time)" >&2; exit 1; }
JAVA_HOME=$("$ROOT/.mvn/find-jdk") || exit 1
JAVA=$JAVA_HOME/bin/java
rm -rf "$LOGS"
mkdir -p "$RES"

say() { printf '%s\n' "$*" >&2; }
tail_of() { tail -n "${2:-8}" "$1" 2>/dev/null | cut -c1-300 | sed 's/^/    | /'; }
label() { case "$1" in *000) echo "$(( $1 / 1000 ))k" ;; *) echo "$1" ;; esac; }

# ---- build -----------------------------------------------------------------------------------
CLI_PROBLEM=""
if [ "$BUILD" = 1 ]; then
  say "== building bench"
  if ! (cd "$ROOT" && ./mvnw -q -pl bench -am package -DskipTests) >"$LOGS/build-bench.log" 2>&1; then
    say "run.sh: building bench failed:"; tail_of "$LOGS/build-bench.log" 20 >&2; exit 1
  fi
  say "== building the CLI"
  if ! (cd "$ROOT" && ./mvnw -q -pl engine/cli -am package -DskipTests) >"$LOGS/build-cli.log" 2>&1; then
    CLI_PROBLEM="the CLI build failed (bench/out/logs/build-cli.log)"
    say "run.sh: $CLI_PROBLEM:"; tail_of "$LOGS/build-cli.log" 20 >&2
  fi
fi
[ -f "$CLASSES/dev/rocky/bench/ProjectGenerator.class" ] || { say "run.sh: $CLASSES is not built; run without --no-build"; exit 1; }
if [ -z "$CLI_PROBLEM" ] && [ ! -x "$ROCKY" ]; then CLI_PROBLEM="$ROCKY is missing or not executable"; fi
BASE_PROBLEM=""
if [ -n "$BASELINE" ] && [ ! -x "$BASELINE" ]; then BASE_PROBLEM="$BASELINE is missing or not executable"; fi

# ---- generate --------------------------------------------------------------------------------
GEN_NOTES=""
for n in $SIZES; do
  p=$OUT/p$(label "$n")
  rm -rf "$p"
  say "== generating $n models into ${p#"$ROOT"/}"
  start=$(date +%s%N)
  if ! "$JAVA" -cp "$CLASSES" dev.rocky.bench.ProjectGenerator --models "$n" --seed "$SEED" --out "$p" >"$LOGS/generate-$n.log" 2>&1; then
    say "run.sh: generating $n models failed:"; tail_of "$LOGS/generate-$n.log" >&2; exit 1
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  GEN_NOTES+="- $(label "$n") (\`--models $n --seed $SEED\`, whole process ${ms} ms): $(grep -v '^wrote ' "$LOGS/generate-$n.log" | paste -sd ';' | sed 's/;/; /g')"$'\n'
done

# The run rows: a copy of the run-size project whose warehouse is a file, seeded once by rocky seed;
# every round starts from a copy of that seeded file. JdbcRun executes the statements of a first
# run (RunStatements) on another copy.
RUN_PROBLEM=""
if [ "$RUN_SIZE" != 0 ] && [ -z "$CLI_PROBLEM" ]; then
  rp=$OUT/run$(label "$RUN_SIZE")
  rm -rf "$rp"
  say "== preparing the run project ($RUN_SIZE models) in ${rp#"$ROOT"/}"
  if ! { "$JAVA" -cp "$CLASSES" dev.rocky.bench.ProjectGenerator --models "$RUN_SIZE" --seed "$SEED" --out "$rp" \
        && sed -i 's/^type = "duckdb"$/type = "duckdb"\npath = "warehouse.duckdb"/' "$rp/rocky.toml" \
        && (cd "$rp" && "$ROCKY" -o json seed --sql) \
        && mv "$rp/warehouse.duckdb" "$rp/seeded.duckdb" \
        && "$JAVA" -cp "$BENCH_CP" dev.rocky.bench.RunStatements "$rp" "$rp/run-statements.sql"; } >"$LOGS/prepare-run.log" 2>&1; then
    RUN_PROBLEM="preparing the run project failed (bench/out/logs/prepare-run.log)"
    say "run.sh: $RUN_PROBLEM:"; tail_of "$LOGS/prepare-run.log" 20 >&2
  fi
fi

# The launcher's first start after a build trains and writes its AOT cache (bin/rocky); start it
# once here so that every row measures the start-up a user sees from the second command on.
if [ -z "$CLI_PROBLEM" ]; then "$ROCKY" --version >/dev/null 2>&1 || true; fi

# ---- benchmarks ------------------------------------------------------------------------------
# Each row: id|label|project label|needs (0 nothing, 1 the CLI, 2 the baseline launcher, 3 the run project).
# Commands and preparation are in run_row. A launcher's warm row follows its own cold row, so it
# finds the cache that launcher wrote.
ROWS=("version|\`rocky --version\`|-|1")
for n in $SIZES; do
  l=$(label "$n")
  ROWS+=("floor_cat_$n|floor: \`cat\` every project file|$l|0")
  ROWS+=("floor_java_$n|floor: cold JVM reads every file, lexes every model|$l|0")
  ROWS+=("cold_$n|\`rocky -o json compile\`, cold (no .rocky/)|$l|1")
  ROWS+=("warm_$n|\`rocky -o json compile\`, warm (one model edited)|$l|1")
  if [ "$QUICK" = 0 ]; then
    ROWS+=("lineage_$n|\`rocky lineage --format openlineage\` (every model's column lineage)|$l|1")
    ROWS+=("catalog_$n|\`rocky catalog\` (the whole site)|$l|1")
  fi
  if [ -n "$BASELINE" ]; then
    ROWS+=("base_cold_$n|baseline: \`rocky -o json compile\`, cold|$l|2")
    ROWS+=("base_warm_$n|baseline: \`rocky -o json compile\`, warm (one model edited)|$l|2")
  fi
done

if [ "$RUN_SIZE" != 0 ]; then
  ROWS+=("run_$RUN_SIZE|\`rocky -o json run\` on DuckDB (seeded file, no .rocky/)|$(label "$RUN_SIZE")|3")
  ROWS+=("jdbc_$RUN_SIZE|the same statements straight through JDBC (JdbcRun)|$(label "$RUN_SIZE")|3")
  ROWS+=("run_hashes_$RUN_SIZE|\`rocky -o json run\` with \`[replay] record = \"hashes\"\`|$(label "$RUN_SIZE")|3")
  ROWS+=("run_off_$RUN_SIZE|\`rocky -o json run\` with \`[replay] record = \"off\"\`|$(label "$RUN_SIZE")|3")
  ROWS+=("run_cached_$RUN_SIZE|\`rocky -o json run\` after \`rocky compile\` (compile cache kept, state fresh)|$(label "$RUN_SIZE")|3")
  ROWS+=("run_cached_off_$RUN_SIZE|\`rocky -o json run\` after \`rocky compile\`, \`[replay] record = \"off\"\`|$(label "$RUN_SIZE")|3")
fi

# measure ID CWD CMD...: one timed run, appended to $RES/ID.ok ("wall_s cpu_s rss_kib") or ID.fail.
measure() {
  local id=$1 cwd=$2; shift 2
  local f=$LOGS/$id.r$round start end rc
  start=$(date +%s%N)
  (cd "$cwd" && exec "$TIME" -v -o "$f.time" timeout "$TIMEOUT" "$@" >"$f.out" 2>"$f.err")
  rc=$?
  end=$(date +%s%N)
  # A baseline may predate fixes and report compile errors (exit 1): still a measurement.
  if [ "$rc" -eq 1 ] && [ "${ALLOW_COMPILE_ERRORS:-0}" = 1 ] && command -v python3 >/dev/null \
      && python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin).get("has_errors") else 1)' <"$f.out" 2>/dev/null; then
    rc=0
  fi
  if [ "$rc" -eq 0 ] && [ "${EXPECT_JSON:-0}" = 1 ] && command -v python3 >/dev/null \
      && ! python3 -c 'import json,sys; json.load(sys.stdin)' <"$f.out" 2>/dev/null; then
    rc="ok-but-stdout-is-not-JSON"
  fi
  if [ "$rc" != 0 ]; then
    [ "$rc" = 124 ] && rc="124 (timed out after ${TIMEOUT}s)"
    {
      echo "round $round: exit $rc"
      if [ -s "$f.err" ]; then tail_of "$f.err"; else echo "    (stderr empty; stdout tail:)"; tail_of "$f.out"; fi
    } >>"$RES/$id.fail"
    say "   FAILED $id (exit $rc):"; tail_of "$f.err" 5 >&2
    return
  fi
  awk -v wall="$(( (end - start) / 1000000 ))" '
    /User time \(seconds\)/ { cpu += $NF }
    /System time \(seconds\)/ { cpu += $NF }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%.3f %.2f %d\n", wall / 1000, cpu, rss }' "$f.time" >>"$RES/$id.ok"
}

run_row() {
  local id=$1 needs=$2 n p model problem="" launcher=$ROCKY
  [ "$needs" = 1 ] && problem=$CLI_PROBLEM
  [ "$needs" = 2 ] && problem=$BASE_PROBLEM && launcher=$BASELINE
  [ "$needs" = 3 ] && problem=${CLI_PROBLEM:-$RUN_PROBLEM}
  if [ -n "$problem" ]; then
    grep -qsF "not run: $problem" "$RES/$id.fail" || echo "not run: $problem" >>"$RES/$id.fail"
    return
  fi
  n=${id##*_}; p=$OUT/p$(label "$n")
  case "${id#base_}" in
    version) measure "$id" "$ROOT" "$ROCKY" --version ;;
    floor_cat_*) measure "$id" "$p" sh -c 'find . -name .rocky -prune -o -type f -print0 | xargs -0 cat >/dev/null' ;;
    floor_java_*) # shellcheck disable=SC2086
      measure "$id" "$p" "$JAVA" $FLOOR_JAVA_OPTS -cp "$CLASSES" dev.rocky.bench.ReadFloor . ;;
    cold_*)
      rm -rf "$p/.rocky"
      EXPECT_JSON=1 ALLOW_COMPILE_ERRORS=$((needs == 2)) measure "$id" "$p" "$launcher" -o json compile ;;
    warm_*)
      # Keep .rocky/ from the cold run of this round; change one staging model's text (not its
      # schema), then restore it so every round edits the same file the same way.
      model=$(find "$p/models/staging" -name '*.sql' | sort | head -n 1)
      cp "$model" "$LOGS/edited.sql"
      printf -- '-- edited by bench/run.sh, round %s\n' "$round" >>"$model"
      EXPECT_JSON=1 ALLOW_COMPILE_ERRORS=$((needs == 2)) measure "$id" "$p" "$launcher" -o json compile
      cp "$LOGS/edited.sql" "$model" ;;
    lineage_*)
      # The compile cache is warm from this round's compile rows, as it is for a user.
      measure "$id" "$p" "$launcher" lineage --format openlineage ;;
    catalog_*)
      rm -rf "$p/.rocky/site"
      measure "$id" "$p" "$launcher" -o json catalog --out .rocky/site ;;
    run_*)
      # run_N records everything; run_hashes_N and run_off_N add a [replay] section to rocky.toml
      # (restored afterwards); run_cached_* first run `rocky compile` (not measured), so that the
      # run finds the compile cache a user's last compile left, with the state and warehouse fresh.
      rp=$OUT/run$(label "$n")
      mode=${id#run_}; mode=${mode%"$n"}; mode=${mode%_}
      cached=0
      case "$mode" in cached*) cached=1; mode=${mode#cached}; mode=${mode#_} ;; esac
      rm -rf "$rp/.rocky" "$rp/warehouse.duckdb" "$rp/warehouse.duckdb.wal"
      cp "$rp/seeded.duckdb" "$rp/warehouse.duckdb"
      cp "$rp/rocky.toml" "$LOGS/rocky.toml.saved"
      [ -n "$mode" ] && printf '\n[replay]\nrecord = "%s"\n' "$mode" >>"$rp/rocky.toml"
      [ "$cached" = 1 ] && (cd "$rp" && "$launcher" -o json compile) >"$LOGS/$id.r$round.compile" 2>&1
      EXPECT_JSON=1 measure "$id" "$rp" "$launcher" -o json run
      cp "$LOGS/rocky.toml.saved" "$rp/rocky.toml" ;;
    jdbc_*)
      rp=$OUT/run$(label "$n")
      rm -f "$rp/jdbc.duckdb" "$rp/jdbc.duckdb.wal"
      cp "$rp/seeded.duckdb" "$rp/jdbc.duckdb"
      # shellcheck disable=SC2086
      measure "$id" "$rp" "$JAVA" $FLOOR_JAVA_OPTS --enable-native-access=ALL-UNNAMED -cp "$BENCH_CP" \
        dev.rocky.bench.JdbcRun jdbc.duckdb run-statements.sql ;;
  esac
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
ROUND_LOADS=""
for round in $(seq 1 "$ROUNDS"); do
  say "== round $round of $ROUNDS"
  ROUND_LOADS+="${ROUND_LOADS:+; }$(cut -d' ' -f1 /proc/loadavg)"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r id _ _ needs <<<"$row"
    run_row "$id" "$needs"
  done
done

# ---- rocky watch ------------------------------------------------------------------------------
# A resident process: `rocky watch` compiles once, then again after each edit; it reports on stderr
# how long each recompile took (compile and printing the JSON report). One watch per project size,
# as many edits as rounds, each appending a comment line to one staging model (restored after).
watch_size() {
  local n=$1 p log model pid have i
  p=$OUT/p$(label "$n"); log=$LOGS/watch-$n.log
  model=$(find "$p/models/staging" -name '*.sql' | sort | head -n 1)
  cp "$model" "$LOGS/watched.sql"
  (cd "$p" && exec "$ROCKY" watch -o json >/dev/null 2>"$log") &
  pid=$!
  wait_for() { # wait_for COUNT: until the log has COUNT recompile lines, at most $TIMEOUT seconds
    local deadline=$(( $(date +%s) + TIMEOUT ))
    while [ "$(grep -c 'changed; compiled and printed in' "$log" 2>/dev/null)" -lt "$1" ]; do
      [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null || return 1
      sleep 0.1
    done
  }
  local deadline=$(( $(date +%s) + TIMEOUT ))
  until grep -q 'rocky watch: watching' "$log" 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  have=0
  if grep -q 'rocky watch: watching' "$log" 2>/dev/null; then
    for i in $(seq 1 "$ROUNDS"); do
      sleep 1
      printf -- '-- watched by bench/run.sh, edit %s\n' "$i" >>"$model"
      wait_for "$i" || break
      have=$i
    done
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  cp "$LOGS/watched.sql" "$model"
  sed -n 's/.*changed; compiled and printed in \([0-9]*\) ms$/\1/p' "$log" >"$RES/watch_$n.ms"
  [ "$have" = "$ROUNDS" ] || echo "rocky watch at $(label "$n"): $have of $ROUNDS recompiles seen (log: ${log#"$ROOT"/})" >>"$RES/watch.fail"
}
if [ "$QUICK" = 0 ] && [ -z "$CLI_PROBLEM" ]; then
  for n in $SIZES; do say "== rocky watch, $n models"; watch_size "$n"; done
fi

# ---- report ----------------------------------------------------------------------------------
# stats FILE COLUMN SCALE [DECIMALS]: "median (min–max)" of one column divided by SCALE, with
# DECIMALS places, or about 3 significant digits when DECIMALS is not given.
stats() {
  sort -g -k"$2","$2" "$1" | awk -v c="$2" -v s="$3" -v d="${4:-}" '
    { v[NR] = $c / s }
    END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      if (NR == 1) printf "%s", f(m); else printf "%s (%s–%s)", f(m), f(v[1]), f(v[NR])
    }
    function f(x) { return d != "" ? sprintf("%." d "f", x) : x >= 100 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : x >= 1 ? sprintf("%.2f", x) : sprintf("%.3f", x) }'
}

# median FILE COLUMN: the plain median of one column.
median() { sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# ratio_line TEXT A_ID B_ID: "TEXT: wall a/b, CPU a/b" from the medians of two rows, when both ran.
ratio_line() {
  [ -s "$RES/$2.ok" ] && [ -s "$RES/$3.ok" ] || return 0
  awk -v t="$1" -v aw="$(median "$RES/$2.ok" 1)" -v bw="$(median "$RES/$3.ok" 1)" \
      -v ac="$(median "$RES/$2.ok" 2)" -v bc="$(median "$RES/$3.ok" 2)" \
    'BEGIN { printf "- %s: wall %.2f× (%+.0f%%), CPU %.2f× (%+.0f%%)\n", t, aw / bw, 100 * (aw / bw - 1), ac / bc, 100 * (ac / bc - 1) }'
}

FAILED=0
{
  echo "# Rocky whole-process benchmarks"
  echo
  echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (dirty)')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; java for floor and generator: $("$JAVA" -version 2>&1 | head -n 1)"
  echo "- launcher: ${ROCKY#"$ROOT"/}${BASELINE:+; baseline: $BASELINE}; load average (1, 5, 15 min) at the start: $LOAD_START, at the end: $(cut -d' ' -f1-3 /proc/loadavg); rounds: $ROUNDS (round-robin); medians over successful rounds, (min–max)"
  echo "- generated projects (seed $SEED):"
  printf '%s' "$GEN_NOTES" | sed 's/^/  /'
  echo
  echo "| benchmark | project | ok | wall s | CPU s (user+sys) | max RSS MiB |"
  echo "|---|---|---:|---:|---:|---:|"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r id what proj _ <<<"$row"
    ok=0; [ -f "$RES/$id.ok" ] && ok=$(wc -l <"$RES/$id.ok")
    if [ "$ok" -gt 0 ]; then
      printf '| %s | %s | %s/%s | %s | %s | %s |\n' "$what" "$proj" "$ok" "$ROUNDS" \
        "$(stats "$RES/$id.ok" 1 1)" "$(stats "$RES/$id.ok" 2 1 2)" "$(stats "$RES/$id.ok" 3 1024)"
    else
      printf '| %s | %s | 0/%s | **failed** | – | – |\n' "$what" "$proj" "$ROUNDS"
    fi
    [ -f "$RES/$id.fail" ] && FAILED=1
  done
  echo
  echo "Ratios of medians (same rounds):"
  echo
  for n in $SIZES; do
    ratio_line "cold compile ÷ JVM floor, $(label "$n")" "cold_$n" "floor_java_$n"
    ratio_line "warm compile ÷ JVM floor, $(label "$n")" "warm_$n" "floor_java_$n"
  done
  if [ "$RUN_SIZE" != 0 ]; then
    ratio_line "\`rocky run\` ÷ JDBC, $(label "$RUN_SIZE") (the overhead)" "run_$RUN_SIZE" "jdbc_$RUN_SIZE"
    ratio_line "\`rocky run\` recording hashes only ÷ JDBC, $(label "$RUN_SIZE")" "run_hashes_$RUN_SIZE" "jdbc_$RUN_SIZE"
    ratio_line "\`rocky run\` recording nothing ÷ JDBC, $(label "$RUN_SIZE")" "run_off_$RUN_SIZE" "jdbc_$RUN_SIZE"
    ratio_line "\`rocky run\` after a compile ÷ JDBC, $(label "$RUN_SIZE")" "run_cached_$RUN_SIZE" "jdbc_$RUN_SIZE"
    ratio_line "\`rocky run\` after a compile, recording nothing ÷ JDBC, $(label "$RUN_SIZE")" "run_cached_off_$RUN_SIZE" "jdbc_$RUN_SIZE"
  fi
  for n in $SIZES; do
    [ -s "$RES/watch_$n.ms" ] || continue
    awk -v l="$(label "$n")" -v f="$( [ -s "$RES/floor_java_$n.ok" ] && median "$RES/floor_java_$n.ok" 1)" \
        -v m="$(median "$RES/watch_$n.ms" 1)" -v s="$(stats "$RES/watch_$n.ms" 1 1000)" -v k="$(wc -l <"$RES/watch_$n.ms")" \
      'BEGIN { printf "- `rocky watch`, recompile after one model edited (in the watching process, as it reports, the JSON report printed), %s: %s s over %d edits", l, s, k
               if (f != "") printf "; ÷ JVM floor %.2f×", m / 1000 / f
               print "" }'
  done
  [ -f "$RES/watch.fail" ] && { FAILED=1; sed 's/^/- **failed:** /' "$RES/watch.fail"; }
  echo "- load average at the start of each round: $ROUND_LOADS"
  if [ "$FAILED" = 1 ]; then
    echo
    echo "## Failures"
    for row in "${ROWS[@]}"; do
      IFS='|' read -r id what proj _ <<<"$row"
      [ -f "$RES/$id.fail" ] || continue
      echo
      echo "$what, $proj:"
      echo
      echo '```'
      cat "$RES/$id.fail"
      echo '```'
    done
  fi
  echo
  echo "Wall is measured around each process (ms resolution); CPU and max RSS come from /usr/bin/time -v."
  echo "Logs of every run: bench/out/logs/."
} >"$OUT/results.md"

cat "$OUT/results.md"
say "== wrote ${OUT#"$ROOT"/}/results.md"
[ "$FAILED" = 0 ] || exit 3
