// summary.json: the run's figures for analysts and scripts (schema:
// doc/outputs.md), and rejects.csv: every rejected record in full.
#ifndef HEARD_REPORT_SUMMARY_JSON_H_
#define HEARD_REPORT_SUMMARY_JSON_H_

#include <ostream>
#include <string>

#include "report/report_context.h"

namespace heard {

// The summary as pretty-printed JSON with a trailing newline.
std::string SummaryJson(const ReportContext& context);

// rejects.csv: source,file,line,column,reason,raw.
void WriteRejectsCsv(std::ostream& out, const Ledger& ledger);

}  // namespace heard

#endif  // HEARD_REPORT_SUMMARY_JSON_H_
