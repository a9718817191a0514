// Matcher: a codebook compiled for coding answers.
//
// Each theme's terms, and its exclusions, are a "list"; a list's hits are
// what one leftmost-longest, non-overlapping alternation of its terms,
// bounded by Unicode word boundaries (TermBody), would find. Two engines
// find them. Plain terms (words, phrases, `*` wildcards: nearly all) go in
// one WordIndex, which finds every list's plain terms in one pass over the
// answer's words; so do regex terms that stand for at most kSpellOutLimit
// strings, spelled out (regex_expand.h) and matched exactly as written
// (PhraseTrie). The rest (other regular expressions, terms with apostrophes
// or symbols) stay with RE2: one RE2::Set says in one linear scan which lists'
// regex parts occur in the answer at all, and only for those a per-list RE2
// alternation finds them (searching first with a copy of it between looser,
// ASCII-only boundaries, whose program is smaller, and trying the exact one
// where that matches). FindAll merges the two as the single alternation
// would: from each position, the leftmost hit, and of hits starting there,
// the longest (the RE2 match is asked for its whole span only; capture
// groups over big alternations cost several times the search). A
// TermIdentifier names the term of a hit when the list has regex terms
// (the first term in codebook order that matches all of it). A hit that
// overlaps an exclusion's hit is set aside as excluded.
// RE2::Set::Match returns false, with no other sign, when its DFA runs out
// of memory; Code() checks ErrorInfo on every call and falls back to every
// list, so a miss is never silent. (RE2::Set matches in kManyMatch mode,
// where the DFA resets its cache when full instead of giving up, so the
// fallback is a guard for a budget too small to hold even one state set. A
// codebook too big for the budget to compile gets twice the memory, up to
// 1 GiB.) Tests: tests/lexicon/matcher_test.cc, and
// tests/lexicon/matcher_equivalence_test.cc, which checks the two engines
// against one plain RE2 alternation per list.
#ifndef HEARD_LEXICON_MATCHER_H_
#define HEARD_LEXICON_MATCHER_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/coding.h"
#include "core/status.h"
#include "lexicon/term_identifier.h"
#include "lexicon/word_index.h"
#include "text/normalizer.h"

namespace heard {

class Matcher {
 public:
  // Compiles every theme of `codebook`, which must outlive the matcher.
  static StatusOr<std::unique_ptr<Matcher>> Compile(const Codebook& codebook,
                                                    int64_t set_max_mem = 64 << 20);

  // The themes `text` carries, ordered by theme index, with hits in the
  // original text's byte offsets. A theme whose every hit was excluded is
  // left out unless `keep_excluded` (for explanations). Thread-safe.
  std::vector<Coding> Code(const NormalizedText& text,
                           bool keep_excluded = false) const;

  // How many times the presence pass ran out of memory and fell back.
  int64_t set_fallbacks() const { return fallbacks_.load(); }

  // How many strings the codebook's regex terms were spelled out into.
  size_t spelled_strings() const { return spelled_; }

  // The memory budget the presence pass was compiled with: the one asked
  // for, doubled as often as the codebook needed.
  int64_t set_max_mem() const { return set_max_mem_; }

  // A hit in normalised text, and the index of its term (-1: not known).
  struct Span {
    size_t begin;
    size_t end;
    int term;
  };

 private:
  // A theme's terms or its exclusions.
  struct RuleList {
    const std::vector<Term>* terms = nullptr;
    int word_list = -1;             // its list number in words_
    std::vector<int> regex_terms;   // the terms left to RE2, by index
    std::vector<int> term_groups;   // the capture group of each in `regex`
    int groups = 0;                 // capture groups in `regex`
    std::unique_ptr<RE2> regex;     // null when every term is plain
    // `regex` between the presence set's looser boundaries (term_pattern.h):
    // a smaller program that finds where `regex` may match (FindRegex).
    std::unique_ptr<RE2> loose;
    int set_entry = -1;             // the presence set's entry for `regex`
    std::unique_ptr<TermIdentifier> names;  // over regex_terms: names a hit's term
  };
  struct ThemeRules {
    int theme = -1;
    RuleList include;
    RuleList exclude;  // exclude.terms is null when the theme has none
  };
  // What compiling a list needs that depends on no other list (Prepare),
  // made for all lists at once on several threads.
  struct PreparedList {
    const std::vector<Term>* terms = nullptr;
    StatusOr<std::vector<std::string>> bodies = std::vector<std::string>();
    std::vector<int> own_groups;  // capture groups of each term's body
    // Each regex term spelled out (regex_expand.h), when it can be.
    std::vector<std::optional<std::vector<std::string>>> spelled;
  };
  // A list's terms left to RE2, whose programs (the list's alternation and
  // its TermIdentifier) are compiled once every list has been added, all
  // at once on several threads.
  struct RegexPart {
    RuleList* list = nullptr;
    const Location* where = nullptr;
    std::string what;  // the start of a compile error's message
    std::vector<Term> terms;
    std::vector<std::string> bodies;
    std::string loose;  // LooselyBoundedAlternation(bodies)
  };
  using PlainMatches = std::vector<WordIndex::Match>;

  Matcher(const Codebook& codebook, int64_t set_max_mem);
  static void Prepare(PreparedList* list);
  // Adds a list's plain and spelled-out terms to the word index, and its
  // other terms to `part`, to be compiled by CompileRegexParts.
  Status AddList(const PreparedList& prepared, int word_list, RuleList* list, RegexPart* part,
                 std::vector<std::string>* presence);
  static Status CompileRegexParts(std::vector<RegexPart>* parts);
  Status BuildSet(const std::vector<std::string>& presence, const std::vector<int>& owners,
                  int64_t max_mem);
  std::vector<int> Candidates(const std::string& text) const;
  // The first of `list`'s regex terms that matches all of `span`, or past
  // the list's last term when none does. Remembered for short spans, per
  // thread (named_terms.h): the same words are named again and again.
  int RegexTermOf(const RuleList& list, const std::string& text, const Span& span) const;
  // The hit of a plain term (`plain`) or of the regex part (`found`).
  Span PlainHit(const RuleList& list, const std::string& text,
                const WordIndex::Match& plain) const;
  Span RegexHit(const RuleList& list, const std::string& text, re2::StringPiece found) const;
  // The leftmost-longest match of `list.regex` that starts at or after
  // `pos`, as an unanchored search with it would find it.
  static bool FindRegex(const RuleList& list, const std::string& text, size_t pos,
                        re2::StringPiece* found);
  std::vector<Span> FindAll(const RuleList& list, const std::string& text,
                            PlainMatches::const_iterator plain, PlainMatches::const_iterator end,
                            bool regex_present) const;
  bool CodeTheme(const ThemeRules& rules, const NormalizedText& text,
                 const PlainMatches& plain, const std::vector<char>& present,
                 Coding* coding) const;

  const Codebook& codebook_;
  const uint64_t id_;  // this matcher among all made by the process (NamedTerms)
  WordIndex words_;
  std::unique_ptr<RE2::Set> set_;
  int64_t set_max_mem_;
  size_t set_entries_ = 0;
  std::vector<ThemeRules> rules_;  // one per theme that has terms
  size_t spelled_ = 0;             // strings of regex terms spelled out so far
  mutable std::atomic<int64_t> fallbacks_{0};
};

}  // namespace heard

#endif  // HEARD_LEXICON_MATCHER_H_
