#!/usr/bin/env bash
# Benchmark heard against the baselines a user could reach for instead.
# usage: bench/run.sh [N...]      (default: 10000 100000)
# Corpora are cached under /tmp/heard-bench/N (seed 42); reports go to /tmp/heard-bench/out-N.
set -euo pipefail
cd "$(dirname "$0")/.."
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(10000 100000)
B=/tmp/heard-bench
HEARD=build/heard
mkdir -p "$B"
python3 bench/terms.py lexicons/carers "$B/terms" >&2

if command -v rg >/dev/null; then GREP=(rg -c -F -i -w -f "$B/terms/terms.txt"); GNAME=rg
else GREP=(grep -c -F -i -w -f "$B/terms/terms.txt"); GNAME=grep
  echo "note: ripgrep not found; using grep -c -F -i -w (much slower)" >&2; fi

# timed LOG CMD...: runs CMD under /usr/bin/time -v, stdout to LOG.out, time report to LOG.time
timed() { local log=$1; shift; /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>"$log.err" || { echo "FAILED: $*" >&2; tail "$log.err" >&2; }; }
secs() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1.time"; }
rss()  { awk -F': ' '/Maximum resident set size/{printf "%.1f", $2/1024}' "$1.time"; }

rows=()
for N in "${NS[@]}"; do
  C="$B/$N"
  if [ ! -f "$C/responses.csv" ] || [ ! -f "$C/bytes" ]; then
    python3 bench/make_corpus.py "$N" 42 "$C" | tee "$C.gen" >&2
    sed -n 's/.*text_bytes=\([0-9]*\).*/\1/p' "$C.gen" > "$C/bytes"
  fi
  BYTES=$(cat "$C/bytes")
  rm -rf "$B/out-$N"
  echo "N=$N: heard run ..." >&2
  timed "$B/heard-$N" "$HEARD" run "$C" --out "$B/out-$N"
  echo "N=$N: python re ..." >&2
  timed "$B/py-$N" python3 bench/baseline_re.py "$C/responses.csv" "$B/terms/themes.json"
  echo "N=$N: $GNAME ..." >&2
  timed "$B/grep-$N" "${GREP[@]}" "$C/responses.csv"
  for t in heard py grep; do
    rows+=("$t $N $(secs "$B/$t-$N") $(rss "$B/$t-$N") $BYTES")
  done
done

printf '%s\n' "${rows[@]}" | awk -v gname="$GNAME" '
  { name[NR]=$1; n[NR]=$2; s[NR]=$3; r[NR]=$4; b[NR]=$5; if ($1=="heard") hs[$2]=$3 }
  END {
    printf "%-22s %8s %9s %9s %12s %12s %s\n", "tool", "N", "seconds", "MB/s", "responses/s", "peak RSS MB", "heard speed / this"
    for (i=1;i<=NR;i++) {
      t = name[i]=="heard" ? "heard run (end to end)" : (name[i]=="py" ? "python re baseline" : gname " -c -F -i -w")
      sec = s[i] > 0 ? s[i] : 0.01
      ratio = name[i]=="heard" ? "-" : sprintf("%.3fx", sec / hs[n[i]])
      printf "%-22s %8d %9.2f %9.2f %12.0f %12s %s\n", t, n[i], s[i], b[i]/1e6/sec, n[i]/sec, r[i], ratio
    }
  }'
echo "(MB/s = free-text bytes of q1..q3 / wall seconds; each tool timed by /usr/bin/time -v, process start to exit;"
echo " ratio = baseline seconds / heard seconds, so >1 means heard is faster)"
