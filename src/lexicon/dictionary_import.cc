#include "lexicon/dictionary_import.h"

#include <re2/re2.h>

#include <filesystem>
#include <vector>

#include "core/content_hash.h"
#include "lexicon/term_pattern.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace heard {
namespace {

bool IsGlob(char c, bool question_mark_is_glob) {
  return c == '*' || (c == '?' && question_mark_is_glob);
}

// True when `word` holds a glob character the wildcard kind cannot express:
// a `?`, or a `*` with a literal character on both sides.
bool NeedsRegex(const std::string& word, bool question_mark_is_glob) {
  if (question_mark_is_glob && word.find('?') != std::string::npos) return true;
  const size_t first = word.find_first_not_of('*');
  if (first == std::string::npos) return false;
  const size_t last = word.find_last_not_of('*');
  return word.find('*', first) < last;
}

// The RE2 pattern for one globbed word; empty when the word is only stars.
std::string GlobWordPattern(const std::string& word, bool question_mark_is_glob) {
  std::string out;
  std::string literal;
  bool has_non_star = false;
  for (char c : word) {
    if (!IsGlob(c, question_mark_is_glob)) {
      literal += c;
      has_non_star = true;
      continue;
    }
    has_non_star |= c == '?';
    out += RE2::QuoteMeta(literal);
    literal.clear();
    out += kTermWordChar;
    if (c == '*') out += '*';
  }
  out += RE2::QuoteMeta(literal);
  return has_non_star ? out : std::string();
}

}  // namespace

StatusOr<std::string> ThemeIdForCategory(std::string_view name) {
  std::string id;
  for (char c : NormalizeForMatch(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      id += c;
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty()) {
    return Status::InputError("cannot make a theme id from category name '" + std::string(name) +
                              "': it has no letters a-z or digits");
  }
  if (id[0] >= '0' && id[0] <= '9') id = "c_" + id;
  return id;
}

StatusOr<Term> DictionaryTerm(const std::string& text, const Location& where,
                              bool question_mark_is_glob) {
  Term term;
  term.location = where;
  term.text = text;
  term.kind = ClassifyTerm(text);
  const std::vector<std::string> words = SplitTermWords(NormalizeForMatch(text));
  bool regex = false;
  for (const std::string& word : words) regex |= NeedsRegex(word, question_mark_is_glob);
  if (regex) {
    std::string pattern;
    for (const std::string& word : words) {
      const std::string part = GlobWordPattern(word, question_mark_is_glob);
      if (part.empty()) {
        return Status::InputError(FormatError(where, "a term cannot be only '*': '" + text + "'"));
      }
      pattern += (pattern.empty() ? "" : kTermWordGap) + part;
    }
    term.text = pattern;
    term.kind = Term::Kind::kRegex;
  }
  StatusOr<std::string> body = TermBody(term);
  if (!body.ok()) {
    return Status::InputError(FormatError(where, body.status().message()));
  }
  return term;
}

Status CheckUtf8(std::string_view text, const std::string& file) {
  const int64_t bad = FirstInvalidUtf8(text);
  if (bad < 0) return Status::Ok();
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < static_cast<size_t>(bad); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  const int column = static_cast<int>(bad - line_start) + 1;
  return Status::InputError(FormatError(
      Location{file, line, column}, "invalid UTF-8; save the dictionary as UTF-8 and try again"));
}

bool HasExtension(const std::string& path, std::string_view extension) {
  if (path.size() < extension.size()) return false;
  const std::string_view tail = std::string_view(path).substr(path.size() - extension.size());
  for (size_t i = 0; i < tail.size(); ++i) {
    const char a = tail[i] >= 'A' && tail[i] <= 'Z' ? tail[i] - 'A' + 'a' : tail[i];
    if (a != extension[i]) return false;
  }
  return true;
}

Codebook ImportedCodebook(const std::string& text, const std::string& file,
                          const std::string& format) {
  const std::filesystem::path path(file);
  Codebook book;
  book.path = file;
  book.hash = ContentHash(text);
  book.name = path.stem().string();
  book.version = "imported-" + book.hash.substr(0, 8);
  book.description = "Imported from the " + format + " " + path.filename().string() + ".";
  return book;
}

Status ThemeIdRegistry::Claim(const std::string& id, const std::string& category,
                              const Location& where) {
  auto [it, fresh] = owners_.emplace(id, Owner{category, where.line});
  if (fresh) return Status::Ok();
  return Status::InputError(FormatError(
      where, "category '" + category + "' gives theme id '" + id + "', already used by category '" +
                 it->second.category + "' (line " + std::to_string(it->second.line) + ")"));
}

}  // namespace heard
