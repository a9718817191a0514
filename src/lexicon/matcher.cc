#include "lexicon/matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <thread>

#include "core/parallel_for.h"
#include "lexicon/named_terms.h"
#include "lexicon/regex_expand.h"
#include "lexicon/term_pattern.h"

namespace heard {
namespace {

// The most strings a regex term may stand for and still be matched word by
// word: the carers codebook's phrase-shaped regexes mostly stand for a few
// dozen; beyond a few thousand the trie costs more memory than RE2 time.
constexpr size_t kSpellOutLimit = 4096;
// And the most for a whole codebook (the carers codebook: ~70,000), so that
// a codebook of thousands of such regexes stays quick to compile and small.
constexpr size_t kSpellOutTotal = 300000;

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

// True for a letter, digit or mark: what a term boundary may not be.
bool IsWordChar(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// The part of `match` (a match of a bounded alternation in `text`) between
// its boundaries: the boundary each side is a character, except at the
// text's very start or end, where it may be nothing.
Matcher::Span Inner(const std::string& text, re2::StringPiece match) {
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
Matcher::Span CapturedAt(const RE2& re, const std::string& text, size_t start,
                         const std::vector<int>& term_groups, int groups) {
  std::vector<re2::StringPiece> sub(groups + 1);
  re.Match(text, start, text.size(), RE2::ANCHOR_START, sub.data(), groups + 1);
  Matcher::Span span{start, start + sub[0].size(), -1};
  for (size_t t = 0; t < term_groups.size(); ++t) {
    const re2::StringPiece& group = sub[term_groups[t]];
    if (group.data() == nullptr) continue;
    span = {static_cast<size_t>(group.data() - text.data()), 0, static_cast<int>(t)};
    span.end = span.begin + group.size();
    break;
  }
  return span;
}

// Where RE2's bounded alternation would start a match for a hit that begins
// at `begin`: on the boundary character before it, or at the text's start.
size_t MatchStart(const std::string& text, size_t begin) {
  if (begin == 0) return 0;
  size_t at = begin - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// Where that match would end: after the boundary character after `end`.
size_t MatchEnd(const std::string& text, size_t end) {
  if (end >= text.size()) return end;
  int32_t at = static_cast<int32_t>(end);
  U8_FWD_1(text.data(), at, static_cast<int32_t>(text.size()));
  return static_cast<size_t>(at);
}

// The first context `hit` overlaps, or null.
const Matcher::Span* Overlapping(const Matcher::Span& hit,
                                 const std::vector<Matcher::Span>& contexts) {
  for (const Matcher::Span& context : contexts) {
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
    : codebook_(codebook), id_(NextMatcherId()), set_max_mem_(set_max_mem) {}

StatusOr<std::unique_ptr<Matcher>> Matcher::Compile(const Codebook& codebook,
                                                    int64_t set_max_mem) {
  std::unique_ptr<Matcher> matcher(new Matcher(codebook, set_max_mem));
  // Every list in the order AddList takes them: a theme's terms, then its
  // exclusions. Their bodies and spelled-out regexes are made in parallel;
  // the rest, which the word index and the spelling-out budget make
  // order-dependent, one list after another.
  std::vector<PreparedList> lists;
  for (const Theme& theme : codebook.themes) {
    if (theme.terms.empty()) continue;
    lists.emplace_back().terms = &theme.terms;
    if (!theme.excludes.empty()) lists.emplace_back().terms = &theme.excludes;
  }
  ParallelFor(lists.size(), std::max(1u, std::thread::hardware_concurrency()),
              [&lists](size_t i) { Prepare(&lists[i]); });
  std::vector<std::string> presence;  // each list's regex part, for the set
  std::vector<int> owners;            // the theme of each, for error messages
  std::vector<RegexPart> parts;
  matcher->rules_.reserve(codebook.themes.size());  // parts point into it
  Status added = Status::Ok();
  size_t next = 0;
  for (size_t i = 0; i < codebook.themes.size() && added.ok(); ++i) {
    const Theme& theme = codebook.themes[i];
    if (theme.terms.empty()) continue;
    ThemeRules& rules = matcher->rules_.emplace_back();
    rules.theme = static_cast<int>(i);
    const int word_list = 2 * static_cast<int>(matcher->rules_.size() - 1);
    RegexPart part{.list = &rules.include,
                   .where = &theme.location,
                   .what = "theme '" + theme.id + "' does not compile: "};
    added = matcher->AddList(lists[next++], word_list, &rules.include, &part, &presence);
    if (added.ok() && !part.terms.empty()) parts.push_back(std::move(part));
    if (added.ok() && !theme.excludes.empty()) {
      RegexPart excluded{.list = &rules.exclude,
                         .where = &theme.location,
                         .what = "exclusions of theme '" + theme.id + "' do not compile: "};
      added = matcher->AddList(lists[next++], word_list + 1, &rules.exclude, &excluded, &presence);
      if (added.ok() && !excluded.terms.empty()) parts.push_back(std::move(excluded));
    }
    owners.resize(presence.size(), static_cast<int>(i));
  }
  // A list that failed to compile before the one that stopped the loop
  // is the first error, as it would be list by list.
  Status compiled = CompileRegexParts(&parts);
  if (!compiled.ok()) return compiled;
  if (!added.ok()) return added;
  Status built = matcher->BuildSet(presence, owners, set_max_mem);
  if (!built.ok()) return built;
  return matcher;
}

void Matcher::Prepare(PreparedList* list) {
  list->bodies = Bodies(*list->terms, &list->own_groups);
  list->spelled.resize(list->terms->size());
  if (!list->bodies.ok()) return;
  for (size_t t = 0; t < list->terms->size(); ++t) {
    const Term& term = (*list->terms)[t];
    if (term.kind == Term::Kind::kRegex) list->spelled[t] = ExpandRegex(term.text, kSpellOutLimit);
  }
}

Status Matcher::AddList(const PreparedList& prepared, int word_list, RuleList* list,
                        RegexPart* part, std::vector<std::string>* presence) {
  if (!prepared.bodies.ok()) return prepared.bodies.status();
  const std::vector<Term>& terms = *prepared.terms;
  const std::vector<std::string>& bodies = *prepared.bodies;
  list->terms = &terms;
  list->word_list = word_list;
  std::vector<int> regex_groups;
  for (size_t t = 0; t < terms.size(); ++t) {
    if (words_.Add(word_list, static_cast<int>(t), terms[t])) continue;
    const std::optional<std::vector<std::string>>& spelled = prepared.spelled[t];
    if (spelled && spelled_ + spelled->size() <= kSpellOutTotal &&
        words_.AddLiterals(word_list, static_cast<int>(t), *spelled)) {
      spelled_ += spelled->size();
      continue;
    }
    list->regex_terms.push_back(static_cast<int>(t));
    part->terms.push_back(terms[t]);
    part->bodies.push_back(bodies[t]);
    regex_groups.push_back(prepared.own_groups[t]);
  }
  if (part->bodies.empty()) return Status::Ok();
  list->groups = NumberGroups(regex_groups, &list->term_groups);
  // The presence set looks for the list between loose boundaries, and
  // FindRegex searches with the same pattern first.
  part->loose = LooselyBoundedAlternation(part->bodies);
  list->set_entry = static_cast<int>(presence->size());
  presence->push_back(part->loose);
  return Status::Ok();
}

Status Matcher::CompileRegexParts(std::vector<RegexPart>* parts) {
  ParallelFor(parts->size(), std::max(1u, std::thread::hardware_concurrency()),
              [parts](size_t i) {
                RegexPart& part = (*parts)[i];
                part.list->names = std::make_unique<TermIdentifier>(part.terms, part.bodies);
                part.list->regex =
                    std::make_unique<RE2>(BoundedAlternation(part.bodies, true), MatchOptions());
                part.list->loose = std::make_unique<RE2>(part.loose, MatchOptions());
              });
  for (const RegexPart& part : *parts) {
    for (const RE2* re : {part.list->regex.get(), part.list->loose.get()}) {
      if (!re->ok()) return Status::InputError(FormatError(*part.where, part.what + re->error()));
    }
  }
  return Status::Ok();
}

Status Matcher::BuildSet(const std::vector<std::string>& presence,
                         const std::vector<int>& owners, int64_t max_mem) {
  // The budget a codebook needs grows with its rules; rather than fail a
  // large codebook, try again with twice the memory, up to a ceiling.
  constexpr int64_t kCeiling = int64_t{1} << 30;
  if (presence.empty()) return Status::Ok();  // every term is plain
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
  if (!set_) return hits;
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

int Matcher::RegexTermOf(const RuleList& list, const std::string& text,
                         const Span& span) const {
  const std::string_view words = std::string_view(text).substr(span.begin, span.end - span.begin);
  NamedTerms& known = NamedTerms::ForThisThread();
  int named = -1;
  if (!known.Find(id_, list.word_list, words, &named)) {
    named = list.names->Identify(words);
    known.Keep(id_, list.word_list, words, named);
  }
  return named < 0 ? static_cast<int>(list.terms->size()) : list.regex_terms[named];
}

Matcher::Span Matcher::PlainHit(const RuleList& list, const std::string& text,
                                const WordIndex::Match& plain) const {
  Span span{plain.begin, plain.end, plain.term};
  // A regex term earlier in the codebook may match the same words.
  if (list.regex && list.regex_terms.front() < span.term) {
    span.term = std::min(span.term, RegexTermOf(list, text, span));
  }
  return span;
}

Matcher::Span Matcher::RegexHit(const RuleList& list, const std::string& text,
                                re2::StringPiece found) const {
  // No plain term matches these words, or FindAll would have taken it.
  Span span = Inner(text, found);
  const int named = RegexTermOf(list, text, span);
  if (named < static_cast<int>(list.terms->size())) {
    span.term = named;
    return span;
  }
  const size_t start = static_cast<size_t>(found.data() - text.data());
  span = CapturedAt(*list.regex, text, start, list.term_groups, list.groups);
  if (span.term >= 0) span.term = list.regex_terms[span.term];
  return span;
}

// Every match of `regex` is a match of `loose` with the same span, so no
// match of `regex` starts before `loose`'s leftmost one: trying `regex`
// anchored where `loose` matches, leftmost first, finds what an unanchored
// search with `regex` would. Most tries succeed (what fails is a term
// beside a letter outside ASCII). Searching with `loose` is what saves
// time: RE2 builds a DFA a state at a time as it reads, each new state
// walking the program, and the Unicode boundary classes made `regex`'s
// program several times the size; on a small consultation's varied text
// most states are new (the bundled sample: 0.12 -> 0.035 s over its
// survey's answers).
bool Matcher::FindRegex(const RuleList& list, const std::string& text, size_t pos,
                        re2::StringPiece* found) {
  re2::StringPiece candidate;
  while (pos <= text.size() &&
         list.loose->Match(text, pos, text.size(), RE2::UNANCHORED, &candidate, 1)) {
    const size_t start = static_cast<size_t>(candidate.data() - text.data());
    if (list.regex->Match(text, start, text.size(), RE2::ANCHOR_START, found, 1)) return true;
    pos = start + 1;
  }
  return false;
}

std::vector<Matcher::Span> Matcher::FindAll(const RuleList& list, const std::string& text,
                                             PlainMatches::const_iterator plain,
                                             PlainMatches::const_iterator plain_end,
                                             bool regex_present) const {
  std::vector<Span> spans;
  size_t pos = 0;
  re2::StringPiece found;  // the regex part's leftmost-longest match from pos
  bool have_found = false;
  bool regex_done = !regex_present || !list.regex;
  auto start_of = [&](re2::StringPiece match) {
    return static_cast<size_t>(match.data() - text.data());
  };
  while (true) {
    while (plain != plain_end && MatchStart(text, plain->begin) < pos) ++plain;
    if (!regex_done && (!have_found || start_of(found) < pos)) {
      have_found = FindRegex(list, text, pos, &found);
      regex_done = !have_found;
    }
    if (plain == plain_end && !have_found) break;
    // As one alternation would choose: the leftmost, then the longest, and
    // of two as long, the plain term.
    const bool take_plain =
        plain != plain_end &&
        (!have_found || MatchStart(text, plain->begin) < start_of(found) ||
         (MatchStart(text, plain->begin) == start_of(found) &&
          MatchEnd(text, plain->end) >= start_of(found) + found.size()));
    const size_t start = take_plain ? MatchStart(text, plain->begin) : start_of(found);
    spans.push_back(take_plain ? PlainHit(list, text, *plain++) : RegexHit(list, text, found));
    have_found = have_found && take_plain;
    // The next hit may start at the boundary character this one ended on.
    pos = std::max(spans.back().end, start + 1);
  }
  return spans;
}

bool Matcher::CodeTheme(const ThemeRules& rules, const NormalizedText& text,
                        const PlainMatches& plain, const std::vector<char>& present,
                        Coding* coding) const {
  auto of_list = [&](const RuleList& list) {
    auto first = std::lower_bound(plain.begin(), plain.end(), list.word_list,
                                  [](const WordIndex::Match& m, int l) { return m.list < l; });
    auto last = first;
    while (last != plain.end() && last->list == list.word_list) ++last;
    return std::make_pair(first, last);
  };
  auto regex_present = [&](const RuleList& list) {
    return list.set_entry >= 0 && present[list.set_entry];
  };
  auto [first, last] = of_list(rules.include);
  if (first == last && !regex_present(rules.include)) return false;
  std::vector<Span> hits = FindAll(rules.include, text.text, first, last,
                                   regex_present(rules.include));
  if (hits.empty()) return false;
  std::vector<Span> contexts;
  if (rules.exclude.terms != nullptr) {
    auto [from, to] = of_list(rules.exclude);
    if (from != to || regex_present(rules.exclude)) {
      contexts = FindAll(rules.exclude, text.text, from, to, regex_present(rules.exclude));
    }
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
  thread_local PlainMatches plain;
  thread_local std::vector<char> present;
  words_.Find(text.text, &plain);
  std::sort(plain.begin(), plain.end(), [](const WordIndex::Match& a, const WordIndex::Match& b) {
    return a.list != b.list ? a.list < b.list : a.begin < b.begin;
  });
  present.assign(set_entries_, 0);
  for (int entry : Candidates(text.text)) present[entry] = 1;
  for (const ThemeRules& rules : rules_) {
    Coding coding;
    if (!CodeTheme(rules, text, plain, present, &coding)) continue;
    if (coding.hits.empty() && !keep_excluded) continue;
    codings.push_back(std::move(coding));
  }
  return codings;
}

}  // namespace heard
