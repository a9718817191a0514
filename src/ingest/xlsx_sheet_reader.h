// Reading one sheet of an XLSX workbook as table records.
//
// The workbook is a ZIP of XML parts (libzip, expat). The sheet is found by
// name through xl/workbook.xml and its relationships; cells are placed by
// their references ("C5"), so sparse rows keep their columns. Values:
// shared strings (rich-text runs joined), inline strings, formula results,
// booleans as TRUE/FALSE, numbers as written (integers without ".0"), and
// numbers in a date style (built-in formats 14-22 and 45-47, or a custom
// format with d, m or y outside quotes) as "YYYY-MM-DD" or "YYYY-MM-DD
// HH:MM". Rows with no value are skipped, keeping the spreadsheet's own row
// numbers as lines; rows are padded to the header's width.
// Tests: tests/ingest/xlsx_sheet_reader_test.cc.
#ifndef HEARD_INGEST_XLSX_SHEET_READER_H_
#define HEARD_INGEST_XLSX_SHEET_READER_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "core/limits.h"
#include "ingest/csv_reader.h"

namespace heard {

// The rows of sheet `sheet` ("" for the first) of the workbook in `bytes`,
// header row first. `file` names the workbook in errors. Its parts are read
// within `limits` (archive sizes, XML depth).
StatusOr<std::vector<CsvRecord>> ReadXlsxRecords(const std::string& bytes,
                                                 const std::string& sheet,
                                                 const std::string& file,
                                                 const Limits& limits = Limits());

// "YYYY-MM-DD" (and " HH:MM" when there is a time) for an Excel serial date
// in the 1900 date system.
std::string ExcelDate(double serial);

}  // namespace heard

#endif  // HEARD_INGEST_XLSX_SHEET_READER_H_
