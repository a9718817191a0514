#!/usr/bin/env bash
# Benchmark heard against the baselines a user could reach for instead.
# usage: bench/run.sh [N...]      (default: 10000 100000)
# Corpora are cached under $BENCH_DIR/N (default /tmp/heard-bench; seed 42); reports go to
# $BENCH_DIR/out-N. Needs build/heard and build/tag_bench (cmake --build build).
set -euo pipefail
cd "$(dirname "$0")/.."
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(10000 100000)
B=${BENCH_DIR:-/tmp/heard-bench}
HEARD=build/heard
TAG=build/tag_bench
mkdir -p "$B"
python3 bench/terms.py lexicons/carers "$B/terms" >&2

if command -v rg >/dev/null; then GREP=(rg -c -F -i -w -f "$B/terms/terms.txt"); GNAME=rg
else GREP=(grep -c -F -i -w -f "$B/terms/terms.txt"); GNAME=grep
  echo "note: ripgrep not found; using grep -c -F -i -w (much slower)" >&2; fi

# timed LOG CMD...: runs CMD under /usr/bin/time -v, stdout to LOG.out, time report to LOG.time
timed() { local log=$1; shift; /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" || { echo "FAILED: $*" >&2; tail "$log.err" >&2; }; }
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1.time"; }
rss()  { awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$1.time"; }
cpu()  { awk -F': ' '/(User|System) time \(seconds\)/{s+=$2} END{printf "%.2f", s}' "$1.time"; }

rows=()
htmlnotes=()
for N in "${NS[@]}"; do
  C="$B/$N"
  if [ ! -f "$C/responses.csv" ] || [ ! -f "$C/bytes" ]; then
    python3 bench/make_corpus.py "$N" 42 "$C" | tee "$C.gen" >&2
    sed -n 's/.*text_bytes=\([0-9]*\).*/\1/p' "$C.gen" > "$C/bytes"
  fi
  BYTES=$(cat "$C/bytes")
  for j in 1 2; do
    rm -rf "$B/out-$N"
    echo "N=$N: heard run --jobs $j ..." >&2
    timed "$B/heard$j-$N" "$HEARD" run "$C" --out "$B/out-$N" --jobs "$j"
  done
  largest=$(find "$B/out-$N" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  pages=$(find "$B/out-$N" -name '*.html' | wc -l)
  echo "N=$N: $pages HTML files, largest: ${largest#* } ($(( ${largest%% *} / 1000000 )) MB)" >&2
  htmlnotes+=("N=$N: $pages HTML files; largest ${largest#* }, $(awk -v b="${largest%% *}" 'BEGIN{printf "%.1f", b/1e6}') MB")
  for t in 1 2; do
    echo "N=$N: tagging stage alone, $t thread(s) ..." >&2
    timed "$B/tag$t-$N" "$TAG" lexicons/carers "$C/responses.csv" "$t"
  done
  echo "N=$N: tagging stage alone, the baselines' plain terms only, 1 thread ..." >&2
  timed "$B/tagp-$N" "$TAG" "$B/terms/plain" "$C/responses.csv" 1
  echo "N=$N: python re ..." >&2
  timed "$B/py-$N" python3 bench/baseline_re.py "$C/responses.csv" "$B/terms/themes.json"
  echo "N=$N: $GNAME ..." >&2
  timed "$B/grep-$N" "${GREP[@]}" "$C/responses.csv"
  for t in heard1 heard2 py grep; do
    rows+=("$t $N $(secs "$B/$t-$N") $(rss "$B/$t-$N") $BYTES $(cpu "$B/$t-$N")")
  done
  for t in 1 2 p; do  # the tagging stage's own clock, not the process's
    rows+=("tag$t $N $(sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p' "$B/tag$t-$N.out") - $BYTES -")
  done
done

printf '%s\n' "${rows[@]}" | awk -v gname="$GNAME" '
  BEGIN {
    label["heard1"] = "heard run --jobs 1"; label["heard2"] = "heard run --jobs 2"
    label["tag1"] = "tagging stage, 1 thread"; label["tag2"] = "tagging stage, 2 threads"
    label["tagp"] = "tagging, plain terms only"
    label["py"] = "python re baseline"; label["grep"] = gname " -c -F -i -w"
  }
  { name[NR]=$1; n[NR]=$2; s[NR]=($3 > 0 ? $3 : 0.001); r[NR]=$4; b[NR]=$5; c[NR]=$6; sec[$1, $2]=s[NR] }
  END {
    printf "%-26s %8s %9s %8s %9s %12s %8s %14s %14s %14s\n", "tool", "N", "seconds", "CPU s", "MB/s", "responses/s", "RSS MB", "e2e(j2) vs it", "tag(1) vs it", "plain vs it"
    for (i=1;i<=NR;i++) {
      e2e = (name[i] ~ /^(py|grep)$/) ? sprintf("%.2fx", s[i] / sec["heard2", n[i]]) : "-"
      tag = (name[i] ~ /^(py|grep)$/) ? sprintf("%.2fx", s[i] / sec["tag1", n[i]]) : "-"
      plain = (name[i] ~ /^(py|grep)$/) ? sprintf("%.2fx", s[i] / sec["tagp", n[i]]) : "-"
      printf "%-26s %8d %9.2f %8s %9.2f %12.0f %8s %14s %14s %14s\n", label[name[i]], n[i], s[i], c[i], b[i]/1e6/s[i], n[i]/s[i], r[i], e2e, tag, plain
    }
  }'
printf '%s\n' "${htmlnotes[@]}"
echo "(MB/s = free-text bytes of q1..q3 / seconds. heard run, python and $GNAME: wall seconds from process start to"
echo " exit, CPU seconds (user + system, all threads) and peak RSS, by /usr/bin/time -v; on a busy machine CPU"
echo " seconds move less than wall seconds. Tagging stage: bench/tag_bench's own clock around normalise + code"
echo " of every answer held in memory, after one warm-up pass; 'plain terms only' codes with a codebook of the"
echo " 594 plain terms the baselines search for (bench/terms.py writes it), no regex rules, no exclusions. Ratios: the baseline's seconds / heard's, so >1"
echo " means heard is faster.)"
