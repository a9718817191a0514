#include "ingest/input_plan.h"

#include <algorithm>
#include <filesystem>

namespace heard {
namespace {

namespace fs = std::filesystem;

bool IsManifestFile(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::string ManifestIn(const std::string& input) {
  if (fs::is_directory(input) && fs::exists(fs::path(input) / "consultation.yaml")) {
    return (fs::path(input) / "consultation.yaml").string();
  }
  if (IsManifestFile(input)) return input;
  return "";
}

// The data files `input` stands for: itself, or a folder's known files.
StatusOr<std::vector<std::string>> DataFiles(const std::string& input) {
  if (!fs::exists(input)) {
    return Status::InputError(FormatError(Location{input}, "no such file or folder"));
  }
  if (!fs::is_directory(input)) {
    if (FormatFromExtension(input).empty()) {
      return Status::InputError(FormatError(
          Location{input}, "cannot tell the format from the file name "
                           "(expected .csv, .tsv, .xlsx, .txt, .md, .docx or .eml)"));
    }
    return std::vector<std::string>{input};
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(input)) {
    if (entry.is_regular_file() && !FormatFromExtension(entry.path().string()).empty()) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    return Status::InputError(FormatError(
        Location{input},
        "no consultation.yaml and no .csv, .tsv, .xlsx, .txt, .md, .docx or .eml files"));
  }
  return files;
}

SourceSpec SpecFor(const std::string& file, const InputRequest& request,
                   const std::string& format) {
  SourceSpec spec;
  spec.file = fs::path(file).lexically_normal().filename().string();
  if (spec.file.empty()) spec.file = fs::path(file).lexically_normal().parent_path().filename().string();
  spec.path = file;
  spec.format = format;
  spec.location = Location{file};
  if (IsNotesFormat(spec.format) || IsMessageFormat(spec.format)) {
    const char* channel = IsMessageFormat(spec.format) ? "email" : "workshop";
    spec.channel = request.channel.empty() ? channel : request.channel;
    spec.question = "discussion";
    return spec;
  }
  spec.channel = request.channel.empty() ? "survey" : request.channel;
  spec.id_column = request.id_column;
  spec.guess = true;
  for (const std::string& column : request.text_columns) {
    spec.questions.emplace_back(column, column);
  }
  return spec;
}

std::string NameFor(const std::string& input) {
  fs::path path = fs::path(input).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return fs::is_directory(path) ? path.filename().string() : path.stem().string();
}

// Sets the command line's limits on the manifest and each of its sources.
Status ApplyLimits(const std::vector<std::string>& settings, Manifest* manifest) {
  for (const std::string& setting : settings) {
    const size_t equals = setting.find('=');
    const std::string problem =
        equals == std::string::npos
            ? "expected NAME=VALUE"
            : SetLimit(setting.substr(0, equals), setting.substr(equals + 1), &manifest->limits);
    if (!problem.empty()) return Status::UsageError("--limit " + setting + ": " + problem);
  }
  for (SourceSpec& spec : manifest->sources) spec.limits = manifest->limits;
  return Status::Ok();
}

StatusOr<Manifest> Planned(StatusOr<Manifest> manifest, const InputRequest& request) {
  if (!manifest.ok()) return manifest;
  Status limits = ApplyLimits(request.limits, &*manifest);
  if (!limits.ok()) return limits;
  return manifest;
}

StatusOr<Manifest> PlanWithoutLimits(const InputRequest& request);

}  // namespace

StatusOr<Manifest> PlanInputs(const InputRequest& request) {
  return Planned(PlanWithoutLimits(request), request);
}

namespace {

StatusOr<Manifest> PlanWithoutLimits(const InputRequest& request) {
  if (request.inputs.empty()) return Status::UsageError("no input given");
  const std::string manifest_path = ManifestIn(request.inputs[0]);
  if (!manifest_path.empty()) {
    if (request.inputs.size() > 1) {
      return Status::UsageError("a manifest describes the whole consultation: "
                                "give it alone, without other inputs");
    }
    if (!request.text_columns.empty() || !request.id_column.empty() ||
        !request.channel.empty()) {
      return Status::UsageError("--text-column, --id-column and --channel are for "
                                "files without a manifest; " + manifest_path +
                                " says which columns to read");
    }
    return LoadManifest(manifest_path);
  }
  Manifest manifest;
  manifest.name = NameFor(request.inputs[0]);
  manifest.title = manifest.name;
  for (const std::string& input : request.inputs) {
    if (!ManifestIn(input).empty()) {
      return Status::UsageError("give a manifest alone, without other inputs: " + input);
    }
    StatusOr<std::vector<std::string>> files = DataFiles(input);
    if (!files.ok()) return files.status();
    bool emails_added = false;
    for (const std::string& file : *files) {
      // A folder's e-mails are one source: one response per message.
      if (fs::is_directory(input) && FormatFromExtension(file) == "email") {
        if (!emails_added) manifest.sources.push_back(SpecFor(input, request, "email"));
        emails_added = true;
        continue;
      }
      manifest.sources.push_back(SpecFor(file, request, FormatFromExtension(file)));
    }
  }
  return manifest;
}

}  // namespace

}  // namespace heard
