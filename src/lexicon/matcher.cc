#include "lexicon/matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "lexicon/term_pattern.h"

namespace heard {
namespace {

RE2::Options MatchOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_longest_match(true);
  options.set_max_mem(32 << 20);
  return options;
}

// The RE2 body of each term, and in `own_groups` the capture groups each
// holds. Only regex terms are compiled here: words, phrases and wildcards
// are built by TermBody with no groups and never match empty text.
StatusOr<std::vector<std::string>> Bodies(const std::vector<Term>& terms,
                                          std::vector<int>* own_groups) {
  std::vector<std::string> bodies;
  for (const Term& term : terms) {
    StatusOr<std::string> body = TermBody(term);
    if (!body.ok()) {
      return Status::InputError(FormatError(term.location, body.status().message()));
    }
    int groups = 0;
    if (term.kind == Term::Kind::kRegex) {
      RE2 re(*body, MatchOptions());
      if (re.ok() && RE2::FullMatch("", re)) {
        // It would "match" between any two characters of every answer.
        return Status::InputError(FormatError(
            term.location, "'" + term.text + "' can match empty text; make every part of it "
                                             "required, or remove it"));
      }
      groups = re.NumberOfCapturingGroups();
    }
    bodies.push_back(*body);
    own_groups->push_back(groups);
  }
  return bodies;
}

struct Span {
  size_t begin;
  size_t end;
  int term;  // index of the term that matched, -1 when not asked
};

// True for a letter, digit or mark: what a term boundary may not be.
bool IsWordChar(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// The part of `match` (a match of a bounded alternation in `text`) between
// its boundaries: the boundary each side is a character, except at the
// text's very start or end, where it may be nothing.
Span Inner(const std::string& text, re2::StringPiece match) {
  size_t begin = static_cast<size_t>(match.data() - text.data());
  size_t end = begin + match.size();
  const int32_t size = static_cast<int32_t>(text.size());
  int32_t at = static_cast<int32_t>(begin);
  UChar32 first;
  U8_NEXT(text.data(), at, size, first);
  if (begin > 0 || !IsWordChar(first)) begin = static_cast<size_t>(at);
  at = static_cast<int32_t>(end);
  UChar32 last;
  if (at > static_cast<int32_t>(begin)) {
    U8_PREV(text.data(), static_cast<int32_t>(begin), at, last);
    if (end < text.size() || !IsWordChar(last)) end = static_cast<size_t>(at);
  }
  return {begin, std::max(begin, end), -1};
}

// The span of the term that matched at `start`, by asking RE2 for the
// capture groups: slow for big alternations, so only used when `terms`
// cannot tell (a regex term that begins or ends with a boundary character).
Span CapturedAt(const RE2& re, const std::string& text, size_t start,
                const std::vector<int>& term_groups, int groups) {
  std::vector<re2::StringPiece> sub(groups + 1);
  re.Match(text, start, text.size(), RE2::ANCHOR_START, sub.data(), groups + 1);
  Span span{start, start + sub[0].size(), -1};
  for (size_t t = 0; t < term_groups.size(); ++t) {
    const re2::StringPiece& group = sub[term_groups[t]];
    if (group.data() == nullptr) continue;
    span = {static_cast<size_t>(group.data() - text.data()), 0, static_cast<int>(t)};
    span.end = span.begin + group.size();
    break;
  }
  return span;
}

// Leftmost-longest, non-overlapping matches of `re` (a bounded alternation
// of terms) in `text`, each as the span of the term that matched, without
// its boundary characters, and that term's index.
std::vector<Span> FindAll(const RE2& re, const TermIdentifier& terms, const std::string& text,
                          const std::vector<int>& term_groups, int groups) {
  std::vector<Span> spans;
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t start = static_cast<size_t>(match.data() - text.data());
    Span span = Inner(text, match);
    span.term = terms.Identify(std::string_view(text).substr(span.begin, span.end - span.begin));
    if (span.term < 0) span = CapturedAt(re, text, start, term_groups, groups);
    spans.push_back(span);
    // The next hit may start at the boundary character this one ended on.
    pos = std::max(span.end, start + 1);
  }
  return spans;
}

// The first context `hit` overlaps, or null.
const Span* Overlapping(const Span& hit, const std::vector<Span>& contexts) {
  for (const Span& context : contexts) {
    if (hit.begin < context.end && context.begin < hit.end) return &context;
  }
  return nullptr;
}

// The capture group of each body in an alternation of bodies made with
// capture groups, given the groups each body holds itself (`own_groups`),
// and the alternation's total group count. Regex terms may hold groups of
// their own, so body i is not simply group i + 1.
int NumberGroups(const std::vector<int>& own_groups, std::vector<int>* groups) {
  int count = 0;
  for (int own : own_groups) {
    groups->push_back(count + 1);
    count += 1 + std::max(own, 0);
  }
  return count;
}

}  // namespace

Matcher::Matcher(const Codebook& codebook, int64_t set_max_mem)
    : codebook_(codebook), set_max_mem_(set_max_mem) {}

StatusOr<std::unique_ptr<Matcher>> Matcher::Compile(const Codebook& codebook,
                                                    int64_t set_max_mem) {
  std::unique_ptr<Matcher> matcher(new Matcher(codebook, set_max_mem));
  std::vector<std::string> presence;  // one alternation per theme, for the set
  std::vector<std::string> exclusions;  // then one per theme with exclusions
  std::vector<int> owners;              // the theme of each, for error messages
  for (size_t i = 0; i < codebook.themes.size(); ++i) {
    const Theme& theme = codebook.themes[i];
    if (theme.terms.empty()) continue;
    std::vector<int> include_groups, exclude_groups;
    StatusOr<std::vector<std::string>> includes = Bodies(theme.terms, &include_groups);
    if (!includes.ok()) return includes.status();
    ThemeRules rules;
    rules.theme = static_cast<int>(i);
    rules.groups = NumberGroups(include_groups, &rules.term_groups);
    rules.include = std::make_unique<RE2>(BoundedAlternation(*includes, true),
                                          MatchOptions());
    rules.include_terms = std::make_unique<TermIdentifier>(theme.terms, *includes);
    if (!rules.include->ok()) {
      return Status::InputError(FormatError(
          theme.location, "theme '" + theme.id + "' does not compile: " +
                              rules.include->error()));
    }
    if (!theme.excludes.empty()) {
      StatusOr<std::vector<std::string>> excludes = Bodies(theme.excludes, &exclude_groups);
      if (!excludes.ok()) return excludes.status();
      rules.exclude_group_count = NumberGroups(exclude_groups, &rules.exclude_groups);
      rules.exclude = std::make_unique<RE2>(
          BoundedAlternation(*excludes, true), MatchOptions());
      rules.exclude_terms = std::make_unique<TermIdentifier>(theme.excludes, *excludes);
      rules.exclude_entry = static_cast<int>(exclusions.size());
      exclusions.push_back(BoundedAlternation(*excludes, false));
      if (!rules.exclude->ok()) {
        return Status::InputError(FormatError(
            theme.location, "exclusions of theme '" + theme.id +
                                "' do not compile: " + rules.exclude->error()));
      }
    }
    presence.push_back(BoundedAlternation(*includes, false));
    owners.push_back(static_cast<int>(i));
    matcher->rules_.push_back(std::move(rules));
  }
  for (ThemeRules& rules : matcher->rules_) {
    if (rules.exclude_entry < 0) continue;
    owners.push_back(rules.theme);
    rules.exclude_entry += static_cast<int>(matcher->rules_.size());
  }
  presence.insert(presence.end(), exclusions.begin(), exclusions.end());
  Status built = matcher->BuildSet(presence, owners, set_max_mem);
  if (!built.ok()) return built;
  return matcher;
}

Status Matcher::BuildSet(const std::vector<std::string>& presence,
                         const std::vector<int>& owners, int64_t max_mem) {
  // The budget a codebook needs grows with its rules; rather than fail a
  // large codebook, try again with twice the memory, up to a ceiling.
  constexpr int64_t kCeiling = int64_t{1} << 30;
  for (int64_t budget = max_mem; budget <= kCeiling; budget *= 2) {
    RE2::Options options = MatchOptions();
    options.set_max_mem(budget);
    set_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (size_t i = 0; i < presence.size(); ++i) {
      std::string error;
      if (set_->Add(presence[i], &error) < 0) {
        const Theme& theme = codebook_.themes[owners[i]];
        return Status::InputError(FormatError(theme.location, error));
      }
    }
    if (set_->Compile()) {
      set_max_mem_ = budget;
      set_entries_ = presence.size();
      return Status::Ok();
    }
  }
  return Status::InputError("codebook is too large to compile within 1 GiB (" +
                            codebook_.path + ")");
}

std::vector<int> Matcher::Candidates(const std::string& text) const {
  std::vector<int> hits;
  RE2::Set::ErrorInfo info;
  if (set_->Match(text, &hits, &info)) {
    std::sort(hits.begin(), hits.end());
    return hits;
  }
  if (info.kind == RE2::Set::kNoError) return {};
  // Out of memory (or worse): never miss a theme in silence; try them all,
  // and every exclusion.
  fallbacks_.fetch_add(1);
  std::vector<int> all(set_entries_);
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return all;
}

bool Matcher::CodeTheme(const ThemeRules& rules, const NormalizedText& text,
                        bool excludes_present, Coding* coding) const {
  std::vector<Span> hits =
      FindAll(*rules.include, *rules.include_terms, text.text, rules.term_groups, rules.groups);
  if (hits.empty()) return false;
  std::vector<Span> contexts;
  if (rules.exclude && excludes_present) {
    contexts = FindAll(*rules.exclude, *rules.exclude_terms, text.text, rules.exclude_groups,
                       rules.exclude_group_count);
  }
  coding->theme = rules.theme;
  for (const Span& span : hits) {
    auto [begin, end] = text.ToOriginal(span.begin, span.end);
    Hit hit{span.term, begin, end};
    if (const Span* context = Overlapping(span, contexts)) {
      hit.excluded_by = context->term;
      coding->excluded.push_back(hit);
    } else {
      coding->hits.push_back(hit);
    }
  }
  return true;
}

std::vector<Coding> Matcher::Code(const NormalizedText& text,
                                  bool keep_excluded) const {
  std::vector<Coding> codings;
  if (text.text.empty()) return codings;
  // Entries below rules_.size() are themes, the rest their exclusions:
  // sorted, so the themes come first.
  const std::vector<int> present = Candidates(text.text);
  for (int index : present) {
    if (index >= static_cast<int>(rules_.size())) break;
    const ThemeRules& rules = rules_[index];
    const bool excludes_present =
        rules.exclude_entry >= 0 &&
        std::binary_search(present.begin(), present.end(), rules.exclude_entry);
    Coding coding;
    if (!CodeTheme(rules, text, excludes_present, &coding)) continue;
    if (coding.hits.empty() && !keep_excluded) continue;
    codings.push_back(std::move(coding));
  }
  return codings;
}

}  // namespace heard
