// Matcher: a codebook compiled for coding answers.
//
// Two passes, as RE2 allows. All themes' include rules compile into one
// RE2::Set, which says in one linear scan which themes an answer may carry
// and which themes' exclusions occur in it (no positions). Only for those
// themes, a per-theme RE2 finds the hits, leftmost-longest and
// non-overlapping, and, only where the set saw one, a per-theme exclusion
// RE2 finds the excluding contexts; a hit that overlaps one is set aside as
// excluded. The search asks RE2 for the whole match only, since capture
// groups over an alternation of hundreds of terms cost several times the
// search (measured with bench/tag_bench); a TermIdentifier names the term
// from the matched words. RE2::Set::Match returns false, with no other
// sign, when its DFA runs out of memory; Code() checks ErrorInfo on every
// call and falls back to every theme and exclusion, so a miss is never silent.
// (Measured: RE2::Set matches in kManyMatch mode, where the DFA resets its
// cache when full instead of giving up, so the fallback is a guard for a
// budget too small to hold even one state set, not an expected path. A
// codebook too big for the budget to compile gets twice the memory, up to
// 1 GiB: the carers codebook needs about 21 MiB.)
// Tests: tests/lexicon/matcher_test.cc.
#ifndef HEARD_LEXICON_MATCHER_H_
#define HEARD_LEXICON_MATCHER_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <memory>
#include <vector>

#include "core/codebook.h"
#include "core/coding.h"
#include "core/status.h"
#include "lexicon/term_identifier.h"
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

  // The memory budget the presence pass was compiled with: the one asked
  // for, doubled as often as the codebook needed.
  int64_t set_max_mem() const { return set_max_mem_; }

 private:
  struct ThemeRules {
    int theme = -1;
    // The capture group of each term in `include`. Regex terms may hold
    // groups of their own, so term i is not simply group i + 1.
    std::vector<int> term_groups;
    int groups = 0;  // capture groups in `include`
    std::unique_ptr<RE2> include;
    std::unique_ptr<TermIdentifier> include_terms;  // names the term of each match
    std::unique_ptr<RE2> exclude;  // null when the theme has no exclusions
    std::unique_ptr<TermIdentifier> exclude_terms;
    int exclude_entry = -1;  // the presence set's entry for the exclusions
    std::vector<int> exclude_groups;  // the capture group of each exclusion
    int exclude_group_count = 0;
  };

  Matcher(const Codebook& codebook, int64_t set_max_mem);
  // `presence` are the set's entries, `owners` the theme of each.
  Status BuildSet(const std::vector<std::string>& presence, const std::vector<int>& owners,
                  int64_t max_mem);
  std::vector<int> Candidates(const std::string& text) const;
  bool CodeTheme(const ThemeRules& rules, const NormalizedText& text, bool excludes_present,
                 Coding* coding) const;

  const Codebook& codebook_;
  std::unique_ptr<RE2::Set> set_;
  int64_t set_max_mem_;
  size_t set_entries_ = 0;  // themes, then the themes' exclusions
  std::vector<ThemeRules> rules_;  // one per theme that has terms
  mutable std::atomic<int64_t> fallbacks_{0};
};

}  // namespace heard

#endif  // HEARD_LEXICON_MATCHER_H_
