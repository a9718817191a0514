#include "lexicon/codebook_writer.h"

#include <yaml-cpp/yaml.h>

#include <string_view>
#include <vector>

namespace heard {
namespace {

// True for text a YAML reader would take for a number or a boolean when
// unquoted: the loader would still read it as a string, but a person
// editing the file should see that it is text.
bool LooksTyped(std::string_view text) {
  if (text.empty()) return false;
  if (text.find_first_not_of("0123456789.+-") == std::string_view::npos) return true;
  std::string lower;
  for (char c : text) lower += (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
  for (const char* word : {"y", "n", "yes", "no", "true", "false", "on", "off"}) {
    if (lower == word) return true;
  }
  return false;
}

void EmitText(YAML::Emitter& out, const std::string& text) {
  if (LooksTyped(text)) out << YAML::DoubleQuoted;
  out << text;
}

void EmitField(YAML::Emitter& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << YAML::Key << key << YAML::Value;
  EmitText(out, value);
}

void EmitTerms(YAML::Emitter& out, const char* key, const std::vector<Term>& terms) {
  if (terms.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const Term& term : terms) {
    if (term.kind == Term::Kind::kRegex) {
      out << YAML::BeginMap << YAML::Key << "re" << YAML::Value << term.text << YAML::EndMap;
    } else {
      EmitText(out, term.text);
    }
  }
  out << YAML::EndSeq;
}

void EmitTheme(YAML::Emitter& out, const Theme& theme) {
  out << YAML::BeginMap;
  EmitField(out, "id", theme.id);
  if (theme.label != theme.id) EmitField(out, "label", theme.label);
  EmitField(out, "description", theme.description);
  EmitField(out, "parent", theme.parent);
  EmitTerms(out, "terms", theme.terms);
  EmitTerms(out, "exclude", theme.excludes);
  out << YAML::EndMap;
}

}  // namespace

std::string CodebookYaml(const Codebook& book) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  EmitField(out, "name", book.name);
  if (!book.version.empty()) {
    // Always quoted, as doc/codebook.md asks ("2026.11-1", "2").
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << book.version;
  }
  EmitField(out, "description", book.description);
  out << YAML::Key << "themes" << YAML::Value << YAML::BeginSeq;
  for (const Theme& theme : book.themes) EmitTheme(out, theme);
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace heard
