#!/usr/bin/env bash
# Runs each libFuzzer target built by `make fuzz` for SECONDS, one after
# another (they would only compete for two cores), from its corpus in
# BUILD/corpus/<target>/ (seeded by the fuzz_seeds target). Prints each
# target's executions and coverage, lists every crash, timeout or
# out-of-memory input it found (in BUILD/artifacts/<target>/), and exits 1 if
# there was any. tests/data/fuzz-regressions/README.md says how to minimise one
# into a regression test.
#   bash scripts/fuzz.sh [BUILD] [SECONDS]
# FUZZ_TARGETS="a b" runs only those; FUZZ_KEEP_GOING=1 runs libFuzzer's fork
# mode, which goes on after a finding (to find more than one per target; its
# cov/ft figures count differently).
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-60}
targets=${FUZZ_TARGETS:-arrangement_loader_fuzz scenario_loader_fuzz event_log_fuzz}
max_len=${FUZZ_MAX_LEN:-65536}
mode=()
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi

dictionary_of() {
  case "$1" in
    event_log_fuzz) echo tests/fuzz/json.dict ;;
    *) echo tests/fuzz/yaml.dict ;;
  esac
}

mkdir -p "$build/logs"
summary=()
found=0
for target in $targets; do
  binary="$build/tests/fuzz/$target"
  [ -x "$binary" ] || { echo "fuzz: $binary is not built (run make fuzz)" >&2; exit 2; }
  corpus="$build/corpus/$target"
  artifacts="$build/artifacts/$target"
  log="$build/logs/$target.log"
  mkdir -p "$corpus" "$artifacts"
  stamp="$build/logs/$target.started"
  touch "$stamp"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # -timeout: one input may take 10 s at most (a run that does not end is a
  # finding); -rss_limit_mb: 2 GB; ASan/UBSan report and stop at the first problem.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict="$(dictionary_of "$target")" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    -close_fd_mask=1 "${mode[@]}" >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+:?[[:space:]].*cov: ' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
  corp=${corp:-$(sed -n 's/.* corp: \([0-9]*\) .*/\1/p' <<<"$last")}
  new=$(find "$artifacts" -newer "$stamp" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
  line=$(printf '%-24s executions %-9s cov %-6s ft %-7s corpus %-5s' "$target" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}")
  if [ -n "$new" ] || [ "$status" -ne 0 ]; then
    found=1
    line="$line FOUND (exit $status)"
    echo "fuzz: $target stopped on a problem (exit $status); the report:"
    grep -E '^(==[0-9]+==|SUMMARY:|.*runtime error:|.*terminate called|.*what\(\): |.*Assertion|.*ERROR: libFuzzer)' "$log" | sort | uniq -c | sort -rn | head -8 | sed 's/^/  /'
    for file in $new; do
      echo "  input: $file"
      echo "  minimise: $binary -minimize_crash=1 -runs=10000 -exact_artifact_path=tests/data/fuzz-regressions/<folder>/NAME $file"
    done
  else
    line="$line ok"
  fi
  summary+=("$line")
done

echo
echo "fuzz: ${seconds}s per target"
for line in "${summary[@]}"; do echo "  $line"; done
if [ "$found" -ne 0 ]; then
  echo "fuzz: problems found; see tests/data/fuzz-regressions/README.md to keep each as a regression test" >&2
  exit 1
fi
