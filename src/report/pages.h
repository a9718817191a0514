// The report's whole pages, each a function of the ReportContext.
#ifndef HEARD_REPORT_PAGES_H_
#define HEARD_REPORT_PAGES_H_

#include <string>

#include "report/report_context.h"

namespace heard {

// index.html: the committee summary.
std::string IndexPage(const ReportContext& context);

// themes/<id>.html: one theme in depth.
std::string ThemePage(const ReportContext& context, int theme);

// method.html: sources, ledger, rejects, codebook, version.
std::string MethodPage(const ReportContext& context);

}  // namespace heard

#endif  // HEARD_REPORT_PAGES_H_
