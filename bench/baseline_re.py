#!/usr/bin/env python3
"""The Python `re` baseline: what a user could write instead of heard.

usage: bench/baseline_re.py CORPUS_CSV THEMES_JSON

One compiled alternation per theme (\\b...\\b, re.escape'd terms, longest
first), matched case-insensitively by lower-casing each answer first (4x faster
in CPython than re.IGNORECASE, same counts on the bench corpus).
For each response the three text columns (q1, q2, q3) are searched; a
response counts for a theme if any answer matches. Prints one JSON line:
responses, text bytes, elapsed seconds (read + match), MB/s, responses/s and
the per-theme counts.
"""
import csv
import json
import re
import sys
import time


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, themes_path = sys.argv[1], sys.argv[2]
    with open(themes_path, encoding="utf-8") as f:
        themes = json.load(f)
    t0 = time.perf_counter()
    pats = {
        t: re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(ts, key=len, reverse=True)) + r")\b",
                      )
        for t, ts in themes.items() if ts
    }
    counts = {t: 0 for t in pats}
    n = 0
    nbytes = 0
    csv.field_size_limit(1 << 30)
    with open(corpus, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        cols = [header.index(c) for c in ("q1", "q2", "q3")]
        for row in r:
            n += 1
            texts = [row[c].lower() for c in cols]
            nbytes += sum(len(x.encode("utf-8")) for x in texts)
            for t, p in pats.items():
                if any(p.search(x) for x in texts if x):
                    counts[t] += 1
    el = time.perf_counter() - t0
    print(json.dumps({"tool": "python-re", "responses": n, "text_bytes": nbytes,
                      "seconds": round(el, 3), "mb_per_s": round(nbytes / 1e6 / el, 2),
                      "responses_per_s": round(n / el, 1), "counts": counts}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
