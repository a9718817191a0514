#include "ingest/manifest_writer.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>

namespace heard {
namespace {

void EmitPairs(YAML::Emitter& out, const char* key, const NamedValues& values) {
  if (values.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  for (const auto& [name, value] : values) out << YAML::Key << name << YAML::Value << value;
  out << YAML::EndMap;
}

void EmitSource(YAML::Emitter& out, const SourceSpec& spec, const std::string& base) {
  const std::string file =
      std::filesystem::path(spec.path).lexically_relative(base.empty() ? "." : base).string();
  out << YAML::BeginMap;
  out << YAML::Key << "file" << YAML::Value << (file.empty() ? spec.path : file);
  out << YAML::Key << "channel" << YAML::Value << spec.channel;
  out << YAML::Key << "format" << YAML::Value << spec.format;
  if (!spec.sheet.empty()) out << YAML::Key << "sheet" << YAML::Value << spec.sheet;
  if (!spec.id_column.empty()) out << YAML::Key << "id_column" << YAML::Value << spec.id_column;
  if (!spec.date_column.empty()) {
    out << YAML::Key << "date_column" << YAML::Value << spec.date_column;
  }
  if (!spec.question.empty()) out << YAML::Key << "question" << YAML::Value << spec.question;
  EmitPairs(out, "questions", spec.questions);
  EmitPairs(out, "attributes", spec.attributes);
  EmitPairs(out, "fixed", spec.fixed);
  out << YAML::EndMap;
}

}  // namespace

std::string ManifestYaml(const Manifest& manifest, const std::string& base) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value << manifest.name;
  out << YAML::Key << "title" << YAML::Value << (manifest.title.empty() ? manifest.name : manifest.title);
  out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
  for (const Question& q : manifest.questions) {
    out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << q.id << YAML::Key << "text"
        << YAML::Value << q.text << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
  for (const SourceSpec& spec : manifest.sources) EmitSource(out, spec, base);
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace heard
