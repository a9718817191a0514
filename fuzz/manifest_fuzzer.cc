// Fuzzes the consultation manifest parser (consultation.yaml): YAML syntax,
// unknown keys, sources, columns, recodes. Reads no files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "/fuzz/consultation.yaml";
  heard::StatusOr<heard::Manifest> manifest =
      heard::ParseManifest(std::string(reinterpret_cast<const char*>(data), size), path);
  if (!manifest.ok()) {
    heard::CheckNamesFile(manifest.status(), path);
    return 0;
  }
  manifest->AttributeKeys();
  for (const heard::SourceSpec& source : manifest->sources) {
    heard::FuzzCheck(!source.format.empty(), "every source has a format");
  }
  return 0;
}
