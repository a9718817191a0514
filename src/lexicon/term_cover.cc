#include "lexicon/term_cover.h"

#include "lexicon/regex_scan.h"
#include "lexicon/term_pattern.h"
#include "text/normalizer.h"

namespace heard {
namespace {

RE2::Options CoverOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

}  // namespace

std::string LiteralText(const Term& term) {
  if (term.kind != Term::Kind::kWord && term.kind != Term::Kind::kPhrase) return "";
  std::string joined;
  bool gap = false;
  for (char c : NormalizeForMatch(term.text)) {
    if (c == ' ' || c == '-') {
      gap = true;
      continue;
    }
    if (gap && !joined.empty()) joined += ' ';
    gap = false;
    joined += c;
  }
  return joined;
}

TermCover::TermCover(const Term& wide) {
  if (wide.kind == Term::Kind::kRegex) {
    if (ScanRegex(wide.text).has_assertion) return;
    single_words_only_ = true;
  }
  StatusOr<std::string> body = TermBody(wide);
  if (!body.ok()) return;
  re_ = std::make_unique<RE2>(*body, CoverOptions());
  if (!re_->ok()) re_.reset();
}

bool TermCover::Covers(const Term& narrow) const {
  if (!re_) return false;
  const std::string literal = LiteralText(narrow);
  if (literal.empty()) return false;
  if (single_words_only_ && literal.find(' ') != std::string::npos) return false;
  return RE2::FullMatch(literal, *re_);
}

}  // namespace heard
