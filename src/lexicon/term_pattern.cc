#include "lexicon/term_pattern.h"

#include <re2/re2.h>

#include "text/normalizer.h"

namespace heard {
namespace {

constexpr char kLeftBoundary[] = "(?:^|[^\\pL\\pN\\pM])";
constexpr char kRightBoundary[] = "(?:[^\\pL\\pN\\pM]|$)";


// One word with `*` as "any letters"; empty when the word is only stars.
std::string WordPattern(const std::string& word) {
  std::string out;
  std::string literal;
  bool has_literal = false;
  for (char c : word) {
    if (c == '*') {
      out += RE2::QuoteMeta(literal);
      literal.clear();
      out += kTermWordChar;
      out += '*';
    } else {
      literal += c;
      has_literal = true;
    }
  }
  out += RE2::QuoteMeta(literal);
  return has_literal ? out : std::string();
}

}  // namespace

std::vector<std::string> SplitTermWords(const std::string& normalized) {
  std::vector<std::string> words;
  std::string word;
  for (char c : normalized) {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

Term::Kind ClassifyTerm(std::string_view text) {
  if (text.find('*') != std::string_view::npos) return Term::Kind::kWildcard;
  if (SplitTermWords(NormalizeForMatch(text)).size() > 1) return Term::Kind::kPhrase;
  return Term::Kind::kWord;
}

StatusOr<std::string> TermBody(const Term& term) {
  if (term.kind == Term::Kind::kRegex) {
    if (term.text.empty()) return Status::InputError("empty regular expression");
    RE2 probe(term.text, RE2::Quiet);
    if (!probe.ok()) {
      return Status::InputError("invalid regular expression: " + probe.error() +
                                " (at '" + probe.error_arg() + "')");
    }
    return "(?:" + term.text + ")";
  }
  std::vector<std::string> words = SplitTermWords(NormalizeForMatch(term.text));
  if (words.empty()) return Status::InputError("empty term");
  std::string out;
  for (const std::string& word : words) {
    std::string pattern = WordPattern(word);
    if (pattern.empty()) {
      return Status::InputError("a term cannot be only '*': '" + term.text + "'");
    }
    if (!out.empty()) out += kTermWordGap;
    out += pattern;
  }
  return out;
}

namespace {

std::string Alternation(const char* left, const std::vector<std::string>& bodies, bool capture,
                        const char* right) {
  std::string out = left;
  out += "(?:";
  for (size_t i = 0; i < bodies.size(); ++i) {
    if (i > 0) out += '|';
    out += capture ? "(" : "(?:";
    out += bodies[i];
    out += ')';
  }
  out += ')';
  out += right;
  return out;
}

}  // namespace

std::string BoundedAlternation(const std::vector<std::string>& bodies,
                               bool capture) {
  return Alternation(kLeftBoundary, bodies, capture, kRightBoundary);
}

std::string LooselyBoundedAlternation(const std::vector<std::string>& bodies) {
  return Alternation("(?:^|[^a-z0-9])", bodies, false, "(?:[^a-z0-9]|$)");
}

}  // namespace heard
