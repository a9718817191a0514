// Fuzzes the XLSX reader: the ZIP layer (inputs starting "PK") and the
// workbook, relationships, shared strings, styles and sheet XML inside an
// archive built from a listing of parts (zip_parts.h). Rows that come back
// go through the table reader as a run without a manifest would.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_checks.h"
#include "ingest/table_reader.h"
#include "ingest/xlsx_sheet_reader.h"
#include "zip_parts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string archive =
      heard::ArchiveFromFuzzInput(std::string(reinterpret_cast<const char*>(data), size));
  if (archive.empty()) return 0;
  heard::SourceSpec spec = heard::FuzzSource("returns.xlsx", "xlsx", "survey");
  spec.guess = true;
  heard::StatusOr<std::vector<heard::CsvRecord>> rows =
      heard::ReadXlsxRecords(archive, "", spec.path);
  if (!rows.ok()) {
    heard::CheckNamesFile(rows.status(), spec.path);
    return 0;
  }
  heard::PrepareTableRecords(*rows, &spec);
  heard::CountingSink sink;
  const heard::Status status = heard::ReadTableRecords(std::move(*rows), spec, &sink);
  heard::CheckNamesFile(status, spec.path);
  if (status.ok()) sink.CheckBalanced();
  return 0;
}
