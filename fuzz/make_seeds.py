#!/usr/bin/env python3
"""Assembles the fuzzers' seed corpora from the project's own test data.

Usage: fuzz/make_seeds.py OUT_DIR

Writes OUT_DIR/<fuzzer>/ for each fuzzer in fuzz/, from tests/testdata/**,
surveys/ and lexicons/, plus the hand-made and regression seeds committed in
fuzz/seeds/<fuzzer>/. Text seeds are cut to SEED_LIMIT bytes at a line end,
since small inputs fuzz faster and the readers' logic repeats line by line.
Workbooks and documents go in twice: as the archive itself, and as the
listing of their parts that zip_parts.h turns back into an archive, so the
XML inside them can be mutated directly.
"""
import hashlib
import pathlib
import shutil
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED_LIMIT = 4 * 1024
DATA_DIRS = [ROOT / "tests" / "testdata", ROOT / "surveys", ROOT / "lexicons"]

# fuzzer -> what makes a file one of its seeds
WANTED = {
    "csv_fuzzer": lambda p: p.suffix in (".csv", ".tsv"),
    "xlsx_fuzzer": lambda p: p.suffix == ".xlsx",
    "docx_fuzzer": lambda p: p.suffix == ".docx",
    "notes_fuzzer": lambda p: p.suffix in (".md", ".txt"),
    "email_fuzzer": lambda p: p.suffix == ".eml" or (p.suffix == ".txt" and "letter" in str(p)),
    "manifest_fuzzer": lambda p: p.name == "consultation.yaml",
    "codebook_fuzzer": lambda p: p.suffix in (".yaml", ".yml", ".dic") and p.name != "consultation.yaml",
    "tag_fuzzer": lambda p: p.suffix in (".md", ".txt") and "README" not in p.name,
}


def cut(data: bytes) -> bytes:
    if len(data) <= SEED_LIMIT:
        return data
    end = data.rfind(b"\n", 0, SEED_LIMIT)
    return data[: end + 1 if end > 0 else SEED_LIMIT]


def listing(archive: pathlib.Path) -> bytes:
    """The parts of `archive` as '=== name' sections (see zip_parts.h)."""
    out = b""
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            body = z.read(info)
            if not body.endswith(b"\n"):
                body += b"\n"
            out += b"=== " + info.filename.encode() + b"\n" + body
    return out


def write(out_dir: pathlib.Path, data: bytes) -> None:
    # Named by content, as libFuzzer names its own corpus files.
    (out_dir / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    files = sorted(p for d in DATA_DIRS for p in d.rglob("*") if p.is_file())
    for fuzzer, wanted in WANTED.items():
        target = out / fuzzer
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for path in filter(wanted, files):
            data = path.read_bytes()
            if path.suffix in (".xlsx", ".docx"):
                write(target, data)
                try:
                    write(target, listing(path))
                except zipfile.BadZipFile:
                    pass  # a deliberately broken test archive: kept as raw bytes
            else:
                write(target, cut(data))
        committed = ROOT / "fuzz" / "seeds" / fuzzer
        if committed.is_dir():
            for path in sorted(committed.iterdir()):
                write(target, path.read_bytes())
        print(f"{fuzzer}: {len(list(target.iterdir()))} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
