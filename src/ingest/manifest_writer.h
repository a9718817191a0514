// Writing a manifest back out as YAML: for runs without one, heard prints
// the manifest it guessed, ready to save as consultation.yaml and correct.
// Tests: tests/ingest/manifest_writer_test.cc.
#ifndef HEARD_INGEST_MANIFEST_WRITER_H_
#define HEARD_INGEST_MANIFEST_WRITER_H_

#include <string>

#include "ingest/manifest.h"

namespace heard {

// `manifest` as consultation.yaml text; source paths are written relative
// to `base` (the folder the file would be saved in).
std::string ManifestYaml(const Manifest& manifest, const std::string& base);

}  // namespace heard

#endif  // HEARD_INGEST_MANIFEST_WRITER_H_
