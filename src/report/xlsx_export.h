// responses.xlsx: the tables of the CSV exports as one workbook, for
// officers who work in Excel. Written as responses stream past, like the
// writers in response_writers.h, so memory stays flat however many there are.
// Tests: tests/report/xlsx_export_test.cc.
#ifndef HEARD_REPORT_XLSX_EXPORT_H_
#define HEARD_REPORT_XLSX_EXPORT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/codebook.h"
#include "core/status.h"
#include "ingest/manifest.h"
#include "report/report_context.h"
#include "report/response_writers.h"
#include "tag/tagger.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace heard {

// The zlib level the workbook's parts are deflated at (xlsx_deflate.cc).
extern const int kXlsxDeflateLevel;

// The most text an Excel cell holds, in UTF-16 units as Excel counts.
inline constexpr int64_t kExcelCellChars = 32767;

// How much one worksheet takes before a table goes on in the next one
// ("Responses (2)"). Tests make the limits small.
struct XlsxSheetLimits {
  int64_t rows = 1048576;  // Excel's rows per sheet, the header row included
  // Sheet XML, estimated from the cells: each sheet must stay under ZIP's
  // 4 GiB per member without ZIP64, which some Excel versions refuse.
  int64_t bytes = int64_t{3} << 30;
};

// `text` as an Excel cell can hold it: control characters other than tab and
// newline removed (a carriage return becomes a newline), invalid UTF-8
// replaced by U+FFFD, and anything over kExcelCellChars cut at a character
// boundary and ended with "[truncated: N characters in <csv_name>]", N
// counting the characters (code points) of the whole text.
std::string ExcelCellText(std::string_view text, std::string_view csv_name);

class XlsxTable;
struct SheetCursor;

// Writes responses.xlsx with the sheets Summary, Responses, Codings, Sources
// and Rejects. The file is only created by Finish(); until then rows go to
// libxlsxwriter's temporary files in `temp_dir`. Not thread-safe.
class XlsxExport {
 public:
  // `temp_dir` "" uses the system's temporary folder. Check status() after.
  XlsxExport(const std::string& path, const std::string& temp_dir, const Manifest& manifest,
             const Codebook& codebook, XlsxSheetLimits limits = {});
  ~XlsxExport();
  XlsxExport(const XlsxExport&) = delete;
  XlsxExport& operator=(const XlsxExport&) = delete;

  // Ok, or the first failure so far; after a failure nothing more is written.
  const Status& status() const { return status_; }

  // One row on Responses (as responses.csv) and, for a counted response, its
  // codings on Codings (as codings.csv).
  void Add(const CodedResponse& coded);
  // The same from rows already made: `response_row` as ResponsesTable::Row
  // gives it and `coding_rows` as CodingsRows does (none for a response not
  // counted), so the CSV writers' rows need not be made twice.
  void AddRows(const std::vector<std::string>& response_row,
               const std::vector<std::vector<std::string>>& coding_rows);

  // Writes Summary, Sources and Rejects, then the file itself. Call once.
  Status Finish(const ReportContext& cx);

 private:
  void Check(int error, const std::string& what);
  int WriteSummary(const ReportContext& cx);
  void WriteThemeTable(const ReportContext& cx, SheetCursor* at);
  int WriteLedger(const Ledger& ledger);

  std::string path_;
  std::string temp_dir_;  // kept alive: libxlsxwriter holds the pointer
  const Codebook& codebook_;
  XlsxSheetLimits limits_;
  ResponsesTable responses_table_;
  Status status_;
  lxw_workbook* book_ = nullptr;
  lxw_worksheet* summary_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* percent_ = nullptr;
  std::unique_ptr<XlsxTable> responses_, codings_;
};

}  // namespace heard

#endif  // HEARD_REPORT_XLSX_EXPORT_H_
