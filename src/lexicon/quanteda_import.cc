#include "lexicon/quanteda_import.h"

#include <yaml-cpp/yaml.h>

#include <set>
#include <vector>

#include "core/yaml_doc.h"
#include "lexicon/dictionary_import.h"

namespace heard {
namespace {

// The key quanteda's as.yaml() uses for a category's own values when the
// category also has sub-categories.
constexpr char kOwnValues[] = "__";

// Walks the category tree depth first, so a theme always precedes its
// sub-themes, and every category's terms land in the theme it maps to.
class QuantedaImporter {
 public:
  QuantedaImporter(const YamlDoc& doc, Codebook* book) : doc_(doc), book_(book) {}

  Status AddTopLevel(const YAML::Node& root) {
    for (const auto& entry : root) {
      Status added = AddCategory(entry.first, entry.second, 1, -1, "");
      if (!added.ok()) return added;
    }
    return Status::Ok();
  }

 private:
  // The category being read: its key (for messages), dotted name
  // ("breaks.respite"), the theme its terms go to, and how many values and
  // sub-categories it has shown so far, duplicates included.
  struct Category {
    YAML::Node key;
    std::string dotted;
    int theme = -1;
    int items = 0;
  };

  // Adds the category `key: value` at `depth` (1 = top level) below the
  // theme `owner` (-1 at the top); `path` is the owner's dotted name.
  Status AddCategory(const YAML::Node& key, const YAML::Node& value, int depth, int owner,
                     const std::string& path) {
    if (!key.IsScalar()) return doc_.Error(key, "a category name must be a plain string");
    const std::string name = key.as<std::string>();
    Category category{key, path.empty() ? name : path + "." + name, owner};
    if (depth <= 2) {
      StatusOr<int> theme = AddTheme(key, name, category.dotted, owner);
      if (!theme.ok()) return theme.status();
      category.theme = *theme;
    } else {
      Fold(owner, category.dotted);
    }
    Status content = AddContent(value, depth, &category);
    if (!content.ok()) return content;
    if (category.items == 0) {
      return doc_.Error(key, "category '" + category.dotted + "' has no terms");
    }
    return Status::Ok();
  }

  // The theme for a level-1 or level-2 category, appended to the book.
  StatusOr<int> AddTheme(const YAML::Node& key, const std::string& name, const std::string& dotted,
                         int owner) {
    StatusOr<std::string> id = ThemeIdForCategory(name);
    if (!id.ok()) return doc_.Error(key, id.status().message());
    Theme theme;
    theme.label = name;
    theme.location = doc_.At(key);
    theme.id = *id;
    if (owner >= 0) {
      theme.parent = book_->themes[owner].id;
      theme.id = theme.parent + "_" + *id;
    }
    Status claimed = ids_.Claim(theme.id, dotted, theme.location);
    if (!claimed.ok()) return claimed;
    book_->themes.push_back(std::move(theme));
    seen_.emplace_back();
    return static_cast<int>(book_->themes.size()) - 1;
  }

  // Records in the description that `dotted` was folded into `theme`.
  void Fold(int theme, const std::string& dotted) {
    std::string& description = book_->themes[theme].description;
    description += description.empty() ? "Includes the nested categories: " : ", ";
    description += dotted;
  }

  // A category's value: null, one term, a list of terms, or a map of
  // sub-categories (with its own terms under "__").
  Status AddContent(const YAML::Node& value, int depth, Category* category) {
    if (!value.IsMap()) return AddTerms(value, category);
    for (const auto& entry : value) {
      if (entry.first.IsScalar() && entry.first.as<std::string>() == kOwnValues) {
        if (entry.second.IsMap()) {
          return doc_.Error(entry.second,
                            "'__' holds the category's own terms: "
                            "a string or a list of strings");
        }
        Status terms = AddTerms(entry.second, category);
        if (!terms.ok()) return terms;
        continue;
      }
      ++category->items;
      Status added =
          AddCategory(entry.first, entry.second, depth + 1, category->theme, category->dotted);
      if (!added.ok()) return added;
    }
    return Status::Ok();
  }

  Status AddTerms(const YAML::Node& value, Category* category) {
    if (value.IsNull()) return Status::Ok();
    if (value.IsScalar()) return AddTerm(value, category);
    for (const YAML::Node& item : value) {
      Status added = AddTerm(item, category);
      if (!added.ok()) return added;
    }
    return Status::Ok();
  }

  Status AddTerm(const YAML::Node& item, Category* category) {
    ++category->items;
    if (item.IsNull()) {
      // yaml-cpp marks a null item where the next token starts, often on
      // the line after; the category's name is where a reader finds it.
      return doc_.Error(category->key, "category '" + category->dotted +
                                           "' has an empty term (a '-' with "
                                           "nothing after it)");
    }
    if (!item.IsScalar()) {
      return doc_.Error(item,
                        "a term must be a string; sub-categories are "
                        "written as a map, not inside a list");
    }
    StatusOr<Term> term = DictionaryTerm(item.as<std::string>(), doc_.At(item), true);
    if (!term.ok()) return term.status();
    if (seen_[category->theme].insert(term->text).second) {
      book_->themes[category->theme].terms.push_back(std::move(*term));
    }
    return Status::Ok();
  }

  const YamlDoc& doc_;
  Codebook* book_;
  ThemeIdRegistry ids_;
  std::vector<std::set<std::string>> seen_;  // term texts per theme
};

// YAML forbids tabs in indentation, and yaml-cpp's message for one ("illegal
// block entry", at the character after it) does not say so. Called only
// when parsing failed: an error naming the first line indented with a tab.
Status TabIndentation(const std::string& text, const std::string& file) {
  int line = 1;
  for (size_t start = 0; start < text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const size_t indent_end = text.find_first_not_of(" \t", start);
    if (indent_end < end && text.find('\t', start) < indent_end) {
      return Status::InputError(
          FormatError(Location{file, line, static_cast<int>(text.find('\t', start) - start) + 1},
                      "a tab indents this line; YAML indents with spaces only"));
    }
    start = end + 1;
  }
  return Status::Ok();
}

bool IsOwnTopLevelKey(const std::string& key) {
  return key == "name" || key == "version" || key == "description";
}

StatusOr<Codebook> ImportUnguarded(const std::string& text, const std::string& file) {
  Status utf8 = CheckUtf8(text, file);
  if (!utf8.ok()) return utf8;
  const YamlDoc doc(file);
  StatusOr<YAML::Node> parsed = doc.Parse(text);
  if (!parsed.ok()) {
    Status tab = TabIndentation(text, file);
    return tab.ok() ? parsed.status() : tab;
  }
  const YAML::Node root = *parsed;
  if (root.IsNull() || (root.IsMap() && root.size() == 0)) {
    return Status::InputError(
        FormatError(Location{file, 1, 1}, "the dictionary is empty: no categories"));
  }
  if (!root.IsMap()) {
    return doc.Error(root,
                     "a quanteda dictionary must be a map from category "
                     "names to terms");
  }
  Codebook book = ImportedCodebook(text, file, "quanteda dictionary");
  QuantedaImporter importer(doc, &book);
  Status added = importer.AddTopLevel(root);
  if (!added.ok()) return added;
  return book;
}

}  // namespace

bool LooksLikeQuantedaDictionary(const std::string& file, const std::string& text) {
  if (!HasExtension(file, ".yml") && !HasExtension(file, ".yaml")) return false;
  try {
    const YAML::Node root = YAML::Load(text);
    if (!root.IsMap() || root["themes"]) return false;
    for (const auto& entry : root) {
      if (!entry.first.IsScalar()) return false;
      if (!IsOwnTopLevelKey(entry.first.as<std::string>())) return true;
      if (!entry.second.IsScalar()) return true;
    }
  } catch (const YAML::Exception&) {
    // Not parseable: ParseCodebook reports the syntax error.
  }
  return false;
}

// yaml-cpp throws on some shapes; none of them may escape as a crash.
StatusOr<Codebook> ImportQuantedaDictionary(const std::string& text, const std::string& file) {
  try {
    return ImportUnguarded(text, file);
  } catch (const YAML::Exception& e) {
    return Status::InputError(
        FormatError(Location{file, e.mark.line + 1, e.mark.column + 1}, e.msg));
  }
}

}  // namespace heard
