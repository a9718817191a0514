#include "ingest/table_header.h"

#include <map>

namespace heard {
namespace {

std::string Trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

bool LowerRowFilled(const std::vector<CsvRecord>& rows, size_t r, size_t c) {
  for (size_t below = r + 1; below < rows.size(); ++below) {
    if (c < rows[below].fields.size() && !Trimmed(rows[below].fields[c]).empty()) return true;
  }
  return false;
}

std::vector<std::string> Joined(const std::vector<CsvRecord>& rows) {
  size_t width = 0;
  for (const CsvRecord& row : rows) width = std::max(width, row.fields.size());
  std::vector<std::string> header(width);
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string carried;
    for (size_t c = 0; c < width; ++c) {
      std::string cell = c < rows[r].fields.size() ? Trimmed(rows[r].fields[c]) : "";
      // A question written once over its sub-question columns.
      if (cell.empty() && LowerRowFilled(rows, r, c)) cell = carried;
      carried = cell;
      if (cell.empty()) continue;
      header[c] += (header[c].empty() ? "" : " - ") + cell;
    }
  }
  return header;
}

}  // namespace

std::vector<std::string> MakeHeader(const std::vector<CsvRecord>& rows,
                                    std::vector<std::string>* notes) {
  std::vector<std::string> header =
      rows.size() == 1 ? rows[0].fields : Joined(rows);
  size_t dropped = 0;
  while (!header.empty() && Trimmed(header.back()).empty()) {
    header.pop_back();
    ++dropped;
  }
  if (dropped > 0) {
    notes->push_back(std::to_string(dropped) + " empty column(s) at the end of the header ignored");
  }
  std::map<std::string, int> seen;
  for (std::string& name : header) {
    const int count = ++seen[name];
    if (count == 1 || name.empty()) continue;
    const std::string renamed = name + " (" + std::to_string(count) + ")";
    notes->push_back("column name \"" + name + "\" repeats; this copy is read as \"" +
                     renamed + "\"");
    name = renamed;
  }
  return header;
}

}  // namespace heard
