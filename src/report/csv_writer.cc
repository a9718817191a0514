#include "report/csv_writer.h"

namespace heard {
namespace {

bool LooksLikeFormula(std::string_view value) {
  if (value.empty()) return false;
  const char c = value[0];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

void AppendCsvField(std::string_view value, std::string* out) {
  const bool defuse = LooksLikeFormula(value);
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    if (defuse) *out += '\'';
    out->append(value);
    return;
  }
  *out += '"';
  if (defuse) *out += '\'';
  for (char c : value) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

std::string CsvField(std::string_view value) {
  std::string cell;
  AppendCsvField(value, &cell);
  return cell;
}

void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
  std::string row;
  size_t size = 2;
  for (const std::string& field : fields) size += field.size() + 3;
  row.reserve(size);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    AppendCsvField(fields[i], &row);
  }
  row += "\r\n";
  out.write(row.data(), static_cast<std::streamsize>(row.size()));
}

}  // namespace heard
