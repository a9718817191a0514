#include "pipeline/codebook_convert.h"

#include <filesystem>

#include "core/file_io.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/codebook_writer.h"
#include "pipeline/session.h"

namespace heard {

int ConvertCodebook(const std::string& path, const std::string& out_path, std::ostream& out,
                    std::ostream& err) {
  StatusOr<Codebook> codebook = LoadCodebook(path);
  if (!codebook.ok()) return Fail(codebook.status(), err);
  const std::string yaml = CodebookYaml(*codebook);
  if (out_path.empty()) {
    out << yaml;
    return kExitOk;
  }
  if (std::filesystem::exists(out_path)) {
    return Fail(Status::OutputError(FormatError({out_path}, "already exists; not replaced")),
                err);
  }
  Status written = WriteFile(out_path, yaml);
  if (!written.ok()) return Fail(written, err);
  err << "Wrote " << codebook->themes.size() << " themes to " << out_path << "\n";
  return kExitOk;
}

}  // namespace heard
