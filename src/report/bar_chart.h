// A horizontal bar chart as inline SVG: no script, no remote fonts, scales
// with the page and prints. It carries role="img" with a title and a
// description, and every page that shows one also shows the same figures as
// a table, so nothing is only in the picture.
// Tests: tests/report/bar_chart_test.cc.
#ifndef HEARD_REPORT_BAR_CHART_H_
#define HEARD_REPORT_BAR_CHART_H_

#include <cstdint>
#include <string>
#include <vector>

namespace heard {

struct Bar {
  std::string label;  // plain text; escaped here
  int64_t value = 0;
  std::string note;   // printed after the bar, e.g. "99 (18%)"
};

// The chart, bars in the order given, lengths relative to the largest.
// `title` names it; `description` says in words what it shows.
std::string BarChartSvg(const std::vector<Bar>& bars, const std::string& title,
                        const std::string& description);

}  // namespace heard

#endif  // HEARD_REPORT_BAR_CHART_H_
