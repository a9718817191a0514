#include "ingest/table_reader.h"

#include <algorithm>

#include "core/limits.h"
#include "ingest/csv_reader.h"
#include "ingest/table_header.h"
#include "ingest/text_column_guess.h"
#include "text/utf8.h"

namespace heard {
namespace {

struct ColumnMap {
  int id = -1;
  int date = -1;
  std::vector<std::pair<std::string, int>> questions;   // question id, column
  std::vector<std::pair<std::string, int>> attributes;  // attribute, column
};

std::string Trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string Folded(const std::string& s) {
  std::string out = Trimmed(s);
  std::transform(out.begin(), out.end(), out.begin(), ::tolower);
  return out;
}

int FindColumn(const std::vector<std::string>& header, const std::string& name) {
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c] == name) return static_cast<int>(c);
  }
  for (size_t c = 0; c < header.size(); ++c) {
    if (Folded(header[c]) == Folded(name)) return static_cast<int>(c);
  }
  return -1;
}

Status MissingColumn(const SourceSpec& spec, const std::string& name,
                     const std::vector<std::string>& header) {
  std::string columns;
  for (const std::string& h : header) columns += (columns.empty() ? "\"" : ", \"") + h + "\"";
  return Status::InputError(FormatError(
      Location{spec.path, 1}, "column \"" + name + "\" named by the manifest is not in "
                              "the header (columns: " + columns + ")"));
}

// Why `record` cannot become a response, or "" when it can.
std::string RecordProblem(const CsvRecord& record, const std::vector<std::string>& header,
                          const Limits& limits) {
  if (!record.error.empty()) return record.error;
  if (record.IsEmpty()) return "empty line";
  const size_t want = header.size();
  if (record.fields.size() < want) {
    return "row has " + std::to_string(record.fields.size()) +
           " fields; the header has " + std::to_string(want);
  }
  for (size_t c = want; c < record.fields.size(); ++c) {
    if (!Trimmed(record.fields[c]).empty()) {
      return "row has " + std::to_string(record.fields.size()) +
             " fields; the header has " + std::to_string(want);
    }
  }
  for (size_t c = 0; c < want; ++c) {
    const std::string& field = record.fields[c];
    // CSV fields were checked as read; this catches spreadsheet cells.
    if (static_cast<int64_t>(field.size()) > limits.max_field_bytes) {
      return "column \"" + header[c] + "\" is " + SizeText(static_cast<int64_t>(field.size())) +
             " long, over the limit of " + SizeText(limits.max_field_bytes) +
             " (max_field_bytes)";
    }
    if (field.find('\0') != std::string::npos) {
      return "NUL byte in column \"" + header[c] + "\"";
    }
    if (const int64_t at = FirstInvalidUtf8(field); at >= 0) {
      return "invalid UTF-8 at byte " + std::to_string(at + 1) + " of column \"" +
             header[c] + "\"";
    }
  }
  return "";
}

Status ResolveColumns(const std::vector<std::string>& header, const SourceSpec& spec,
                      ColumnMap* map) {
  if (!spec.id_column.empty()) {
    map->id = FindColumn(header, spec.id_column);
    if (map->id < 0) return MissingColumn(spec, spec.id_column, header);
  }
  if (!spec.date_column.empty()) {
    map->date = FindColumn(header, spec.date_column);
    if (map->date < 0) return MissingColumn(spec, spec.date_column, header);
  }
  for (const auto& [question, column] : spec.questions) {
    int c = FindColumn(header, column);
    if (c < 0) return MissingColumn(spec, column, header);
    map->questions.emplace_back(question, c);
  }
  for (const auto& [attribute, column] : spec.attributes) {
    int c = FindColumn(header, column);
    if (c < 0) return MissingColumn(spec, column, header);
    map->attributes.emplace_back(attribute, c);
  }
  return Status::Ok();
}

std::string Quoted(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "\"" : ", \"") + name + "\"";
  return out;
}

// For a source without a manifest: guess the free-text columns unless they
// were named, find the date and respondent-type columns, and make every
// other column (but id and date) an attribute.
void GuessColumns(const std::vector<std::string>& header,
                  const std::vector<CsvRecord>& records, SourceSpec* spec) {
  std::vector<std::vector<std::string>> rows;
  for (const CsvRecord& record : records) {
    if (record.error.empty()) rows.push_back(record.fields);
  }
  const int id = spec->id_column.empty() ? -1 : FindColumn(header, spec->id_column);
  // Free text the user did not ask for is not an attribute either.
  const std::vector<int> free_text = GuessTextColumns(rows, static_cast<int>(header.size()), id);
  std::vector<int> text;
  if (spec->questions.empty()) {
    text = free_text;
    std::vector<std::string> names;
    for (int c : text) {
      spec->questions.emplace_back(header[c], header[c]);
      names.push_back(header[c]);
    }
    spec->notes.push_back(names.empty()
                              ? "no free-text columns found; name them with --text-column"
                              : "free-text columns detected: " + Quoted(names));
  } else {
    for (const auto& [question, column] : spec->questions) text.push_back(FindColumn(header, column));
  }
  if (spec->date_column.empty()) {
    const int date = GuessDateColumn(header);
    if (date >= 0) {
      spec->date_column = header[date];
      spec->notes.push_back("date column detected: \"" + header[date] + "\"");
    }
  }
  const int type = GuessTypeColumn(header);
  if (type >= 0 && std::find(text.begin(), text.end(), type) == text.end()) {
    spec->attributes.emplace_back(kRespondentType, header[type]);
    spec->notes.push_back("respondent type column detected: \"" + header[type] + "\"");
  }
  for (size_t c = 0; c < header.size(); ++c) {
    const int column = static_cast<int>(c);
    if (column == id || column == type || header[c] == spec->date_column) continue;
    if (std::find(text.begin(), text.end(), column) != text.end()) continue;
    if (std::find(free_text.begin(), free_text.end(), column) != free_text.end()) continue;
    if (Trimmed(header[c]).empty()) continue;
    spec->attributes.emplace_back(header[c], header[c]);
  }
}

Response MakeResponse(const CsvRecord& record, const SourceSpec& spec,
                      const ColumnMap& map) {
  Response response;
  response.source = spec.file;
  response.location = Location{spec.path, record.line};
  response.channel = spec.channel;
  if (map.id >= 0) response.id = Trimmed(record.fields[map.id]);
  if (response.id.empty()) response.id = spec.file + ":" + std::to_string(record.line);
  response.respondent = response.id;
  if (map.date >= 0) response.date = Trimmed(record.fields[map.date]);
  for (const auto& [attribute, value] : spec.fixed) {
    response.attributes.emplace_back(attribute, value);
  }
  for (const auto& [attribute, c] : map.attributes) {
    response.attributes.emplace_back(attribute, Trimmed(record.fields[c]));
  }
  for (const auto& [question, c] : map.questions) {
    response.answers.push_back({question, record.fields[c]});
  }
  return response;
}

// Records past the row limit are kept as their line alone: they are only
// counted, and a file far over the limit should not cost its size again.
std::vector<CsvRecord> ReadRecords(const std::string& data, const SourceSpec& spec) {
  CsvReader reader(data, spec.format == "tsv" ? '\t' : ',', spec.limits.max_field_bytes);
  const int64_t keep = spec.limits.max_rows + spec.header_rows;
  std::vector<CsvRecord> records;
  for (CsvRecord record; reader.Next(&record);) {
    if (static_cast<int64_t>(records.size()) >= keep) {
      record.fields.clear();
      record.raw.clear();
    }
    records.push_back(std::move(record));
  }
  return records;
}

// Rejects, in one entry, the records from `first` on: those past the row limit.
void RejectPastLimit(const SourceSpec& spec, const CsvRecord& first, int64_t count,
                     SourceSink* sink) {
  sink->RejectedRecords(
      Location{spec.path, first.line},
      "this and the " + std::to_string(count - 1) + " records after it were not read: the "
      "source is over the limit of " + std::to_string(spec.limits.max_rows) +
      " rows (max_rows; raise it in the manifest's limits or split the file)",
      count);
}

}  // namespace

void PrepareTable(const std::string& data, SourceSpec* spec) {
  PrepareTableRecords(ReadRecords(data, *spec), spec);
}

Status ReadTable(const std::string& data, const SourceSpec& spec, SourceSink* sink) {
  CsvReader reader(data, spec.format == "tsv" ? '\t' : ',', spec.limits.max_field_bytes);
  return ReadTableFrom([&reader](CsvRecord* record) { return reader.Next(record); }, spec,
                       sink);
}

Status ReadTableStream(std::istream& in, const SourceSpec& spec, SourceSink* sink) {
  CsvReader reader(&in, spec.format == "tsv" ? '\t' : ',', spec.limits.max_field_bytes);
  return ReadTableFrom([&reader](CsvRecord* record) { return reader.Next(record); }, spec,
                       sink);
}

// Takes the header rows off the front of `records` and returns the header.
std::vector<std::string> TakeHeader(std::vector<CsvRecord>* records, int header_rows,
                                    std::vector<std::string>* notes) {
  const size_t n = std::min(records->size(), static_cast<size_t>(header_rows));
  std::vector<CsvRecord> rows(records->begin(), records->begin() + n);
  records->erase(records->begin(), records->begin() + n);
  return MakeHeader(rows, notes);
}

void PrepareTableRecords(std::vector<CsvRecord> records, SourceSpec* spec) {
  if (!spec->guess || records.empty()) return;
  spec->guess = false;
  std::vector<std::string> ignored;
  const std::vector<std::string> header = TakeHeader(&records, spec->header_rows, &ignored);
  if (spec->id_column.empty()) {
    int id = GuessIdColumn(header);
    if (id >= 0) {
      spec->id_column = header[id];
      spec->notes.push_back("id column detected: \"" + header[id] + "\"");
    }
  }
  GuessColumns(header, records, spec);
}

Status ReadTableRecords(std::vector<CsvRecord> records, const SourceSpec& spec,
                        SourceSink* sink) {
  size_t next = 0;
  return ReadTableFrom(
      [&](CsvRecord* record) {
        if (next == records.size()) return false;
        *record = std::move(records[next++]);
        return true;
      },
      spec, sink);
}

Status ReadTableFrom(const RecordSource& next, const SourceSpec& spec, SourceSink* sink) {
  std::vector<CsvRecord> header_rows;
  CsvRecord record;
  while (static_cast<int>(header_rows.size()) < spec.header_rows && next(&record)) {
    header_rows.push_back(std::move(record));
  }
  if (header_rows.empty()) {
    sink->Note("file is empty: no header and no rows");
    sink->Finished(0);
    return Status::Ok();
  }
  std::vector<std::string> notes;
  const std::vector<std::string> header = MakeHeader(header_rows, &notes);
  for (std::string& note : notes) sink->Note(std::move(note));
  ColumnMap map;
  Status columns = ResolveColumns(header, spec, &map);
  if (!columns.ok()) return columns;
  int64_t rows = 0;
  for (; next(&record); ++rows) {
    if (rows == spec.limits.max_rows) {
      const CsvRecord first = std::move(record);
      int64_t past = 1;
      while (next(&record)) ++past;  // counted, not kept
      RejectPastLimit(spec, first, past, sink);
      rows += past;
      break;
    }
    std::string problem = RecordProblem(record, header, spec.limits);
    if (problem.empty()) {
      sink->Row(MakeResponse(record, spec, map));
    } else {
      Location where{spec.path, record.error_line ? record.error_line : record.line,
                     record.column};
      sink->Rejected(where, problem, record.raw);
    }
  }
  if (rows == 0) sink->Note("header only: the file has no rows");
  sink->Finished(rows);
  return Status::Ok();
}

}  // namespace heard
