#include "analyse/agreement.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

ThemeAgreement Table(int both, int tool_only, int gold_only, int neither) {
  ThemeAgreement t;
  for (int i = 0; i < both; ++i) t.Add(true, true);
  for (int i = 0; i < tool_only; ++i) t.Add(true, false);
  for (int i = 0; i < gold_only; ++i) t.Add(false, true);
  for (int i = 0; i < neither; ++i) t.Add(false, false);
  return t;
}

TEST(AgreementTest, CountsEachCell) {
  const ThemeAgreement t = Table(3, 2, 1, 4);
  EXPECT_EQ(t.Items(), 10);
  EXPECT_EQ(t.Tool(), 5);
  EXPECT_EQ(t.Gold(), 4);
}

TEST(AgreementTest, PrecisionRecallAndF1) {
  const ThemeAgreement t = Table(8, 2, 4, 86);
  EXPECT_DOUBLE_EQ(*t.Precision(), 0.8);
  EXPECT_DOUBLE_EQ(*t.Recall(), 8.0 / 12.0);
  // 2PR/(P+R) with P = 0.8, R = 2/3.
  EXPECT_NEAR(*t.F1(), 2 * 0.8 * (2.0 / 3.0) / (0.8 + 2.0 / 3.0), 1e-12);
}

TEST(AgreementTest, KappaMatchesAWorkedExample) {
  // 20 both, 5 tool only, 10 gold only, 15 neither (n = 50):
  // po = 35/50 = 0.7; tool yes 0.5, gold yes 0.6;
  // pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4.
  EXPECT_NEAR(*Table(20, 5, 10, 15).Kappa(), 0.4, 1e-12);
}

TEST(AgreementTest, PerfectAgreementIsKappaOne) {
  EXPECT_DOUBLE_EQ(*Table(7, 0, 0, 13).Kappa(), 1.0);
  EXPECT_DOUBLE_EQ(*Table(7, 0, 0, 13).F1(), 1.0);
}

TEST(AgreementTest, UndefinedWhereADenominatorIsZero) {
  const ThemeAgreement none = Table(0, 0, 0, 10);
  EXPECT_FALSE(none.Precision().has_value());
  EXPECT_FALSE(none.Recall().has_value());
  EXPECT_FALSE(none.F1().has_value());
  EXPECT_FALSE(none.Kappa().has_value());  // both coders said no to everything
  const ThemeAgreement missed = Table(0, 0, 3, 7);
  EXPECT_FALSE(missed.Precision().has_value());
  EXPECT_DOUBLE_EQ(*missed.Recall(), 0.0);
  EXPECT_DOUBLE_EQ(*missed.F1(), 0.0);
}

TEST(AgreementTest, MacroF1SkipsUndefinedThemes) {
  EXPECT_DOUBLE_EQ(*MacroF1({Table(1, 0, 0, 1), Table(0, 0, 0, 5), Table(1, 1, 0, 0)}),
                   (1.0 + 2.0 / 3.0) / 2);
  EXPECT_FALSE(MacroF1({Table(0, 0, 0, 5)}).has_value());
}

}  // namespace
}  // namespace heard
