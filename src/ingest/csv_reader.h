// CsvReader: RFC 4180 records with their line numbers, and no silent loss.
//
// Handles quoted fields holding delimiters, line breaks and doubled quotes;
// CRLF, LF and lone CR line ends; a UTF-8 byte order mark; any one-byte
// delimiter (',' for CSV, '\t' for TSV). It is lenient where spreadsheet
// tools are sloppy (a quote inside an unquoted field is kept as text) and
// says so where data would otherwise be lost: a record whose quote is never
// closed comes back with an error, and reading resumes on the line after
// that record began, so one stray quote cannot swallow the rest of a file.
// A field longer than the reader's cap makes its record an error too (the
// field's bytes are dropped, the record read to its end), so one runaway
// field cannot take the memory of a run.
// Tests: tests/ingest/csv_reader_test.cc.
#ifndef HEARD_INGEST_CSV_READER_H_
#define HEARD_INGEST_CSV_READER_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace heard {

// One record of a table, from a CSV/TSV file or a spreadsheet row.
struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;         // the physical line the record starts on (1-based)
  int column = 0;       // with an error: the field (1-based) it concerns
  int error_line = 0;   // with an error: the line it concerns
  std::string error;    // empty when the record is well formed
  std::string raw;      // the record's bytes as read (for rejects)

  bool IsEmpty() const { return fields.size() == 1 && fields[0].empty(); }
};

class CsvReader {
 public:
  // `data` must outlive the reader. A field over `max_field_bytes` bytes is
  // an error of its record (Limits::max_field_bytes).
  CsvReader(std::string_view data, char delimiter, int64_t max_field_bytes = INT64_MAX);
  // Reads `in` a block at a time, keeping only the record being read and
  // what follows it in the block: the same records as reading it whole.
  // `in` must outlive the reader.
  CsvReader(std::istream* in, char delimiter, int64_t max_field_bytes = INT64_MAX);

  // Reads the next record into `record`; false at the end of the data.
  bool Next(CsvRecord* record);

 private:
  // True at the end of the data, after reading the next block if there is one.
  bool AtEnd() { return pos_ >= data_.size() && !ReadBlock(); }
  bool ReadBlock();
  // Drops the records already read from the buffer.
  void DropRead();
  // Consumes a line end at pos_ if there is one; true when it did.
  bool ConsumeLineEnd();
  // False when the quote is never closed (record->error says so).
  bool ReadQuoted(CsvRecord* record, std::string* field);
  void ReadUnquoted(std::string* field);
  void CheckFieldSize(int field_line, CsvRecord* record, std::string* field) const;
  void SkipToLineAfter(size_t start, int line);

  std::string_view data_;  // the text, or in stream mode the buffer's
  std::istream* in_ = nullptr;
  std::string buffer_;     // stream mode: unread blocks
  char delimiter_;
  int64_t max_field_bytes_;
  size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace heard

#endif  // HEARD_INGEST_CSV_READER_H_
