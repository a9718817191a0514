// Fuzzes the DOCX reader: the ZIP layer (inputs starting "PK") and
// word/document.xml and its styles and numbering inside an archive built from
// a listing of parts (zip_parts.h). The notes text that comes back is read
// into points as a .docx source is in a run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/docx_reader.h"
#include "ingest/notes_reader.h"
#include "zip_parts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string archive =
      heard::ArchiveFromFuzzInput(std::string(reinterpret_cast<const char*>(data), size));
  if (archive.empty()) return 0;
  const heard::SourceSpec spec = heard::FuzzSource("notes.docx", "docx", "workshop");
  heard::StatusOr<std::string> notes = heard::DocxToNotes(archive, spec.path);
  if (!notes.ok()) {
    heard::CheckNamesFile(notes.status(), spec.path);
    return 0;
  }
  heard::CountingSink sink;
  heard::ReadNotes(*notes, spec, &sink);
  sink.CheckBalanced();
  return 0;
}
