#include "analyse/agreement.h"

namespace heard {
namespace {

std::optional<double> Ratio(int64_t numerator, int64_t denominator) {
  if (denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

void ThemeAgreement::Add(bool tool, bool gold) {
  if (tool && gold) {
    ++both;
  } else if (tool) {
    ++tool_only;
  } else if (gold) {
    ++gold_only;
  } else {
    ++neither;
  }
}

std::optional<double> ThemeAgreement::Precision() const { return Ratio(both, Tool()); }

std::optional<double> ThemeAgreement::Recall() const { return Ratio(both, Gold()); }

std::optional<double> ThemeAgreement::F1() const {
  // 2PR/(P+R) = 2TP/(2TP+FP+FN), which stays defined when P or R is not.
  return Ratio(2 * both, 2 * both + tool_only + gold_only);
}

std::optional<double> ThemeAgreement::Kappa() const {
  const double n = static_cast<double>(Items());
  if (n == 0) return std::nullopt;
  const double observed = static_cast<double>(both + neither) / n;
  const double tool_yes = static_cast<double>(Tool()) / n;
  const double gold_yes = static_cast<double>(Gold()) / n;
  const double chance = tool_yes * gold_yes + (1 - tool_yes) * (1 - gold_yes);
  if (chance >= 1.0) return std::nullopt;
  return (observed - chance) / (1.0 - chance);
}

std::optional<double> MacroF1(const std::vector<ThemeAgreement>& themes) {
  double sum = 0;
  int defined = 0;
  for (const ThemeAgreement& theme : themes) {
    if (std::optional<double> f1 = theme.F1()) {
      sum += *f1;
      ++defined;
    }
  }
  if (defined == 0) return std::nullopt;
  return sum / defined;
}

}  // namespace heard
