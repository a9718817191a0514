#include "ingest/keyed_csv.h"

#include <algorithm>

#include "core/file_io.h"
#include "ingest/csv_reader.h"
#include "text/utf8.h"

namespace heard {
namespace {

std::string Trimmed(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  const size_t end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string HeaderList(const std::vector<std::string>& header) {
  std::string list;
  for (const std::string& name : header) list += (list.empty() ? "" : ",") + name;
  return list;
}

bool IsBlankRecord(const CsvRecord& record) {
  return std::all_of(record.fields.begin(), record.fields.end(),
                     [](const std::string& f) { return Trimmed(f).empty(); });
}

}  // namespace

StatusOr<std::vector<KeyedRow>> ReadKeyedCsv(const std::string& path,
                                             const std::vector<std::string>& required,
                                             const std::vector<std::string>& optional) {
  StatusOr<std::string> data = ReadFile(path);
  if (!data.ok()) return data.status();
  return ParseKeyedCsv(*data, path, required, optional);
}

StatusOr<std::vector<KeyedRow>> ParseKeyedCsv(const std::string& data, const std::string& file,
                                              const std::vector<std::string>& required,
                                              const std::vector<std::string>& optional) {
  if (int64_t bad = FirstInvalidUtf8(data); bad >= 0) {
    const int line = 1 + static_cast<int>(std::count(data.begin(), data.begin() + bad, '\n'));
    return Status::InputError(
        FormatError({file, line}, "not valid UTF-8 (save the file as CSV UTF-8)"));
  }
  CsvReader reader(data, ',');
  CsvRecord header;
  if (!reader.Next(&header) || header.IsEmpty()) {
    return Status::InputError(FormatError({file}, "the file is empty; it needs a header row"));
  }
  std::vector<std::string> names;
  for (const std::string& field : header.fields) names.push_back(Lower(Trimmed(field)));
  std::vector<int> columns;
  for (size_t i = 0; i < required.size() + optional.size(); ++i) {
    const bool needed = i < required.size();
    const std::string& want = needed ? required[i] : optional[i - required.size()];
    auto found = std::find(names.begin(), names.end(), want);
    if (found == names.end() && needed) {
      return Status::InputError(FormatError(
          {file, 1}, "no '" + want + "' column (the header is: " + HeaderList(header.fields) +
                         ")"));
    }
    columns.push_back(found == names.end() ? -1 : static_cast<int>(found - names.begin()));
  }
  std::vector<KeyedRow> rows;
  CsvRecord record;
  while (reader.Next(&record)) {
    if (!record.error.empty()) {
      return Status::InputError(FormatError({file, record.error_line}, record.error));
    }
    if (IsBlankRecord(record)) continue;
    KeyedRow row{{file, record.line}, {}};
    for (int column : columns) {
      const bool present = column >= 0 && column < static_cast<int>(record.fields.size());
      row.values.push_back(present ? Trimmed(record.fields[column]) : "");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace heard
