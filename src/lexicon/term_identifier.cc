#include "lexicon/term_identifier.h"

#include <algorithm>

#include "lexicon/term_pattern.h"
#include "text/normalizer.h"

namespace heard {

std::string PlainTermKey(std::string_view span) {
  std::string key;
  key.reserve(span.size());
  for (char c : span) {
    if (c == ' ' || c == '-') {
      if (key.empty() || key.back() != ' ') key += ' ';
    } else {
      key += c;
    }
  }
  return key;
}

TermIdentifier::TermIdentifier(const std::vector<Term>& terms,
                               const std::vector<std::string>& bodies) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_longest_match(true);
  patterns_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
  for (size_t i = 0; i < terms.size(); ++i) {
    const Term& term = terms[i];
    if (term.kind == Term::Kind::kWord || term.kind == Term::Kind::kPhrase) {
      plain_.emplace(PlainTermKey(NormalizeForMatch(term.text)), static_cast<int>(i));
    } else if (patterns_->Add(bodies[i], nullptr) >= 0) {
      pattern_terms_.push_back(static_cast<int>(i));
    }
  }
  if (pattern_terms_.empty() || !patterns_->Compile()) patterns_.reset();
}

int TermIdentifier::Identify(std::string_view span) const {
  int best = -1;
  if (auto found = plain_.find(PlainTermKey(span)); found != plain_.end()) {
    best = found->second;
  }
  std::vector<int> matched;
  if (patterns_ && patterns_->Match(span, &matched)) {
    for (int entry : matched) {
      const int term = pattern_terms_[entry];
      if (best < 0 || term < best) best = term;
    }
  }
  return best;
}

}  // namespace heard
