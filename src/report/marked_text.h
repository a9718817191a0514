// Respondent text as HTML: escaped, hits highlighted, personal data replaced.
#ifndef HEARD_REPORT_MARKED_TEXT_H_
#define HEARD_REPORT_MARKED_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyse/redactor.h"

namespace heard {

struct Highlight {
  size_t begin = 0;
  size_t end = 0;
  std::string_view title;  // shown on hover, e.g. the theme's label; may be empty
};

// `text` escaped, with each highlight in <mark> and each redaction replaced
// by its label. Redaction wins where the two overlap: personal data never
// reaches the page, highlighted or not. Spans must lie within `text`.
std::string MarkedHtml(std::string_view text, const std::vector<Highlight>& highlights,
                       const std::vector<Redaction>& redactions);
// The same, appended to `out`.
void AppendMarkedHtml(std::string_view text, const std::vector<Highlight>& highlights,
                      const std::vector<Redaction>& redactions, std::string* out);

}  // namespace heard

#endif  // HEARD_REPORT_MARKED_TEXT_H_
