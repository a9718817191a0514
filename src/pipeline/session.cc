#include "pipeline/session.h"

#include <filesystem>
#include <vector>

#include "ingest/ingest.h"
#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

std::string SelfDir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.parent_path().string();
}

}  // namespace

std::string DefaultCodebookPath() {
  std::vector<fs::path> candidates = {"lexicons/carers"};
  const std::string self = SelfDir();
  if (!self.empty()) {
    candidates.push_back(fs::path(self) / "../lexicons/carers");
    candidates.push_back(fs::path(self) / "../share/heard/lexicons/carers");
  }
#ifdef HEARD_SOURCE_DIR
  candidates.push_back(fs::path(HEARD_SOURCE_DIR) / "lexicons/carers");
#endif
  for (const fs::path& path : candidates) {
    if (fs::exists(path / "codebook.yaml")) return path.lexically_normal().string();
  }
  return "lexicons/carers";
}

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kUsageError: return kExitUsage;
    case Status::Code::kInputError: return kExitInput;
    case Status::Code::kOutputError: return kExitOutput;
  }
  return kExitInput;
}

int Fail(const Status& status, std::ostream& err) {
  err << "heard: " << status.message() << "\n";
  return ExitCodeFor(status);
}

StatusOr<std::unique_ptr<Session>> OpenSession(const InputRequest& input,
                                               const std::string& codebook_path) {
  auto session = std::make_unique<Session>();
  StatusOr<Manifest> manifest = PlanInputs(input);
  if (!manifest.ok()) return manifest.status();
  session->manifest = std::move(*manifest);
  StatusOr<Codebook> codebook =
      LoadCodebook(codebook_path.empty() ? DefaultCodebookPath() : codebook_path);
  if (!codebook.ok()) return codebook.status();
  session->codebook = std::move(*codebook);
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(session->codebook);
  if (!matcher.ok()) return matcher.status();
  session->matcher = std::move(*matcher);
  Status prepared = PrepareSources(&session->manifest);
  if (!prepared.ok()) return prepared;
  return session;
}

}  // namespace heard
