#include "lexicon/codebook_loader.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <map>
#include <set>

#include "core/content_hash.h"
#include "core/file_io.h"
#include "core/yaml_doc.h"
#include "lexicon/liwc_import.h"
#include "lexicon/quanteda_import.h"
#include "lexicon/term_pattern.h"

namespace heard {
namespace {

StatusOr<Term> ParseTerm(const YamlDoc& doc, const YAML::Node& node) {
  Term term;
  term.location = doc.At(node);
  if (node.IsMap()) {
    Status keys = doc.CheckKeys(node, {"re"}, "term");
    if (!keys.ok()) return keys;
    term.kind = Term::Kind::kRegex;
    term.text = Scalar(node, "re");
  } else if (node.IsScalar()) {
    term.text = node.as<std::string>();
    term.kind = ClassifyTerm(term.text);
  } else {
    return doc.Error(node, "a term must be a string or {re: PATTERN}");
  }
  StatusOr<std::string> body = TermBody(term);
  if (!body.ok()) return doc.Error(node, body.status().message());
  return term;
}

Status ParseTerms(const YamlDoc& doc, const YAML::Node& list,
                  std::vector<Term>* out) {
  if (!list) return Status::Ok();
  if (!list.IsSequence()) return doc.Error(list, "expected a list of terms");
  for (const YAML::Node& item : list) {
    StatusOr<Term> term = ParseTerm(doc, item);
    if (!term.ok()) return term.status();
    out->push_back(std::move(*term));
  }
  return Status::Ok();
}

bool IsValidId(const std::string& id) {
  if (id.empty() || id[0] < 'a' || id[0] > 'z') return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

StatusOr<Theme> ParseTheme(const YamlDoc& doc, const YAML::Node& node) {
  if (!node.IsMap()) return doc.Error(node, "a theme must be a map");
  Status keys = doc.CheckKeys(
      node, {"id", "label", "description", "parent", "terms", "exclude"}, "theme");
  if (!keys.ok()) return keys;
  Theme theme;
  theme.location = doc.At(node);
  theme.id = Scalar(node, "id");
  if (theme.id.empty()) return doc.Error(node, "theme has no id");
  if (!IsValidId(theme.id)) {
    return doc.Error(node["id"],
                   "theme id '" + theme.id +
                       "' must be lower-case letters, digits and '_', "
                       "starting with a letter");
  }
  theme.label = Scalar(node, "label");
  if (theme.label.empty()) theme.label = theme.id;
  theme.description = Scalar(node, "description");
  theme.parent = Scalar(node, "parent");
  Status terms = ParseTerms(doc, node["terms"], &theme.terms);
  if (!terms.ok()) return terms;
  Status excludes = ParseTerms(doc, node["exclude"], &theme.excludes);
  if (!excludes.ok()) return excludes;
  return theme;
}

Status CheckParents(const YamlDoc& doc, const YAML::Node& list,
                    const Codebook& book) {
  for (size_t i = 0; i < book.themes.size(); ++i) {
    const Theme& theme = book.themes[i];
    if (theme.parent.empty()) continue;
    const int parent = book.IndexOf(theme.parent);
    if (parent < 0) {
      return doc.Error(list[i]["parent"],
                     "unknown parent theme '" + theme.parent + "'");
    }
    if (!book.themes[parent].parent.empty()) {
      return doc.Error(list[i]["parent"],
                     "parent theme '" + theme.parent +
                         "' is itself a sub-theme; themes nest one level");
    }
  }
  return Status::Ok();
}

}  // namespace

static StatusOr<Codebook> ParseCodebookUnguarded(const std::string& text,
                                 const std::string& file) {
  const YamlDoc doc(file);
  StatusOr<YAML::Node> parsed = doc.Parse(text);
  if (!parsed.ok()) return parsed.status();
  const YAML::Node root = *parsed;
  if (!root.IsMap()) return doc.Error(root, "a codebook must be a YAML map");
  Status keys = doc.CheckKeys(root,
                          {"name", "version", "description", "themes"},
                          "codebook");
  if (!keys.ok()) return keys;
  Codebook book;
  book.path = file;
  book.hash = ContentHash(text);
  book.name = Scalar(root, "name");
  book.version = Scalar(root, "version");
  book.description = Scalar(root, "description");
  const YAML::Node list = root["themes"];
  if (!list || !list.IsSequence() || list.size() == 0) {
    return doc.Error(list ? list : root, "a codebook needs a list of themes");
  }
  std::map<std::string, int> first_line;
  for (const YAML::Node& node : list) {
    StatusOr<Theme> theme = ParseTheme(doc, node);
    if (!theme.ok()) return theme.status();
    auto [it, fresh] = first_line.emplace(theme->id, theme->location.line);
    if (!fresh) {
      return doc.Error(node["id"],
                     "duplicate theme id '" + theme->id + "' (first at line " +
                         std::to_string(it->second) + ")");
    }
    book.themes.push_back(std::move(*theme));
  }
  Status parents = CheckParents(doc, list, book);
  if (!parents.ok()) return parents;
  return book;
}

// yaml-cpp throws on some malformed shapes (a list where a map is expected,
// a key that is itself a list); none of them may escape as a crash.
StatusOr<Codebook> ParseCodebook(const std::string& text, const std::string& file) {
  try {
    return ParseCodebookUnguarded(text, file);
  } catch (const YAML::Exception& e) {
    return Status::InputError(FormatError(
        Location{file, e.mark.line + 1, e.mark.column + 1}, e.msg));
  }
}

StatusOr<Codebook> LoadCodebook(const std::string& path) {
  std::string file = path;
  if (std::filesystem::is_directory(path)) {
    file = (std::filesystem::path(path) / "codebook.yaml").string();
  }
  StatusOr<std::string> text = ReadFile(file);
  if (!text.ok()) return text.status();
  if (IsLiwcDictionaryPath(file)) return ImportLiwcDictionary(*text, file);
  if (LooksLikeQuantedaDictionary(file, *text)) {
    return ImportQuantedaDictionary(*text, file);
  }
  return ParseCodebook(*text, file);
}

}  // namespace heard
