// Agreement between two codings of the same items, one theme at a time:
// the tool's coding against a hand-coded ("gold") one.
//
// For each theme every item is a 2x2 cell: coded by both, by the tool only
// (a false positive), by the gold only (a miss), or by neither. From those:
// precision, recall, F1, and Cohen's kappa, which discounts the agreement
// two coders would reach by chance given how often each codes the theme.
// Tests: tests/analyse/agreement_test.cc.
#ifndef HEARD_ANALYSE_AGREEMENT_H_
#define HEARD_ANALYSE_AGREEMENT_H_

#include <cstdint>
#include <optional>
#include <vector>

namespace heard {

struct ThemeAgreement {
  int64_t both = 0;        // coded by the tool and the gold
  int64_t tool_only = 0;   // false positives
  int64_t gold_only = 0;   // misses
  int64_t neither = 0;

  void Add(bool tool, bool gold);
  int64_t Items() const { return both + tool_only + gold_only + neither; }
  int64_t Gold() const { return both + gold_only; }
  int64_t Tool() const { return both + tool_only; }

  // Undefined (nullopt) when the denominator is zero: precision when the
  // tool coded nothing, recall when the gold holds nothing, F1 when both
  // are empty, kappa when chance agreement is total (one coder coded every
  // item or none and the other matched it).
  std::optional<double> Precision() const;
  std::optional<double> Recall() const;
  std::optional<double> F1() const;
  std::optional<double> Kappa() const;
};

// The mean F1 of `themes`, skipping themes whose F1 is undefined; nullopt
// when none is defined.
std::optional<double> MacroF1(const std::vector<ThemeAgreement>& themes);

}  // namespace heard

#endif  // HEARD_ANALYSE_AGREEMENT_H_
