// XlsxStream: responses.xlsx written on a thread of its own as responses
// stream past.
//
// The writing thread makes each response's rows once, for the CSV files and
// for the workbook, and hands the workbook's share here in batches; a
// BackgroundQueue feeds them to XlsxExport, whose libxlsxwriter calls cost
// about as much as every other output together. The rows arrive in the
// order they were added, so the workbook is the same bytes as when it was
// written on the writing thread. Tests: tests/pipeline/xlsx_stream_test.cc.
#ifndef HEARD_PIPELINE_XLSX_STREAM_H_
#define HEARD_PIPELINE_XLSX_STREAM_H_

#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/status.h"
#include "ingest/manifest.h"
#include "pipeline/background_queue.h"
#include "report/report_context.h"
#include "report/xlsx_export.h"

namespace heard {

class XlsxStream {
 public:
  // Starts the workbook as XlsxExport does; check status() before adding.
  XlsxStream(const std::string& path, const std::string& temp_dir, const Manifest& manifest,
             const Codebook& codebook, XlsxSheetLimits limits = {});
  // Stops the thread; a workbook never finished is not written.
  ~XlsxStream() = default;

  // How the workbook started; after Finish, use Finish's result.
  const Status& status() const { return book_.status(); }

  // Queues one response's rows (see XlsxExport::AddRows).
  void Add(std::vector<std::string> response_row,
           std::vector<std::vector<std::string>> coding_rows);

  // Writes every queued row, then the workbook. Call once.
  Status Finish(const ReportContext& cx);

 private:
  struct Rows {
    std::vector<std::string> response;
    std::vector<std::vector<std::string>> codings;
  };
  using Batch = std::vector<Rows>;

  XlsxExport book_;
  Batch pending_;
  BackgroundQueue<Batch> queue_;  // declared last: stops before book_ goes
};

}  // namespace heard

#endif  // HEARD_PIPELINE_XLSX_STREAM_H_
