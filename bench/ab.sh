#!/usr/bin/env bash
# Two builds of heard, side by side: runs `heard run INPUT --jobs J` with
# each binary in turn, RUNS times (A, B, A, B, ...), and prints each run and
# the medians of wall seconds, CPU seconds and peak RSS, with B's median
# over A's. Interleaving is the point: on a shared machine the same binary
# can take half as long again from one minute to the next, and a change
# worth 10% only shows when both builds meet the same minutes.
#
# usage: bench/ab.sh A_HEARD B_HEARD INPUT [RUNS=5] [JOBS=2]
#   e.g. bench/ab.sh /tmp/old/build/heard build/heard surveys/sample 7
# Reports go to a temporary folder, removed at the end. Extra arguments for
# heard run can be given in $HEARD_ARGS (e.g. HEARD_ARGS="--xlsx no").
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: bench/ab.sh A_HEARD B_HEARD INPUT [RUNS] [JOBS]" >&2
  exit 2
fi
A=$1 B=$2 INPUT=$3 RUNS=${4:-5} JOBS=${5:-2}
for bin in "$A" "$B"; do
  [ -x "$bin" ] || { echo "bench/ab.sh: not an executable: $bin" >&2; exit 2; }
done
[ -e "$INPUT" ] || { echo "bench/ab.sh: no such input: $INPUT" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# one LABEL BIN: a run, its "wall cpu rss_mb" line appended to $WORK/LABEL
one() {
  local label=$1 bin=$2
  rm -rf "$WORK/out"
  # shellcheck disable=SC2086  # HEARD_ARGS is a list of words on purpose
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$bin" run "$INPUT" --out "$WORK/out" \
       --jobs "$JOBS" ${HEARD_ARGS:-} >"$WORK/stdout" 2>"$WORK/stderr"; then
    echo "bench/ab.sh: $label failed ($bin):" >&2
    tail -5 "$WORK/stderr" >&2
    exit 1
  fi
  awk -v l="$label" '{printf "%s %.2f %.2f %.1f\n", l, $1, $2 + $3, $4 / 1024}' "$WORK/time" |
    tee -a "$WORK/$label"
}

echo "run  wall_s  cpu_s  rss_mb"
for _ in $(seq 1 "$RUNS"); do
  one A "$A"
  one B "$B"
done

median() {  # median FILE COLUMN
  sort -g -k"$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
printf "%-8s %10s %10s %10s\n" "median" "wall_s" "cpu_s" "rss_mb"
for label in A B; do
  printf "%-8s %10s %10s %10s\n" "$label" "$(median "$WORK/$label" 2)" \
    "$(median "$WORK/$label" 3)" "$(median "$WORK/$label" 4)"
done
for col in 2 3 4; do
  a=$(median "$WORK/A" $col) b=$(median "$WORK/B" $col)
  ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN{ if (a > 0) printf "%.2f", b / a; else print "-" }')")
done
printf "%-8s %10s %10s %10s\n" "B / A" "${ratios[0]}" "${ratios[1]}" "${ratios[2]}"
echo "(A: $A; B: $B; input: $INPUT; $RUNS runs each, interleaved, --jobs $JOBS)"
