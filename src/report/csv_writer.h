// Writing CSV for analysts: RFC 4180 quoting, and cells that a spreadsheet
// would run as a formula (starting =, +, -, @, tab or CR) prefixed with an
// apostrophe so opening an export in Excel never executes respondent text.
// Tests: tests/report/csv_writer_test.cc.
#ifndef HEARD_REPORT_CSV_WRITER_H_
#define HEARD_REPORT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace heard {

// One field, quoted when needed and defused when it looks like a formula.
std::string CsvField(std::string_view value);
// The same appended to `out`.
void AppendCsvField(std::string_view value, std::string* out);

// Writes `fields` as one CRLF-terminated record.
void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace heard

#endif  // HEARD_REPORT_CSV_WRITER_H_
