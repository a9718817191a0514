// Reading a CSV or TSV source into Responses.
//
// The first record is the header. Manifest columns are found by header
// name (exactly, else ignoring case and surrounding spaces); a column the
// manifest names that the header lacks is an input error for the source.
// With no question columns given, free-text columns are guessed and the
// guess is reported as a note. Each later record becomes one Response or one
// rejection: a record with a never-closed quote, more fields than the header
// (unless the extras are empty), fewer fields, a NUL byte, invalid UTF-8, or
// nothing at all. Tests: tests/ingest/table_reader_test.cc.
#ifndef HEARD_INGEST_TABLE_READER_H_
#define HEARD_INGEST_TABLE_READER_H_

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "core/ledger.h"
#include "core/status.h"
#include "ingest/csv_reader.h"
#include "ingest/manifest.h"

namespace heard {

// For a source run without a manifest (spec->guess): finds the id, date and
// respondent-type columns by their headers unless named, guesses the
// free-text columns unless named, and makes every other column an
// attribute. Records what it chose in spec->notes. `data` is the bytes of
// spec->path.
void PrepareTable(const std::string& data, SourceSpec* spec);

// Reads `data` (the bytes of spec.path) and reports every record to `sink`.
// Returns an error only when the source as a whole is unusable (a column the
// spec names is missing from the header).
Status ReadTable(const std::string& data, const SourceSpec& spec, SourceSink* sink);

// ReadTable over a stream, read a block at a time: memory stays flat
// however long the file is. The stream must be UTF-8 (a BOM is skipped).
Status ReadTableStream(std::istream& in, const SourceSpec& spec, SourceSink* sink);

// Records one at a time, the header first; false at the end.
using RecordSource = std::function<bool(CsvRecord*)>;
// ReadTable's work, over any source of records.
Status ReadTableFrom(const RecordSource& next, const SourceSpec& spec, SourceSink* sink);

// The same two steps over records already read (header first), for tables
// that are not CSV text, such as spreadsheet sheets.
void PrepareTableRecords(std::vector<CsvRecord> records, SourceSpec* spec);
Status ReadTableRecords(std::vector<CsvRecord> records, const SourceSpec& spec,
                        SourceSink* sink);

}  // namespace heard

#endif  // HEARD_INGEST_TABLE_READER_H_
