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

std::string MarkedHtml(std::string_view text, const std::vector<Highlight>& highlights,
                       const std::vector<Redaction>& redactions) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  AppendMarkedHtml(text, highlights, redactions, &out);
  return out;
}

void AppendMarkedHtml(std::string_view text, const std::vector<Highlight>& highlights,
                      const std::vector<Redaction>& redactions, std::string* out_string) {
  std::string& out = *out_string;
  std::vector<size_t> cuts;
  cuts.reserve(2 + 2 * (highlights.size() + redactions.size()));
  cuts.push_back(0);
  cuts.push_back(text.size());
  for (const Highlight& h : highlights) cuts.insert(cuts.end(), {h.begin, h.end});
  for (const Redaction& r : redactions) cuts.insert(cuts.end(), {r.begin, r.end});
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  const Redaction* last_redaction = nullptr;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const size_t begin = cuts[i], end = std::min(cuts[i + 1], text.size());
    if (begin >= end) continue;
    if (const Redaction* r = RedactionAt(redactions, begin)) {
      if (r != last_redaction) {
        out += "<span class=\"redacted\">";
        EscapeTo(r->label, &out);
        out += "</span>";
      }
      last_redaction = r;
      continue;
    }
    const std::string_view piece = text.substr(begin, end - begin);
    if (const Highlight* h = HighlightAt(highlights, begin)) {
      if (h->title.empty()) {
        out += "<mark>";
      } else {
        out += "<mark title=\"";
        EscapeTo(h->title, &out);
        out += "\">";
      }
      EscapeTo(piece, &out);
      out += "</mark>";
    } else {
      EscapeTo(piece, &out);
    }
  }
}

}  // namespace heard
