#include "report/csv_writer.h"

namespace heard {

std::string CsvField(std::string_view value) {
  std::string cell(value);
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' ||
                        cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')) {
    cell.insert(cell.begin(), '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    out << CsvField(fields[i]);
  }
  out << "\r\n";
}

}  // namespace heard
