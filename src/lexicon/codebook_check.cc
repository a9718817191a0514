#include "lexicon/codebook_check.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "lexicon/regex_scan.h"
#include "lexicon/term_cover.h"
#include "lexicon/term_pattern.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace heard {
namespace {

using Findings = std::vector<CodebookFinding>;

constexpr size_t kQuoteLimit = 60;  // bytes of a long regex shown in a message

void Add(CodebookFinding::Severity severity, const Location& where, std::string message,
         Findings* out) {
  out->push_back({severity, where, std::move(message)});
}

void Warn(const Location& where, std::string message, Findings* out) {
  Add(CodebookFinding::Severity::kWarning, where, std::move(message), out);
}

// The compiled form of a term, which is what "the same term" means; "" when
// it does not compile (the loader has reported that already).
std::string Key(const Term& term) {
  StatusOr<std::string> body = TermBody(term);
  return body.ok() ? *body : std::string();
}

std::string LineOf(const Term& term) { return "line " + std::to_string(term.location.line); }

// "term" or "exclusion", for messages about `list`.
const char* KindName(const Theme& theme, const std::vector<Term>& list) {
  return &list == &theme.excludes ? "exclusion" : "term";
}

void CheckDuplicates(const Theme& theme, const std::vector<Term>& list, Findings* out) {
  std::map<std::string, size_t> first;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string key = Key(list[i]);
    if (key.empty()) continue;
    auto [it, fresh] = first.emplace(key, i);
    if (fresh) continue;
    const Term& earlier = list[it->second];
    std::string message = std::string("duplicate ") + KindName(theme, list) + " " +
                          QuotedTerm(list[i]) + " in theme '" + theme.id + "': ";
    message += earlier.text == list[i].text
                   ? "already at " + LineOf(earlier)
                   : "the same as " + QuotedTerm(earlier) + " at " + LineOf(earlier) +
                         " once normalised";
    Warn(list[i].location, message, out);
  }
}

void CheckCovered(const Theme& theme, const std::vector<Term>& list, Findings* out) {
  std::vector<std::string> keys;
  std::vector<TermCover> covers;
  covers.reserve(list.size());
  for (const Term& term : list) {
    keys.push_back(Key(term));
    covers.emplace_back(term);
  }
  std::set<std::string> seen;
  for (size_t n = 0; n < list.size(); ++n) {
    if (!seen.insert(keys[n]).second) continue;  // a duplicate: reported as one
    for (size_t w = 0; w < list.size(); ++w) {
      if (w == n || keys[w] == keys[n] || !covers[w].Covers(list[n])) continue;
      Warn(list[n].location,
           std::string(KindName(theme, list)) + " " + QuotedTerm(list[n]) + " in theme '" +
               theme.id + "' is covered by " + QuotedTerm(list[w]) + " at " + LineOf(list[w]) +
               ": everything it matches, that one matches too, so it adds no hit",
           out);
      break;
    }
  }
}

// The form normalisation gives `literal`, a code point of a regex; itself
// when normalised answers can hold it.
std::string NormalForm(std::string_view literal, bool ignores_case) {
  if (literal == " ") return " ";  // spaces survive normalisation, one at a time
  std::string probe(literal);
  if (ignores_case) {
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(literal.data(), i, static_cast<int32_t>(literal.size()), c);
    if (c >= 0) {
      probe.clear();
      AppendUtf8(u_foldCase(c, U_FOLD_CASE_DEFAULT), &probe);
    }
  }
  const std::string normalized = NormalizeForMatch(probe);
  return normalized == probe ? std::string(literal) : normalized;
}

void CheckRegexCharacters(const Theme& theme, const Term& term, const char* kind,
                          Findings* out) {
  const RegexFacts facts = ScanRegex(term.text);
  std::set<std::string_view> seen;
  std::string found, fixed;
  for (const RegexLiteral& literal : facts.literals) {
    if (!seen.insert(literal.text).second) continue;
    const std::string normal = NormalForm(literal.text, facts.ignores_case);
    if (normal == literal.text) continue;
    found += (found.empty() ? "" : " ") + std::string(literal.text);
    fixed += (fixed.empty() ? "" : " ") + (normal.empty() ? "(nothing)" : normal);
  }
  if (found.empty()) return;
  Warn(term.location,
       std::string("regex ") + kind + " " + QuotedTerm(term) + " in theme '" + theme.id +
           "' has characters normalised answers never contain: " + found +
           " (they read " + fixed + "); that part of the pattern can never match",
       out);
}

void CheckRegexEmpty(const Theme& theme, const Term& term, const char* kind, Findings* out) {
  StatusOr<std::string> body = TermBody(term);
  if (!body.ok()) return;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  const RE2 re(*body, options);
  if (!re.ok() || !RE2::FullMatch("", re)) return;
  Warn(term.location,
       std::string("regex ") + kind + " " + QuotedTerm(term) + " in theme '" + theme.id +
           "' can match the empty string, which gives zero-length hits; make some part "
           "of it required",
       out);
}

// True when every match of `pattern` must end with a space: the pattern
// ends in a space, or in a group (not optional) whose every alternative
// does. Such a term can only match where punctuation follows the space,
// since every term must end at a word boundary. A textual check: escapes
// and character classes inside the last group are not looked into.
bool EndsInRequiredSpace(const std::string& pattern) {
  if (pattern.empty()) return false;
  if (pattern.back() == ' ') return pattern.size() < 2 || pattern[pattern.size() - 2] != '\\';
  if (pattern.size() > 2 && pattern.back() == '?' && pattern[pattern.size() - 2] == ')') {
    // An optional last group: a space is required if both it and what
    // comes before it end in one.
    const std::string group = pattern.substr(0, pattern.size() - 1);
    if (!EndsInRequiredSpace(group)) return false;
    int depth = 0;
    for (size_t i = group.size(); i-- > 0;) {
      if (group[i] == ')') ++depth;
      if (group[i] == '(' && --depth == 0) return EndsInRequiredSpace(group.substr(0, i));
    }
    return false;
  }
  if (pattern.back() != ')') return false;
  int depth = 0;
  size_t open = std::string::npos;
  for (size_t i = pattern.size(); i-- > 0;) {
    if (pattern[i] == ')' && (i == 0 || pattern[i - 1] != '\\')) ++depth;
    if (pattern[i] == '(' && (i == 0 || pattern[i - 1] != '\\') && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == std::string::npos) return false;
  std::string inner = pattern.substr(open + 1, pattern.size() - open - 2);
  if (inner.rfind("?:", 0) == 0) inner = inner.substr(2);
  depth = 0;
  std::string alternative;
  for (char c : inner + "|") {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == '|' && depth == 0) {
      if (alternative.empty() || alternative.back() != ' ') return false;
      alternative.clear();
      continue;
    }
    alternative += c;
  }
  return true;
}

void CheckRegexEnd(const Theme& theme, const Term& term, const char* kind, Findings* out) {
  if (!EndsInRequiredSpace(term.text)) return;
  Warn(term.location,
       std::string("regex ") + kind + " " + QuotedTerm(term) + " in theme '" + theme.id +
           "' must end in a space, but every term ends at a word boundary, so it matches "
           "only before punctuation; drop the trailing space",
       out);
}

void CheckRegexes(const Theme& theme, const std::vector<Term>& list, Findings* out) {
  for (const Term& term : list) {
    if (term.kind != Term::Kind::kRegex) continue;
    CheckRegexCharacters(theme, term, KindName(theme, list), out);
    CheckRegexEmpty(theme, term, KindName(theme, list), out);
    CheckRegexEnd(theme, term, KindName(theme, list), out);
  }
}

void CheckEmptyTheme(const Codebook& book, const Theme& theme, Findings* out) {
  if (!theme.terms.empty()) return;
  for (const Theme& other : book.themes) {
    if (other.parent == theme.id) return;
  }
  Warn(theme.location,
       "theme '" + theme.id + "' has no terms and no sub-themes, so it never codes an answer",
       out);
}

// A term already in an earlier theme: a note, since one answer counting
// for two themes can be intended.
void NoteSharedTerms(const Codebook& book, Findings* out) {
  std::map<std::string, std::pair<size_t, const Term*>> first;  // key -> theme, term
  for (size_t t = 0; t < book.themes.size(); ++t) {
    std::set<std::string> in_theme;
    for (const Term& term : book.themes[t].terms) {
      const std::string key = Key(term);
      if (key.empty() || !in_theme.insert(key).second) continue;
      auto [it, fresh] = first.emplace(key, std::make_pair(t, &term));
      if (fresh || it->second.first == t) continue;
      const Theme& other = book.themes[it->second.first];
      Add(CodebookFinding::Severity::kNote, term.location,
          "term " + QuotedTerm(term) + " of theme '" + book.themes[t].id +
              "' is also in theme '" + other.id + "' (" + QuotedTerm(*it->second.second) +
              " at " + LineOf(*it->second.second) +
              "): an answer with it counts for both, which may be intended",
          out);
    }
  }
}

bool InFileOrder(const CodebookFinding& a, const CodebookFinding& b) {
  if (a.location.file != b.location.file) return a.location.file < b.location.file;
  if (a.location.line != b.location.line) return a.location.line < b.location.line;
  return a.location.column < b.location.column;
}

}  // namespace

std::string CodebookFinding::ToString() const {
  return location.ToString() + (severity == Severity::kNote ? ": note: " : ": warning: ") +
         message;
}

std::string QuotedTerm(const Term& term) {
  std::string text = term.kind == Term::Kind::kRegex ? "re:" + term.text : term.text;
  if (text.size() > kQuoteLimit) {
    size_t cut = kQuoteLimit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return "'" + text + "'";
}

std::vector<CodebookFinding> CheckCodebook(const Codebook& book) {
  Findings findings;
  for (const Theme& theme : book.themes) {
    CheckEmptyTheme(book, theme, &findings);
    for (const std::vector<Term>* list : {&theme.terms, &theme.excludes}) {
      CheckDuplicates(theme, *list, &findings);
      CheckCovered(theme, *list, &findings);
      CheckRegexes(theme, *list, &findings);
    }
  }
  NoteSharedTerms(book, &findings);
  std::stable_sort(findings.begin(), findings.end(), InFileOrder);
  return findings;
}

}  // namespace heard
