#include "ingest/xlsx_sheet_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/location.h"
#include "ingest/xml_walker.h"
#include "ingest/zip_file.h"

namespace heard {
namespace {

constexpr char kKind[] = "an XLSX workbook";

StatusOr<std::vector<std::string>> SharedStrings(const ZipFile& zip, const std::string& file) {
  std::vector<std::string> strings;
  if (!zip.Has("xl/sharedStrings.xml")) return strings;
  StatusOr<std::string> xml = zip.Read("xl/sharedStrings.xml");
  if (!xml.ok()) return xml.status();
  bool in_text = false, in_phonetic = false;
  XmlHandlers h;
  h.start = [&](std::string_view name, const auto&) {
    if (name == "si") strings.emplace_back();
    if (name == "rPh") in_phonetic = true;
    if (name == "t") in_text = !in_phonetic;
  };
  h.end = [&](std::string_view name) {
    if (name == "t") in_text = false;
    if (name == "rPh") in_phonetic = false;
  };
  h.text = [&](std::string_view text) {
    if (in_text && !strings.empty()) strings.back().append(text);
  };
  Status status = WalkXml(*xml, "xl/sharedStrings.xml", file, h, zip.limits());
  if (!status.ok()) return status;
  return strings;
}

// The part path of sheet `sheet` (or the first sheet).
StatusOr<std::string> SheetPart(const ZipFile& zip, const std::string& sheet,
                                const std::string& file) {
  StatusOr<std::string> workbook = zip.Read("xl/workbook.xml");
  if (!workbook.ok()) return workbook.status();
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  XmlHandlers h;
  h.start = [&](std::string_view name, const std::map<std::string, std::string>& a) {
    if (name == "sheet" && a.count("name") && a.count("id")) sheets.emplace_back(a.at("name"), a.at("id"));
  };
  Status status = WalkXml(*workbook, "xl/workbook.xml", file, h, zip.limits());
  if (!status.ok()) return status;
  std::string id;
  std::string names;
  for (const auto& [name, rel] : sheets) {
    if (id.empty() && (sheet.empty() || name == sheet)) id = rel;
    names += (names.empty() ? "\"" : ", \"") + name + "\"";
  }
  if (id.empty()) {
    return Status::InputError(FormatError(Location{file}, sheet.empty()
        ? "the workbook has no sheets"
        : "no sheet named \"" + sheet + "\" (sheets: " + names + ")"));
  }
  StatusOr<std::string> rels = zip.Read("xl/_rels/workbook.xml.rels");
  if (!rels.ok()) return rels.status();
  std::string target;
  XmlHandlers r;
  r.start = [&](std::string_view name, const std::map<std::string, std::string>& a) {
    if (name == "Relationship" && a.count("Id") && a.at("Id") == id && a.count("Target")) target = a.at("Target");
  };
  status = WalkXml(*rels, "xl/_rels/workbook.xml.rels", file, r, zip.limits());
  if (!status.ok()) return status;
  if (target.empty()) return Status::InputError(FormatError(Location{file}, "sheet part not found"));
  return target[0] == '/' ? target.substr(1) : "xl/" + target;
}

bool IsDateFormat(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  bool quoted = false, bracket = false;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    else if (c == '[') bracket = true;
    else if (c == ']') bracket = false;
    else if (!quoted && !bracket && (c == 'd' || c == 'm' || c == 'y' || c == 'D' || c == 'Y')) return true;
  }
  return false;
}

// For each cell style (xf) index, whether it formats a date.
StatusOr<std::vector<bool>> DateStyles(const ZipFile& zip, const std::string& file) {
  std::vector<bool> styles;
  if (!zip.Has("xl/styles.xml")) return styles;
  StatusOr<std::string> xml = zip.Read("xl/styles.xml");
  if (!xml.ok()) return xml.status();
  std::map<int, std::string> codes;
  bool in_cell_xfs = false;
  std::vector<int> format_ids;
  XmlHandlers h;
  h.start = [&](std::string_view name, const std::map<std::string, std::string>& a) {
    if (name == "numFmt" && a.count("numFmtId")) codes[std::atoi(a.at("numFmtId").c_str())] = a.count("formatCode") ? a.at("formatCode") : "";
    if (name == "cellXfs") in_cell_xfs = true;
    if (name == "xf" && in_cell_xfs) format_ids.push_back(a.count("numFmtId") ? std::atoi(a.at("numFmtId").c_str()) : 0);
  };
  h.end = [&](std::string_view name) {
    if (name == "cellXfs") in_cell_xfs = false;
  };
  Status status = WalkXml(*xml, "xl/styles.xml", file, h, zip.limits());
  if (!status.ok()) return status;
  for (int id : format_ids) styles.push_back(IsDateFormat(id, codes.count(id) ? codes[id] : ""));
  return styles;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back
// (the well-known algorithms published by Howard Hinnant).
long long DaysFromCivil(long long y, long long m, long long d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(long long z, long long* y, long long* m, long long* d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

// Column index (0-based) from a cell reference such as "AB12"; -1 if none.
int ColumnOf(const std::string& ref) {
  int column = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    if (column > 16384) return 16384;  // past XFD, Excel's last column: out of range
    column = column * 26 + (ref[i] - 'A' + 1);
  }
  return i == 0 ? -1 : column - 1;
}

std::string NumberText(const std::string& raw) {
  char* end = nullptr;
  const double value = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() || *end != '\0') return raw;
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

struct Cell {
  int column = -1;
  std::string type;
  int style = -1;
  std::string value;
};

std::string CellText(const Cell& cell, const std::vector<std::string>& shared,
                     const std::vector<bool>& dates) {
  if (cell.type == "s") {
    const size_t index = static_cast<size_t>(std::atoll(cell.value.c_str()));
    return index < shared.size() ? shared[index] : "";
  }
  if (cell.type == "b") return cell.value == "1" ? "TRUE" : "FALSE";
  if (cell.type == "inlineStr" || cell.type == "str" || cell.type == "e") return cell.value;
  if (cell.value.empty()) return "";
  if (cell.style >= 0 && static_cast<size_t>(cell.style) < dates.size() && dates[cell.style]) {
    return ExcelDate(std::strtod(cell.value.c_str(), nullptr));
  }
  return NumberText(cell.value);
}

// Excel's last row. A row number outside 1..kMaxRow is no spreadsheet's (and
// one near INT_MAX would overflow the next row's number), so the row is
// numbered as the one after the previous row instead.
constexpr long kMaxRow = 1048576;

int RowNumber(const std::map<std::string, std::string>& attributes, int next) {
  if (!attributes.count("r")) return next;
  const long r = std::strtol(attributes.at("r").c_str(), nullptr, 10);
  return r >= 1 && r <= kMaxRow ? static_cast<int>(r) : next;
}

// Rows are padded to the header's width, and a cell far to the right (XFD1)
// widens its row, so a few bytes of XML can stand for millions of empty
// cells: a fuzzed 70 KB sheet needed over 2 GB. The cells a sheet may hold
// grow with its XML, far beyond what real survey exports need (about 0.1 cell
// per byte), and never below a floor that any real sheet fits.
constexpr size_t kMinCellBudget = size_t{1} << 20;
constexpr size_t kCellsPerXmlByte = 16;

// Adds `row` to `out` unless it has no value; false when that would take the
// sheet past `*budget` cells (the row is then dropped and the sheet refused).
bool EndRow(CsvRecord* row, std::vector<CsvRecord>* out, size_t* budget) {
  bool any = false;
  for (const std::string& field : row->fields) any |= !field.empty();
  if (!any) return true;
  if (!out->empty() && row->fields.size() < out->front().fields.size()) {
    if (out->front().fields.size() > *budget) return false;
    row->fields.resize(out->front().fields.size());
  }
  if (row->fields.size() > *budget) return false;
  *budget -= row->fields.size();
  for (size_t i = 0; i < row->fields.size(); ++i) row->raw += (i ? "\t" : "") + row->fields[i];
  out->push_back(std::move(*row));
  return true;
}

StatusOr<std::vector<CsvRecord>> SheetRows(const std::string& xml, const std::string& part,
                                           const std::string& file,
                                           const std::vector<std::string>& shared,
                                           const std::vector<bool>& dates, const Limits& limits) {
  std::vector<CsvRecord> rows;
  CsvRecord row;
  Cell cell;
  bool in_value = false;
  int next_line = 1;
  const size_t cell_limit = std::max(kMinCellBudget, kCellsPerXmlByte * xml.size());
  size_t budget = cell_limit;
  bool too_many = false;
  XmlHandlers h;
  h.start = [&](std::string_view name, const std::map<std::string, std::string>& a) {
    if (too_many) return;
    if (name == "row") {
      row = CsvRecord();
      row.line = RowNumber(a, next_line);
      next_line = row.line + 1;
    } else if (name == "c") {
      cell = Cell();
      cell.column = a.count("r") ? ColumnOf(a.at("r")) : static_cast<int>(row.fields.size());
      if (a.count("t")) cell.type = a.at("t");
      if (a.count("s")) cell.style = std::atoi(a.at("s").c_str());
    } else if (name == "v" || (name == "t" && cell.type == "inlineStr")) {
      in_value = true;
    }
  };
  h.end = [&](std::string_view name) {
    if (too_many) return;
    if (name == "v" || name == "t") in_value = false;
    if (name == "c" && cell.column >= 0 && cell.column < 16384) {
      if (row.fields.size() <= static_cast<size_t>(cell.column)) row.fields.resize(cell.column + 1);
      row.fields[cell.column] = CellText(cell, shared, dates);
    }
    if (name == "row" && !EndRow(&row, &rows, &budget)) {
      too_many = true;
      rows.clear();
    }
  };
  h.text = [&](std::string_view text) {
    if (in_value) cell.value.append(text);
  };
  Status status = WalkXml(xml, part, file, h, limits);
  if (!status.ok()) return status;
  if (too_many) {
    return Status::InputError(FormatError(
        Location{file}, part + ": more than " + std::to_string(cell_limit) +
                            " cells, counting the empty ones rows are padded with; "
                            "a value far to the right of the table widens every row"));
  }
  return rows;
}

}  // namespace

std::string ExcelDate(double serial) {
  // Excel's dates run from 1900 to 9999 (serial 2958465); anything else is
  // shown as the number it is rather than overflowing into a wrong date.
  if (!(serial >= 0 && serial < 2958466)) {
    char raw[40];
    std::snprintf(raw, sizeof raw, "%.15g", serial);
    return raw;
  }
  const long long whole = static_cast<long long>(std::floor(serial));
  const int minutes = static_cast<int>(std::lround((serial - std::floor(serial)) * 1440.0));
  // Serial 1 is 1900-01-01. Excel counts a 29 February 1900 that never was,
  // so from serial 61 on, day 0 is 1899-12-30; before it, 1899-12-31.
  const long long base = DaysFromCivil(1899, 12, whole >= 61 ? 30 : 31);
  long long y, m, d;
  CivilFromDays(base + whole, &y, &m, &d);
  char buffer[40];
  if (minutes > 0 && minutes < 1440) {
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02d:%02d", y, m, d, minutes / 60,
                  minutes % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", y, m, d);
  }
  return buffer;
}

StatusOr<std::vector<CsvRecord>> ReadXlsxRecords(const std::string& bytes,
                                                 const std::string& sheet,
                                                 const std::string& file,
                                                 const Limits& limits) {
  StatusOr<std::unique_ptr<ZipFile>> zip = ZipFile::Open(bytes, file, kKind, limits);
  if (!zip.ok()) return zip.status();
  StatusOr<std::vector<std::string>> shared = SharedStrings(**zip, file);
  if (!shared.ok()) return shared.status();
  StatusOr<std::vector<bool>> dates = DateStyles(**zip, file);
  if (!dates.ok()) return dates.status();
  StatusOr<std::string> part = SheetPart(**zip, sheet, file);
  if (!part.ok()) return part.status();
  StatusOr<std::string> xml = (*zip)->Read(*part);
  if (!xml.ok()) return xml.status();
  return SheetRows(*xml, *part, file, *shared, *dates, limits);
}

}  // namespace heard
