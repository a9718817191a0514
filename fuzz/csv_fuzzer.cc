// Fuzzes a CSV/TSV survey export the way a run without a manifest reads it:
// the bytes are decoded (BOM, UTF-16, Windows-1252 detection), the header
// and free-text columns are guessed, and every record becomes a response or
// a reject. Each input is read once as CSV and once as TSV.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/encoding.h"
#include "ingest/table_reader.h"

namespace {

void ReadAs(const std::string& utf8, const std::string& format) {
  heard::SourceSpec spec = heard::FuzzSource("returns." + format, format, "survey");
  spec.guess = true;
  heard::PrepareTable(utf8, &spec);
  heard::CountingSink sink;
  const heard::Status status = heard::ReadTable(utf8, spec, &sink);
  heard::CheckNamesFile(status, spec.path);
  if (status.ok()) sink.CheckBalanced();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  heard::StatusOr<heard::Decoded> decoded = heard::DecodeToUtf8(bytes, "/fuzz/returns.csv");
  if (!decoded.ok()) {
    heard::CheckNamesFile(decoded.status(), "/fuzz/returns.csv");
    return 0;
  }
  ReadAs(decoded->utf8, "csv");
  ReadAs(decoded->utf8, "tsv");
  return 0;
}
