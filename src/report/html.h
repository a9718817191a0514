// HTML building blocks shared by every page: escaping and the page shell.
//
// Every piece of text that did not come from this program's own literals
// goes through Escape(): respondent text, file and column names, codebook
// labels. Bidirectional control characters are shown as visible codes so a
// response cannot reorder the text around it. Pages are self-contained:
// inline CSS, a Content-Security-Policy that forbids any remote load.
// Tests: tests/report/html_test.cc.
#ifndef HEARD_REPORT_HTML_H_
#define HEARD_REPORT_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace heard {

// `text` made safe for HTML element content and attribute values.
std::string Escape(std::string_view text);
// The same appended to `out`, for pages built piece by piece.
void EscapeTo(std::string_view text, std::string* out);

struct PageInfo {
  std::string title;         // the page's own title
  std::string consultation;  // the consultation's title, for the header
  std::string root;          // "" for top-level pages, "../" for themes/
  std::string current;       // which nav entry is this page: index, responses, method
};

// Doctype, head (CSP, inline CSS), header and nav, opening <main>.
std::string PageStart(const PageInfo& page);
// Closing </main>, footer with `footer` (already HTML), </html>.
std::string PageEnd(const std::string& footer);

// "41%" from part/whole; "<1%" for a small non-zero share; "0%" when whole is 0.
std::string Percent(int64_t part, int64_t whole);

// "1,234".
std::string Thousands(int64_t n);

// `text` with its first letter upper-cased when ASCII ("survey" -> "Survey"),
// for names shown as table rows.
std::string Capitalised(std::string_view text);

// A file-name-safe form of a theme id or similar ("young_carers" stays).
std::string Slug(std::string_view text);

}  // namespace heard

#endif  // HEARD_REPORT_HTML_H_
