// Fuzzes the plain-text and Markdown notes reader (headings, bullets,
// continuation lines, paragraphs), after the same decoding a run applies.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/encoding.h"
#include "ingest/notes_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "/fuzz/workshop.md";
  heard::StatusOr<heard::Decoded> decoded =
      heard::DecodeToUtf8(std::string(reinterpret_cast<const char*>(data), size), path);
  if (!decoded.ok()) {
    heard::CheckNamesFile(decoded.status(), path);
    return 0;
  }
  heard::SourceSpec spec;
  spec.file = "workshop.md";
  spec.path = path;
  spec.format = "notes";
  spec.channel = "workshop";
  spec.question = "discussion";
  spec.fixed = {{"event", "carers week"}};
  heard::CountingSink sink;
  heard::ReadNotes(decoded->utf8, spec, &sink);
  sink.CheckBalanced();
  return 0;
}
