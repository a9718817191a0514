#include "ingest/manifest.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/file_io.h"
#include "core/yaml_doc.h"
#include "ingest/source_path.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

// A map of string -> string, in file order.
StatusOr<NamedValues> Pairs(const YamlDoc& cx, const YAML::Node& node,
                            const char* what) {
  NamedValues out;
  if (!node) return out;
  if (!node.IsMap()) return cx.Error(node, std::string(what) + " must be a map");
  for (const auto& entry : node) {
    if (!entry.second.IsScalar()) {
      return cx.Error(entry.second, std::string("each entry of ") + what +
                                        " must be a single value");
    }
    out.emplace_back(entry.first.as<std::string>(), entry.second.as<std::string>());
  }
  return out;
}

Status ParseQuestions(const YamlDoc& cx, const YAML::Node& list, Manifest* out) {
  if (!list) return Status::Ok();
  if (!list.IsSequence()) return cx.Error(list, "questions must be a list");
  for (const YAML::Node& node : list) {
    if (!node.IsMap()) return cx.Error(node, "a question must be a map with id and text");
    Status keys = cx.CheckKeys(node, {"id", "text"}, "question");
    if (!keys.ok()) return keys;
    Question question{Scalar(node, "id"), Scalar(node, "text")};
    if (question.id.empty()) return cx.Error(node, "question has no id");
    out->questions.push_back(std::move(question));
  }
  return Status::Ok();
}

Status CheckQuestionIds(const YamlDoc& cx, const YAML::Node& node,
                        const SourceSpec& spec, const Manifest& manifest) {
  if (manifest.questions.empty()) return Status::Ok();
  auto known = [&](const std::string& id) {
    return std::any_of(manifest.questions.begin(), manifest.questions.end(),
                       [&](const Question& q) { return q.id == id; });
  };
  for (const auto& [id, column] : spec.questions) {
    if (!known(id)) return cx.Error(node["questions"], "unknown question id '" + id + "'");
  }
  if (!spec.question.empty() && !known(spec.question)) {
    return cx.Error(node["question"], "unknown question id '" + spec.question + "'");
  }
  return Status::Ok();
}

Status ParseTableOptions(const YamlDoc& cx, const YAML::Node& node, SourceSpec* spec) {
  spec->sheet = Scalar(node, "sheet");
  if (!spec->sheet.empty() && spec->format != "xlsx") {
    return cx.Error(node["sheet"], "'sheet' is only for xlsx sources");
  }
  if (const YAML::Node rows = node["header_rows"]) {
    int n = 0;
    if (!YAML::convert<int>::decode(rows, n) || n < 1 || n > 5) {
      return cx.Error(rows, "header_rows must be a whole number from 1 to 5");
    }
    spec->header_rows = n;
  }
  return Status::Ok();
}

StatusOr<SourceSpec> ParseSource(const YamlDoc& cx, const YAML::Node& node,
                                 const Manifest& manifest) {
  if (!node.IsMap()) return cx.Error(node, "a source must be a map");
  Status keys = cx.CheckKeys(node,
                          {"file", "channel", "format", "id_column", "date_column",
                           "questions", "attributes", "fixed", "question", "sheet",
                           "header_rows"},
                          "source");
  if (!keys.ok()) return keys;
  SourceSpec spec;
  spec.location = cx.At(node);
  spec.limits = manifest.limits;
  spec.file = Scalar(node, "file");
  if (spec.file.empty()) return cx.Error(node, "source has no file");
  spec.path = (fs::path(cx.file()).parent_path() / spec.file).string();
  spec.format = Scalar(node, "format");
  if (spec.format.empty()) spec.format = FormatFromExtension(spec.file);
  if (spec.format.empty()) {
    return cx.Error(node, "cannot tell the format of '" + spec.file +
                              "' from its name; add format: (csv, tsv, xlsx, notes, docx, "
                              "email or letter)");
  }
  if (!IsTableFormat(spec.format) && !IsNotesFormat(spec.format) &&
      !IsMessageFormat(spec.format)) {
    return cx.Error(node["format"] ? node["format"] : node,
                    "unknown format '" + spec.format +
                        "' (expected csv, tsv, xlsx, notes, docx, email or letter)");
  }
  Status table_options = ParseTableOptions(cx, node, &spec);
  if (!table_options.ok()) return table_options;
  spec.channel = Scalar(node, "channel");
  if (spec.channel.empty()) return cx.Error(node, "source '" + spec.file + "' has no channel");
  spec.id_column = Scalar(node, "id_column");
  spec.date_column = Scalar(node, "date_column");
  spec.question = Scalar(node, "question");
  for (auto [key, target] : {std::pair{"questions", &spec.questions},
                             std::pair{"attributes", &spec.attributes},
                             std::pair{"fixed", &spec.fixed}}) {
    StatusOr<NamedValues> values = Pairs(cx, node[key], key);
    if (!values.ok()) return values.status();
    *target = std::move(*values);
  }
  Status ids = CheckQuestionIds(cx, node, spec, manifest);
  if (!ids.ok()) return ids;
  return spec;
}

StatusOr<CopyPolicy> ParsePolicy(const YamlDoc& cx, const YAML::Node& node,
                                 CopyPolicy fallback) {
  if (!node) return fallback;
  const std::string value = node.IsScalar() ? node.as<std::string>() : "";
  if (value == "count_once") return CopyPolicy::kCountOnce;
  if (value == "count_each") return CopyPolicy::kCountEach;
  return cx.Error(node, "expected count_once or count_each");
}

Status ParseRecodes(const YamlDoc& cx, const YAML::Node& list, Manifest* out) {
  if (!list) return Status::Ok();
  if (!list.IsSequence()) return cx.Error(list, "recode must be a list");
  for (const YAML::Node& node : list) {
    if (!node.IsMap()) return cx.Error(node, "a recoding must be a map");
    Status keys = cx.CheckKeys(node, {"attribute", "from", "values"}, "recoding");
    if (!keys.ok()) return keys;
    Recode recode;
    recode.location = cx.At(node);
    recode.attribute = Scalar(node, "attribute");
    if (recode.attribute.empty()) return cx.Error(node, "recoding has no attribute");
    recode.from = Scalar(node, "from");
    if (recode.from.empty()) recode.from = recode.attribute;
    StatusOr<NamedValues> values = Pairs(cx, node["values"], "values");
    if (!values.ok()) return values.status();
    if (values->empty()) return cx.Error(node, "recoding has no values");
    recode.values = std::move(*values);
    out->recodes.push_back(std::move(recode));
  }
  return Status::Ok();
}

// The `limits:` block: each key a limit's name (core/limits.h), each value
// a number; a misspelt name is an error, as for every other key.
Status ParseLimits(const YamlDoc& cx, const YAML::Node& node, Limits* limits) {
  if (!node) return Status::Ok();
  if (!node.IsMap()) return cx.Error(node, "limits must be a map of limit names to numbers");
  const std::vector<std::string> names = LimitNames();
  Status keys = cx.CheckKeys(node, std::set<std::string>(names.begin(), names.end()), "limits");
  if (!keys.ok()) return keys;
  for (const auto& entry : node) {
    const std::string value = entry.second.IsScalar() ? entry.second.Scalar() : "";
    const std::string problem = SetLimit(entry.first.Scalar(), value, limits);
    if (!problem.empty()) return cx.Error(entry.second, problem);
  }
  return Status::Ok();
}

}  // namespace

bool IsTableFormat(const std::string& f) { return f == "csv" || f == "tsv" || f == "xlsx"; }
bool IsNotesFormat(const std::string& f) { return f == "notes" || f == "docx"; }
bool IsMessageFormat(const std::string& f) { return f == "email" || f == "letter"; }

std::string Manifest::QuestionText(const std::string& id) const {
  for (const Question& question : questions) {
    if (question.id == id) return question.text.empty() ? id : question.text;
  }
  return id;
}

std::vector<std::string> Manifest::AttributeKeys() const {
  std::vector<std::string> keys;
  auto add = [&](const std::string& key) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  };
  for (const SourceSpec& spec : sources) {
    for (const auto& [key, value] : spec.fixed) add(key);
    for (const auto& [key, column] : spec.attributes) add(key);
    if (IsNotesFormat(spec.format)) add("group");
  }
  return keys;
}

std::string FormatFromExtension(const std::string& file) {
  std::string ext = fs::path(file).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == ".csv") return "csv";
  if (ext == ".tsv" || ext == ".tab") return "tsv";
  if (ext == ".txt" || ext == ".md" || ext == ".markdown") return "notes";
  if (ext == ".xlsx") return "xlsx";
  if (ext == ".docx") return "docx";
  if (ext == ".eml") return "email";
  return "";
}

static StatusOr<Manifest> ParseManifestUnguarded(const std::string& text, const std::string& file) {
  const YamlDoc cx(file);
  StatusOr<YAML::Node> parsed = cx.Parse(text);
  if (!parsed.ok()) return parsed.status();
  const YAML::Node root = *parsed;
  if (!root.IsMap()) return cx.Error(root, "a manifest must be a YAML map");
  Status keys = cx.CheckKeys(root,
                          {"name", "title", "organisation", "window", "questions",
                           "sources", "recode", "duplicates", "campaigns", "redact_names",
                           "limits"},
                          "manifest");
  if (!keys.ok()) return keys;
  Manifest manifest;
  manifest.path = file;
  manifest.name = Scalar(root, "name");
  if (manifest.name.empty()) {
    manifest.name = fs::path(file).parent_path().filename().string();
  }
  manifest.title = Scalar(root, "title");
  manifest.organisation = Scalar(root, "organisation");
  if (const YAML::Node names = root["redact_names"]) {
    if (!names.IsSequence()) return cx.Error(names, "redact_names must be a list of names");
    for (const YAML::Node& name : names) {
      if (!name.IsScalar() || name.Scalar().empty()) {
        return cx.Error(name, "each entry of redact_names must be a name");
      }
      manifest.redact_names.push_back(name.Scalar());
    }
  }
  if (const YAML::Node window = root["window"]) {
    // A scalar or list here would make the key check and lookups below throw.
    if (!window.IsMap() && !window.IsNull()) {
      return cx.Error(window, "window must be a map with opens and closes");
    }
    Status window_keys = cx.CheckKeys(window, {"opens", "closes"}, "window");
    if (!window_keys.ok()) return window_keys;
    manifest.opens = Scalar(window, "opens");
    manifest.closes = Scalar(window, "closes");
  }
  Status questions = ParseQuestions(cx, root["questions"], &manifest);
  if (!questions.ok()) return questions;
  Status recodes = ParseRecodes(cx, root["recode"], &manifest);
  if (!recodes.ok()) return recodes;
  StatusOr<CopyPolicy> duplicates = ParsePolicy(cx, root["duplicates"], CopyPolicy::kCountOnce);
  if (!duplicates.ok()) return duplicates.status();
  manifest.duplicates = *duplicates;
  StatusOr<CopyPolicy> campaigns = ParsePolicy(cx, root["campaigns"], CopyPolicy::kCountEach);
  if (!campaigns.ok()) return campaigns.status();
  manifest.campaigns = *campaigns;
  Status limits = ParseLimits(cx, root["limits"], &manifest.limits);
  if (!limits.ok()) return limits;
  const YAML::Node sources = root["sources"];
  if (!sources || !sources.IsSequence() || sources.size() == 0) {
    return cx.Error(sources ? sources : root, "a manifest needs a list of sources");
  }
  for (const YAML::Node& node : sources) {
    StatusOr<SourceSpec> spec = ParseSource(cx, node, manifest);
    if (!spec.ok()) return spec.status();
    manifest.sources.push_back(std::move(*spec));
  }
  return manifest;
}

// yaml-cpp throws on some malformed shapes (a list where a map is expected,
// a key that is itself a list); none of them may escape as a crash.
StatusOr<Manifest> ParseManifest(const std::string& text, const std::string& file) {
  try {
    return ParseManifestUnguarded(text, file);
  } catch (const YAML::Exception& e) {
    return Status::InputError(FormatError(
        Location{file, e.mark.line + 1, e.mark.column + 1}, e.msg));
  }
}

StatusOr<Manifest> LoadManifest(const std::string& path) {
  std::string file = path;
  if (fs::is_directory(path)) file = (fs::path(path) / "consultation.yaml").string();
  StatusOr<std::string> text = ReadFile(file);
  if (!text.ok()) return text.status();
  StatusOr<Manifest> manifest = ParseManifest(*text, file);
  if (!manifest.ok()) return manifest;
  for (const SourceSpec& spec : manifest->sources) {
    Status inside = CheckSourceInFolder(spec, file);
    if (!inside.ok()) return inside;
  }
  return manifest;
}

}  // namespace heard
