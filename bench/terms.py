#!/usr/bin/env python3
"""Extract the plain (non-regex) terms of a heard codebook for the baselines.

usage: bench/terms.py CODEBOOK OUT_DIR

A tiny line reader, not a YAML parser: inside each theme (`  - id: X`), the list
items under `terms:` (until the next key such as `exclude:`) are read; `re:`
items are skipped; quotes are removed and `*` wildcards are stripped to the stem
("respit*" -> "respit"), so the baselines match a superset-ish approximation.
Writes OUT_DIR/terms.txt (one unique term per line), OUT_DIR/themes.json
({theme: [terms]}) and OUT_DIR/plain/codebook.yaml: the codebook's themes with
only these plain terms, `*` kept, no exclusions, so heard's tagging can be timed
on the very terms the baselines search for. Prints counts.
"""
import json
import os
import re
import sys


def write_plain_codebook(themes: dict[str, list[str]], folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    quote = lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ['name: carers-plain', 'version: "bench"', "themes:"]
    for theme, terms in themes.items():
        lines += [f"  - id: {theme}", "    terms:"] + [f"      - {quote(t)}" for t in terms]
    with open(os.path.join(folder, "codebook.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    codebook, outdir = sys.argv[1], sys.argv[2]
    if os.path.isdir(codebook):
        codebook = os.path.join(codebook, "codebook.yaml")
    themes: dict[str, list[str]] = {}
    wild: dict[str, list[str]] = {}  # the same terms, `*` kept
    theme = None
    in_terms = False
    skipped_re = 0
    with open(codebook, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^  - id:\s*(\S+)", line)
            if m:
                theme = m.group(1).strip("\"'")
                themes.setdefault(theme, [])
                in_terms = False
                continue
            if re.match(r"^    terms:\s*$", line):
                in_terms = True
                continue
            if re.match(r"^    [a-z_]+:", line):  # any other theme key ends the list
                in_terms = False
                continue
            if not (in_terms and theme):
                continue
            m = re.match(r"^      - (.*?)\s*$", line)
            if not m:
                continue
            item = m.group(1)
            if item.startswith("re:"):
                skipped_re += 1
                continue
            item = re.sub(r"\s+#.*$", "", item)
            if len(item) >= 2 and item[0] == item[-1] and item[0] in "\"'":
                item = item[1:-1]
            if item.strip():
                wild.setdefault(theme, []).append(item.strip())
            item = item.replace("*", "").strip()
            if item:
                themes[theme].append(item)
    os.makedirs(outdir, exist_ok=True)
    unique = sorted({t for ts in themes.values() for t in ts})
    with open(os.path.join(outdir, "terms.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(unique) + "\n")
    with open(os.path.join(outdir, "themes.json"), "w", encoding="utf-8") as f:
        json.dump(themes, f, indent=1)
    write_plain_codebook(wild, os.path.join(outdir, "plain"))
    print(f"themes={len(themes)} terms={sum(len(v) for v in themes.values())} "
          f"unique={len(unique)} skipped_re={skipped_re}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
