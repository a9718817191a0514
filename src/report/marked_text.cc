#include "report/marked_text.h"

#include <algorithm>

#include "report/html.h"

namespace heard {
namespace {

// The redaction covering `pos`, or nullptr.
const Redaction* RedactionAt(const std::vector<Redaction>& redactions, size_t pos) {
  for (const Redaction& r : redactions) {
    if (r.begin <= pos && pos < r.end) return &r;
  }
  return nullptr;
}

const Highlight* HighlightAt(const std::vector<Highlight>& highlights, size_t pos) {
  for (const Highlight& h : highlights) {
    if (h.begin <= pos && pos < h.end) return &h;
  }
  return nullptr;
}

}  // namespace

std::string MarkedHtml(std::string_view text, std::vector<Highlight> highlights,
                       const std::vector<Redaction>& redactions) {
  std::vector<size_t> cuts = {0, text.size()};
  for (const Highlight& h : highlights) cuts.insert(cuts.end(), {h.begin, h.end});
  for (const Redaction& r : redactions) cuts.insert(cuts.end(), {r.begin, r.end});
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  const Redaction* last_redaction = nullptr;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const size_t begin = cuts[i], end = std::min(cuts[i + 1], text.size());
    if (begin >= end) continue;
    if (const Redaction* r = RedactionAt(redactions, begin)) {
      if (r != last_redaction) {
        out += "<span class=\"redacted\">" + Escape(r->label) + "</span>";
      }
      last_redaction = r;
      continue;
    }
    const std::string piece = Escape(text.substr(begin, end - begin));
    if (const Highlight* h = HighlightAt(highlights, begin)) {
      out += h->title.empty() ? "<mark>"
                              : "<mark title=\"" + Escape(h->title) + "\">";
      out += piece + "</mark>";
    } else {
      out += piece;
    }
  }
  return out;
}

}  // namespace heard
