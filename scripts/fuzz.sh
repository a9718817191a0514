#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ (clang, ASan and UBSan) and runs each
# for SECONDS (default 60), seeded from the test data (fuzz/make_seeds.py).
#
#   scripts/fuzz.sh [SECONDS] [FUZZER...]     e.g. scripts/fuzz.sh 600 csv_fuzzer
#
# Fails on any crash, sanitizer report, leak, failed check (fuzz_checks.h),
# input slower than FUZZ_TIMEOUT seconds (default 10) or process above
# FUZZ_RSS_MB of memory (default 2048). Prints, per fuzzer, the seconds it ran
# and the inputs it executed, from libFuzzer's own final statistics. A failing
# input is kept in build-fuzzers/artifacts/<fuzzer>/; reproduce it with
# build-fuzzers/fuzz/<fuzzer> FILE. The corpus each run grows is kept in
# build-fuzzers/corpus/<fuzzer>/ and seeds the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -eq 0 ] || shift
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS] [FUZZER...]" >&2; exit 2; }
timeout=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
build=${FUZZ_BUILD_DIR:-build-fuzzers}

scripts/setup.sh --fuzz --no-build
CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHEARD_FUZZ=ON -DHEARD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzzers -j"$(nproc)"
python3 fuzz/make_seeds.py "$build/seeds" >/dev/null

fuzzers=("$@")
if [ ${#fuzzers[@]} -eq 0 ]; then
  for source in fuzz/*_fuzzer.cc; do fuzzers+=("$(basename "$source" .cc)"); done
fi

# The dictionary each fuzzer uses, when it has one.
dictionary() {
  case "$1" in
    csv_fuzzer) echo fuzz/csv.dict ;;
    xlsx_fuzzer | docx_fuzzer) echo fuzz/xml.dict ;;
    manifest_fuzzer | codebook_fuzzer) echo fuzz/yaml.dict ;;
    email_fuzzer) echo fuzz/email.dict ;;
  esac
}

# "SECONDS EXECUTIONS" from a libFuzzer log: its last "Done N runs in S
# second(s)" line, else (a run cut short by a failure) its final statistics.
stats() {
  local done_line
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$1" | tail -1 || true)
  if [ -n "$done_line" ]; then
    awk '{print $5, $2}' <<<"$done_line"
  else
    local runs
    runs=$(grep -E '^stat::number_of_executed_units:' "$1" | awk '{print $2}' | tail -1 || true)
    echo "- ${runs:--}"
  fi
}

mkdir -p "$build/logs"
passed=0
failed=0
report=()
for fuzzer in "${fuzzers[@]}"; do
  binary="$build/fuzz/$fuzzer"
  [ -x "$binary" ] || { echo "fuzz.sh: no fuzzer $fuzzer (looked for $binary)" >&2; exit 2; }
  corpus="$build/corpus/$fuzzer"
  artifacts="$build/artifacts/$fuzzer/"
  log="$build/logs/$fuzzer.log"
  mkdir -p "$corpus" "$artifacts"
  options=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss_mb"
           -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts")
  dict=$(dictionary "$fuzzer")
  [ -z "$dict" ] || options+=(-dict="$dict")
  echo "fuzz.sh: $fuzzer for ${seconds}s"
  status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$binary" "${options[@]}" "$corpus" "$build/seeds/$fuzzer" >"$log" 2>&1 || status=$?
  read -r ran executions < <(stats "$log") || true
  if [ "$status" -eq 0 ]; then
    result=ok
    passed=$((passed + 1))
  else
    result="FAILED (exit $status; log $log)"
    failed=$((failed + 1))
    echo "---- $fuzzer: last lines of $log ----" >&2
    grep -vE '^#[0-9]+' "$log" | tail -40 >&2
    echo "---- failing input: $(ls -t "$artifacts" | head -1 | sed "s|^|$artifacts|")" >&2
  fi
  report+=("$(printf '%-16s %8s s %12s executions  %s' "$fuzzer" "$ran" "$executions" "$result")")
done

echo
echo "fuzzer           seconds          executions"
printf '%s\n' "${report[@]}"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
