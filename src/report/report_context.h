// Everything a report page is drawn from, and the small pieces pages share:
// quote blocks, attribution, anchors, the footer.
#ifndef HEARD_REPORT_REPORT_CONTEXT_H_
#define HEARD_REPORT_REPORT_CONTEXT_H_

#include <string>

#include "analyse/duplicates.h"
#include "analyse/quote_selector.h"
#include "analyse/summary.h"
#include "core/codebook.h"
#include "core/ledger.h"
#include "ingest/manifest.h"
#include "tag/overrides.h"

namespace heard {

struct ReportContext {
  const Manifest& manifest;
  const Codebook& codebook;
  const Summary& summary;
  const QuoteSelector& quotes;
  const Ledger& ledger;
  const std::vector<CopyGroup>& copies;
  std::string run_date;  // YYYY-MM-DD
  std::string version;
  const Overrides* overrides = nullptr;  // the officer's overrides, if any
  const QuoteChoices* quote_choices = nullptr;  // the report writer's pins and drops

  // The consultation's display title.
  std::string Title() const;
};

// "Young carer (under 18), young carers session"; never a name.
std::string Attribution(const std::string& respondent_type, const std::string& channel);

// The fragment id of a response on responses.html, unique per id.
std::string ResponseAnchor(const std::string& response_id);

// A quote as a <blockquote> with highlights, redactions, attribution and a
// link to the response (`root` is the path to the report folder).
std::string QuoteHtml(const Quote& quote, const std::string& root);

// The footer every page carries: tool version, run date, codebook.
// responses.html holds the first kResponsesPerPage responses in reading
// order, responses-2.html the next, and so on, so no page grows too big to
// open; a response's page follows from its Response::ordinal.
inline constexpr int64_t kResponsesPerPage = 1000;
std::string ResponsesPageName(int64_t ordinal);
// The file of page `page` (0-based): responses.html, responses-2.html, ...
std::string ResponsesPageFile(int64_t page);
// Link to a response's entry from a page `root` away ("", "../").
std::string ResponseHref(const std::string& root, int64_t ordinal, const std::string& id);

// The page footer, from what is known before any response is read.
std::string FooterHtml(const Codebook& book, const std::string& version,
                       const std::string& run_date);
std::string FooterHtml(const ReportContext& context);

// The sentence that states the denominator, in words.
std::string DenominatorSentence(const Summary& summary);

}  // namespace heard

#endif  // HEARD_REPORT_REPORT_CONTEXT_H_
