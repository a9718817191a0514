#include "lexicon/matcher.h"

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

// Leftmost-longest, non-overlapping matches of `re` in `text`. With
// `term_groups` (the capture group of each term) the span is the group of
// the term that matched, without its boundary characters; otherwise the
// whole match.
std::vector<Span> FindAll(const RE2& re, const std::string& text,
                          const std::vector<int>& term_groups, int groups) {
  std::vector<Span> spans;
  std::vector<re2::StringPiece> sub(groups + 1);
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(),
                  groups + 1)) {
    Span span{static_cast<size_t>(sub[0].data() - text.data()), 0, -1};
    span.end = span.begin + sub[0].size();
    for (size_t t = 0; t < term_groups.size(); ++t) {
      const re2::StringPiece& group = sub[term_groups[t]];
      if (group.data() == nullptr) continue;
      span = {static_cast<size_t>(group.data() - text.data()), 0, static_cast<int>(t)};
      span.end = span.begin + group.size();
      break;
    }
    spans.push_back(span);
    // The next hit may start at the boundary character this one ended on.
    pos = std::max(span.end, static_cast<size_t>(sub[0].data() - text.data()) + 1);
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
      if (!rules.exclude->ok()) {
        return Status::InputError(FormatError(
            theme.location, "exclusions of theme '" + theme.id +
                                "' do not compile: " + rules.exclude->error()));
      }
    }
    presence.push_back(BoundedAlternation(*includes, false));
    matcher->rules_.push_back(std::move(rules));
  }
  Status built = matcher->BuildSet(presence, set_max_mem);
  if (!built.ok()) return built;
  return matcher;
}

Status Matcher::BuildSet(const std::vector<std::string>& presence, int64_t max_mem) {
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
        const Theme& theme = codebook_.themes[rules_[i].theme];
        return Status::InputError(FormatError(theme.location, error));
      }
    }
    if (set_->Compile()) {
      set_max_mem_ = budget;
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
  // Out of memory (or worse): never miss a theme in silence; try them all.
  fallbacks_.fetch_add(1);
  std::vector<int> all(rules_.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  return all;
}

bool Matcher::CodeTheme(const ThemeRules& rules, const NormalizedText& text,
                        Coding* coding) const {
  std::vector<Span> hits = FindAll(*rules.include, text.text, rules.term_groups, rules.groups);
  if (hits.empty()) return false;
  std::vector<Span> contexts;
  if (rules.exclude) {
    contexts = FindAll(*rules.exclude, text.text, rules.exclude_groups, rules.exclude_group_count);
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
  for (int index : Candidates(text.text)) {
    Coding coding;
    if (!CodeTheme(rules_[index], text, &coding)) continue;
    if (coding.hits.empty() && !keep_excluded) continue;
    codings.push_back(std::move(coding));
  }
  return codings;
}

}  // namespace heard
