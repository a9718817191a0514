#include "report/bar_chart.h"

#include <algorithm>
#include <cstdio>

#include "report/html.h"

namespace heard {
namespace {

constexpr int kWidth = 720;
constexpr int kLabelRight = 300;  // labels end here, bars start after a gap
constexpr int kBarLeft = 310;
constexpr int kBarSpace = 310;    // the longest bar's length
constexpr int kRow = 26;
constexpr int kBarHeight = 16;

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string BarRow(const Bar& bar, int row, int64_t largest) {
  const double length =
      largest > 0 ? kBarSpace * static_cast<double>(bar.value) / static_cast<double>(largest) : 0;
  const int top = row * kRow + 4;
  const int baseline = top + kBarHeight - 3;
  return "<text x=\"" + std::to_string(kLabelRight) + "\" y=\"" + std::to_string(baseline) +
         "\" text-anchor=\"end\">" + Escape(bar.label) + "</text><rect x=\"" +
         std::to_string(kBarLeft) + "\" y=\"" + std::to_string(top) + "\" width=\"" +
         Number(std::max(length, 1.0)) + "\" height=\"" + std::to_string(kBarHeight) +
         "\" class=\"bar\"/><text x=\"" + Number(kBarLeft + length + 6) + "\" y=\"" +
         std::to_string(baseline) + "\">" + Escape(bar.note) + "</text>\n";
}

}  // namespace

std::string BarChartSvg(const std::vector<Bar>& bars, const std::string& title,
                        const std::string& description) {
  int64_t largest = 0;
  for (const Bar& bar : bars) largest = std::max(largest, bar.value);
  const int height = static_cast<int>(bars.size()) * kRow + 8;
  std::string out = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                    std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
                    "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">" +
                    Escape(title) + "</title><desc id=\"chart-desc\">" + Escape(description) +
                    "</desc>\n";
  for (size_t i = 0; i < bars.size(); ++i) {
    out += BarRow(bars[i], static_cast<int>(i), largest);
  }
  return out + "</svg>\n";
}

}  // namespace heard
