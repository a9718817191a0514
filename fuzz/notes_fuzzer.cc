// Fuzzes the plain-text and Markdown notes reader (headings, bullets,
// continuation lines, paragraphs), after the same decoding a run applies.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/encoding.h"
#include "ingest/notes_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  heard::SourceSpec spec = heard::FuzzSource("workshop.md", "notes", "workshop");
  spec.fixed = {{"event", "carers week"}};
  heard::StatusOr<heard::Decoded> decoded =
      heard::DecodeToUtf8(std::string(reinterpret_cast<const char*>(data), size), spec.path);
  if (!decoded.ok()) {
    heard::CheckNamesFile(decoded.status(), spec.path);
    return 0;
  }
  heard::CountingSink sink;
  heard::ReadNotes(decoded->utf8, spec, &sink);
  sink.CheckBalanced();
  return 0;
}
