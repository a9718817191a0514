// How responses.xlsx is written.
//
// libxlsxwriter runs in constant_memory mode: each worksheet keeps only its
// current row in memory and flushes it to its own temporary file when a later
// row is started. Rows must therefore arrive in order *per sheet*, but sheets
// may be written interleaved: Responses and Codings grow together as
// responses stream past, and Summary (created first, so it is the first tab),
// Sources and Rejects are filled at the end, when the counts are known.
// Column widths and autofilters are only assembled into the sheet XML at
// close, so they are set last, from the widest cell seen.
//
// Every value is written as a string cell or a number cell, never as a
// formula, so respondent text such as "=HYPERLINK(...)" stays text and
// needs none of the apostrophe defusing the CSV files use. Text that Excel
// would refuse is cleaned by ExcelCellText. A table that reaches Excel's
// row limit, or the byte budget that keeps each sheet under ZIP's 4 GiB
// without ZIP64, goes on in "Responses (2)" and so on; continuation sheets
// come after the sheets that existed when they were started.
//
// Tests: tests/report/xlsx_export_test.cc.
#include "report/xlsx_export.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <ctime>

#include "report/response_writers.h"
#include "text/utf8.h"

namespace heard {
namespace {

// Estimated sheet XML around a cell's text and around a row's cells.
constexpr int64_t kCellXmlBytes = 64;
constexpr int64_t kRowXmlBytes = 48;
constexpr double kMinWidth = 6, kMaxWidth = 60;

// UTF-16 units of the UTF-8 `text` (four-byte sequences take two).
int64_t Utf16Units(std::string_view text) {
  int64_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

int64_t CodePoints(std::string_view text) {
  int64_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsNonCharacter(std::string_view text, size_t i) {  // U+FFFE, U+FFFF
  return text.compare(i, 3, "\xEF\xBF\xBE") == 0 || text.compare(i, 3, "\xEF\xBF\xBF") == 0;
}

// `text` cut to at most `units` UTF-16 units, at a code point boundary.
std::string_view Prefix(std::string_view text, int64_t units) {
  int64_t used = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    used += c >= 0xF0 ? 2 : 1;
    if (used > units) return text.substr(0, i);
  }
  return text;
}

// What one pass over a cell's text learns.
struct CellScan {
  int64_t utf16_units = 0;  // its length as Excel counts it
  int64_t xml_bytes = 0;    // about how much sheet XML it makes, escapes included
  bool refused = false;     // it holds a control character or non-character Excel refuses
};

CellScan ScanCell(std::string_view text) {
  CellScan scan;
  scan.xml_bytes = kCellXmlBytes + static_cast<int64_t>(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) scan.utf16_units += c >= 0xF0 ? 2 : 1;
    if (c == '&' || c == '<' || c == '>' || c == '"') scan.xml_bytes += 5;
    if ((c < 0x20 && c != '\t' && c != '\n') || (c == 0xEF && IsNonCharacter(text, i))) {
      scan.refused = true;
    }
  }
  return scan;
}

// True when the text `scan` is of can go into a cell as it is.
bool CellReady(std::string_view text, const CellScan& scan) {
  return !scan.refused && scan.utf16_units <= kExcelCellChars && FirstInvalidUtf8(text) < 0;
}

bool ParseCount(const std::string& field, int64_t* n) {
  const char* end = field.data() + field.size();
  auto [stop, error] = std::from_chars(field.data(), end, *n);
  return error == std::errc() && stop == end && !field.empty();
}

// Midnight UTC of a YYYY-MM-DD run date: the workbook's creation time, so
// the same run date gives the same bytes.
std::time_t RunDateTime(const std::string& run_date) {
  std::tm tm{};
  if (std::sscanf(run_date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) {
    return 0;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return timegm(&tm);
}

}  // namespace

std::string ExcelCellText(std::string_view text, std::string_view csv_name) {
  std::string clean;
  clean.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      if (i + 1 == text.size() || text[i + 1] != '\n') clean += '\n';
    } else if (c == 0xEF && IsNonCharacter(text, i)) {
      i += 2;
    } else if (c >= 0x20 || c == '\t' || c == '\n') {
      clean += static_cast<char>(c);
    }
  }
  if (FirstInvalidUtf8(clean) >= 0) clean = ReplaceInvalidUtf8(clean);
  if (Utf16Units(clean) <= kExcelCellChars) return clean;
  const std::string marker = " [truncated: " + std::to_string(CodePoints(clean)) +
                             " characters in " + std::string(csv_name) + "]";
  return std::string(Prefix(clean, kExcelCellChars - Utf16Units(marker))) + marker;
}

struct XlsxColumn {
  std::string name;
  bool number = false;  // counts and 0/1 flags, written as number cells
};

// A table written row by row over one sheet or more ("Responses", then
// "Responses (2)"): each sheet gets the header row, bold and frozen, and an
// autofilter; Finish() sizes the columns to what they hold.
class XlsxTable {
 public:
  XlsxTable(lxw_workbook* book, std::string name, std::vector<XlsxColumn> columns,
            std::string csv_name, lxw_format* bold, XlsxSheetLimits limits, int frozen_columns)
      : book_(book), name_(std::move(name)), columns_(std::move(columns)),
        csv_name_(std::move(csv_name)), bold_(bold), limits_(limits),
        frozen_columns_(frozen_columns), widths_(columns_.size(), 0) {}

  // Each returns an lxw_error: LXW_NO_ERROR (0) or why writing failed.
  int Start() { return StartSheet(); }

  int AddRow(const std::vector<std::string>& fields) {
    scans_.clear();
    int64_t bytes = kRowXmlBytes;
    for (const std::string& field : fields) {
      scans_.push_back(ScanCell(field));
      bytes += scans_.back().xml_bytes;
    }
    const bool full = static_cast<int64_t>(row_) >= limits_.rows ||
                      (row_ > 1 && bytes_ + bytes > limits_.bytes);
    if (full) {
      if (int error = StartSheet()) return error;
    }
    bytes_ += bytes;
    for (size_t c = 0; c < fields.size() && c < columns_.size(); ++c) {
      if (int error = WriteCell(static_cast<lxw_col_t>(c), fields[c], scans_[c])) return error;
    }
    ++row_;
    return LXW_NO_ERROR;
  }

  int Finish() {
    int error = EndSheet();
    for (lxw_worksheet* sheet : sheets_) {
      for (size_t c = 0; error == LXW_NO_ERROR && c < columns_.size(); ++c) {
        const double header = static_cast<double>(Utf16Units(columns_[c].name)) + 4;
        const double width = std::clamp(std::max(header, widths_[c] + 2), kMinWidth, kMaxWidth);
        const auto col = static_cast<lxw_col_t>(c);
        error = worksheet_set_column(sheet, col, col, width, nullptr);
      }
    }
    return error;
  }

 private:
  int StartSheet() {
    if (int error = EndSheet()) return error;
    const std::string name =
        sheets_.empty() ? name_ : name_ + " (" + std::to_string(sheets_.size() + 1) + ")";
    sheet_ = workbook_add_worksheet(book_, name.c_str());
    if (sheet_ == nullptr) return LXW_ERROR_CREATING_TMPFILE;
    sheets_.push_back(sheet_);
    worksheet_freeze_panes(sheet_, 1, static_cast<lxw_col_t>(frozen_columns_));
    bytes_ = kRowXmlBytes;
    for (size_t c = 0; c < columns_.size(); ++c) {
      bytes_ += ScanCell(columns_[c].name).xml_bytes;
      const std::string header = ExcelCellText(columns_[c].name, csv_name_);
      if (int error = worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c),
                                             header.c_str(), bold_)) {
        return error;
      }
    }
    row_ = 1;
    return LXW_NO_ERROR;
  }

  int EndSheet() {
    if (sheet_ == nullptr || columns_.empty()) return LXW_NO_ERROR;
    return worksheet_autofilter(sheet_, 0, 0, row_ - 1,
                                static_cast<lxw_col_t>(columns_.size() - 1));
  }

  int WriteCell(lxw_col_t col, const std::string& field, const CellScan& scan) {
    int64_t n = 0;
    if (columns_[col].number && ParseCount(field, &n)) {
      widths_[col] = std::max(widths_[col], static_cast<double>(field.size()));
      return worksheet_write_number(sheet_, row_, col, static_cast<double>(n), nullptr);
    }
    const double width = static_cast<double>(std::min<int64_t>(scan.utf16_units, 100));
    widths_[col] = std::max(widths_[col], width);
    if (CellReady(field, scan)) return worksheet_write_string(sheet_, row_, col, field.c_str(), nullptr);
    const std::string text = ExcelCellText(field, csv_name_);
    return worksheet_write_string(sheet_, row_, col, text.c_str(), nullptr);
  }

  lxw_workbook* book_;
  std::string name_;
  std::vector<XlsxColumn> columns_;
  std::string csv_name_;
  lxw_format* bold_;
  XlsxSheetLimits limits_;
  int frozen_columns_;
  std::vector<double> widths_;  // widest cell seen per column, in characters
  std::vector<CellScan> scans_;  // the row being added, one per field
  std::vector<lxw_worksheet*> sheets_;
  lxw_worksheet* sheet_ = nullptr;
  lxw_row_t row_ = 0;  // the next row of the current sheet
  int64_t bytes_ = 0;  // estimated XML of the current sheet
};

namespace {

std::vector<XlsxColumn> Columns(const std::vector<std::string>& names,
                                const std::vector<bool>& numbers) {
  std::vector<XlsxColumn> columns;
  for (size_t i = 0; i < names.size(); ++i) columns.push_back({names[i], numbers[i]});
  return columns;
}

}  // namespace

// Cells written one after another on a sheet; the first error sticks.
struct SheetCursor {
  lxw_worksheet* sheet;
  lxw_row_t row = 0;
  int error = LXW_NO_ERROR;

  void Keep(int result) {
    if (error == LXW_NO_ERROR) error = result;
  }
  void Text(lxw_col_t col, const std::string& value, lxw_format* format = nullptr) {
    const std::string cell = ExcelCellText(value, "summary.json");
    if (error == LXW_NO_ERROR) Keep(worksheet_write_string(sheet, row, col, cell.c_str(), format));
  }
  void Number(lxw_col_t col, double value, lxw_format* format = nullptr) {
    if (error == LXW_NO_ERROR) Keep(worksheet_write_number(sheet, row, col, value, format));
  }
};

XlsxExport::XlsxExport(const std::string& path, const std::string& temp_dir,
                       const Manifest& manifest, const Codebook& codebook,
                       XlsxSheetLimits limits)
    : path_(path), temp_dir_(temp_dir), codebook_(codebook), limits_(limits),
      responses_table_(manifest, codebook) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = temp_dir_.empty() ? nullptr : temp_dir_.data();
  options.use_zip64 = LXW_FALSE;  // see XlsxSheetLimits::bytes
  book_ = workbook_new_opt(path_.c_str(), &options);
  if (book_ == nullptr) {
    Check(LXW_ERROR_MEMORY_MALLOC_FAILED, "cannot start the workbook");
    return;
  }
  bold_ = workbook_add_format(book_);
  format_set_bold(bold_);
  percent_ = workbook_add_format(book_);
  format_set_num_format_index(percent_, 9);  // Excel's built-in "0%"
  summary_ = workbook_add_worksheet(book_, "Summary");
  if (summary_ == nullptr) {
    Check(LXW_ERROR_CREATING_TMPFILE, "cannot start the Summary sheet");
    return;
  }

  const std::vector<std::string>& header = responses_table_.header();
  std::vector<bool> numbers;
  for (size_t c = 0; c < header.size(); ++c) numbers.push_back(responses_table_.IsNumber(c));
  responses_ = std::make_unique<XlsxTable>(book_, "Responses", Columns(header, numbers),
                                           "responses.csv", bold_, limits_, 1);
  Check(responses_->Start(), "cannot write the Responses sheet");
  std::vector<bool> coding_numbers(CodingsHeader().size(), false);
  coding_numbers[kCodingsHitsColumn] = true;
  codings_ = std::make_unique<XlsxTable>(book_, "Codings", Columns(CodingsHeader(), coding_numbers),
                                         "codings.csv", bold_, limits_, 1);
  Check(codings_->Start(), "cannot write the Codings sheet");
}

XlsxExport::~XlsxExport() {
  if (book_ != nullptr) lxw_workbook_free(book_);
}

void XlsxExport::Check(int error, const std::string& what) {
  if (error == LXW_NO_ERROR || !status_.ok()) return;
  status_ = Status::OutputError(FormatError(
      Location{path_}, what + ": " + lxw_strerror(static_cast<lxw_error>(error))));
}

void XlsxExport::Add(const CodedResponse& coded) {
  if (!status_.ok()) return;
  AddRows(responses_table_.Row(coded),
          coded.counted ? CodingsRows(codebook_, coded) : std::vector<std::vector<std::string>>{});
}

void XlsxExport::AddRows(const std::vector<std::string>& response_row,
                         const std::vector<std::vector<std::string>>& coding_rows) {
  if (!status_.ok()) return;
  Check(responses_->AddRow(response_row), "cannot write the Responses sheet");
  for (const std::vector<std::string>& row : coding_rows) {
    Check(codings_->AddRow(row), "cannot write the Codings sheet");
  }
}

int XlsxExport::WriteSummary(const ReportContext& cx) {
  const Summary& s = cx.summary;
  SheetCursor at{summary_};
  const std::pair<const char*, std::string> about[] = {
      {"Consultation", cx.Title()},
      {"Organisation", cx.manifest.organisation},
      {"Run date", cx.run_date},
      {"Tool", "heard " + cx.version},
      {"Codebook", cx.codebook.name},
      {"Codebook version", cx.codebook.version},
      {"Codebook hash", cx.codebook.hash}};
  for (const auto& [label, value] : about) {
    at.Text(0, label, bold_);
    at.Text(1, value);
    ++at.row;
  }
  ++at.row;
  const std::pair<const char*, int64_t> counts[] = {
      {"Responses received", s.responses},
      {"With free text (the denominator)", s.with_text},
      {"Respondents with free text", s.respondents_with_text},
      {"Coded to at least one theme", s.coded},
      {"With free text, no theme", s.with_text - s.coded},
      {"Records rejected", cx.ledger.TotalRejected()},
      {"Repeats not counted again", cx.ledger.TotalDuplicates()}};
  for (const auto& [label, value] : counts) {
    at.Text(0, label, bold_);
    at.Number(1, static_cast<double>(value));
    ++at.row;
  }
  at.Text(0, DenominatorSentence(s));
  at.row += 2;
  WriteThemeTable(cx, &at);
  return at.error;
}

void XlsxExport::WriteThemeTable(const ReportContext& cx, SheetCursor* at) {
  const Summary& s = cx.summary;
  const lxw_row_t header = at->row;
  const char* columns[] = {"id", "label", "parent", "responses", "respondents", "share", "hits"};
  const double widths[] = {34, 40, 16, 11, 13, 8, 8};
  for (lxw_col_t c = 0; c < 7; ++c) {
    at->Text(c, columns[c], bold_);
    at->Keep(worksheet_set_column(at->sheet, c, c, widths[c], nullptr));
  }
  for (int t : s.Ranked(cx.codebook, false)) {
    ++at->row;
    const Theme& theme = cx.codebook.themes[t];
    const ThemeStats& stats = s.themes[t];
    const double share =
        s.with_text > 0 ? static_cast<double>(stats.responses) / static_cast<double>(s.with_text)
                        : 0.0;
    at->Text(0, theme.id);
    at->Text(1, theme.label);
    at->Text(2, theme.parent);
    at->Number(3, static_cast<double>(stats.responses));
    at->Number(4, static_cast<double>(stats.respondents));
    at->Number(5, share, percent_);
    at->Number(6, static_cast<double>(stats.hits));
  }
  at->Keep(worksheet_autofilter(at->sheet, header, 0, at->row, 6));
}

int XlsxExport::WriteLedger(const Ledger& ledger) {
  XlsxTable sources(book_, "Sources",
                    {{"source"}, {"channel"}, {"format"}, {"encoding"}, {"read", true},
                     {"with_text", true}, {"blank", true}, {"repeats", true},
                     {"rejected", true}, {"notes"}},
                    "summary.json", bold_, limits_, 1);
  int error = sources.Start();
  for (const SourceTally& t : ledger.sources()) {
    if (error != LXW_NO_ERROR) return error;
    std::string notes;
    for (const std::string& note : t.notes) notes += (notes.empty() ? "" : "; ") + note;
    error = sources.AddRow({t.source, t.channel, t.format, t.encoding, std::to_string(t.read),
                            std::to_string(t.accepted), std::to_string(t.blank),
                            std::to_string(t.duplicate), std::to_string(t.rejected), notes});
  }
  if (error == LXW_NO_ERROR) error = sources.Finish();
  XlsxTable rejects(book_, "Rejects",
                    {{"source"}, {"file"}, {"line", true}, {"column", true}, {"reason"}, {"raw"}},
                    "rejects.csv", bold_, limits_, 0);
  if (error == LXW_NO_ERROR) error = rejects.Start();
  for (const Reject& r : ledger.rejects()) {
    if (error != LXW_NO_ERROR) return error;
    error = rejects.AddRow({r.source, r.location.file, std::to_string(r.location.line),
                            std::to_string(r.location.column), r.reason, r.raw});
  }
  return error == LXW_NO_ERROR ? rejects.Finish() : error;
}

Status XlsxExport::Finish(const ReportContext& cx) {
  if (book_ == nullptr) return status_;
  if (status_.ok()) Check(responses_->Finish(), "cannot write the Responses sheet");
  if (status_.ok()) Check(codings_->Finish(), "cannot write the Codings sheet");
  if (status_.ok()) Check(WriteSummary(cx), "cannot write the Summary sheet");
  if (status_.ok()) Check(WriteLedger(cx.ledger), "cannot write the Sources and Rejects sheets");
  std::string title = cx.Title();
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.created = RunDateTime(cx.run_date);
  if (status_.ok()) Check(workbook_set_properties(book_, &properties), "cannot write the workbook");
  if (!status_.ok()) {
    lxw_workbook_free(book_);
    book_ = nullptr;
    return status_;
  }
  const lxw_error closed = workbook_close(book_);
  book_ = nullptr;
  Check(closed, "cannot write the workbook");
  return status_;
}

}  // namespace heard
