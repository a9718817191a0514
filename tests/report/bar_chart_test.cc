#include "report/bar_chart.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(BarChartTest, IsAnAccessibleImageWithBarsRelativeToTheLargest) {
  const std::string svg = BarChartSvg({{"Breaks", 100, "100 (20%)"}, {"Money", 50, "50 (10%)"}},
                                      "Themes", "Breaks is raised most.");
  EXPECT_EQ(svg.rfind("<svg class=\"chart\" viewBox=\"0 0 720 60\" role=\"img\" "
                      "aria-labelledby=\"chart-title chart-desc\"",
                      0),
            0u)
      << svg;
  EXPECT_NE(svg.find("<title id=\"chart-title\">Themes</title><desc id=\"chart-desc\">Breaks is "
                     "raised most.</desc>"),
            std::string::npos);
  EXPECT_NE(svg.find("width=\"310.0\""), std::string::npos) << "the largest fills the space";
  EXPECT_NE(svg.find("width=\"155.0\""), std::string::npos) << "half as long";
  EXPECT_NE(svg.find(">50 (10%)</text>"), std::string::npos);
}

TEST(BarChartTest, LabelsAreEscaped) {
  const std::string svg = BarChartSvg({{"<script>alert(1)</script>", 1, "1"}}, "t", "d");
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
}

TEST(BarChartTest, AZeroBarIsStillVisibleAsASliver) {
  const std::string svg = BarChartSvg({{"A", 4, "4"}, {"B", 0, "0"}}, "t", "d");
  EXPECT_NE(svg.find("width=\"1.0\""), std::string::npos);
}

}  // namespace
}  // namespace heard
