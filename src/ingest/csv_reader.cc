#include "ingest/csv_reader.h"

#include "core/limits.h"

namespace heard {

namespace {

constexpr size_t kBlock = size_t{1} << 20;

}  // namespace

CsvReader::CsvReader(std::string_view data, char delimiter, int64_t max_field_bytes)
    : data_(data), delimiter_(delimiter), max_field_bytes_(max_field_bytes) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

CsvReader::CsvReader(std::istream* in, char delimiter, int64_t max_field_bytes)
    : in_(in), delimiter_(delimiter), max_field_bytes_(max_field_bytes) {
  ReadBlock();
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvReader::ReadBlock() {
  if (in_ == nullptr || !*in_) return false;
  const size_t had = buffer_.size();
  buffer_.resize(had + kBlock);
  in_->read(buffer_.data() + had, static_cast<std::streamsize>(kBlock));
  buffer_.resize(had + static_cast<size_t>(in_->gcount()));
  data_ = buffer_;
  return buffer_.size() > had;
}

void CsvReader::DropRead() {
  if (in_ == nullptr || pos_ < kBlock) return;
  buffer_.erase(0, pos_);
  pos_ = 0;
  data_ = buffer_;
}

bool CsvReader::ConsumeLineEnd() {
  if (AtEnd()) return false;
  if (data_[pos_] == '\r') {
    ++pos_;
    if (!AtEnd() && data_[pos_] == '\n') ++pos_;
  } else if (data_[pos_] == '\n') {
    ++pos_;
  } else {
    return false;
  }
  ++line_;
  return true;
}

void CsvReader::ReadUnquoted(std::string* field) {
  size_t start = pos_;
  while (!AtEnd() && data_[pos_] != delimiter_ && data_[pos_] != '\n' &&
         data_[pos_] != '\r') {
    ++pos_;
  }
  field->append(data_.substr(start, pos_ - start));
}

// Reads a quoted field; pos_ is just past the opening quote.
bool CsvReader::ReadQuoted(CsvRecord* record, std::string* field) {
  const int opened_line = line_;
  while (!AtEnd()) {
    char c = data_[pos_];
    if (c == '"') {
      ++pos_;
      if (!AtEnd() && data_[pos_] == '"') {  // doubled quote
        field->push_back('"');
        ++pos_;
        continue;
      }
      // Closing quote. Text after it (a"b"c) is kept, as Excel does.
      ReadUnquoted(field);
      return true;
    }
    if (c == '\r' || c == '\n') {
      size_t before = pos_;
      ConsumeLineEnd();
      field->append(data_.substr(before, pos_ - before));
      continue;
    }
    field->push_back(c);
    ++pos_;
  }
  record->error = "quoted field opened on line " + std::to_string(opened_line) +
                  " is never closed";
  record->error_line = opened_line;
  return false;
}

// The first field over the cap is the record's error; its bytes are let go,
// as the record is rejected whole and its raw text keeps them.
void CsvReader::CheckFieldSize(int field_line, CsvRecord* record, std::string* field) const {
  const int64_t size = static_cast<int64_t>(field->size());
  if (size <= max_field_bytes_ || !record->error.empty()) return;
  record->column = static_cast<int>(record->fields.size()) + 1;
  record->error_line = field_line;
  record->error = "field " + std::to_string(record->column) + " is " + SizeText(size) +
                  " long, over the limit of " + SizeText(max_field_bytes_) +
                  " (max_field_bytes)";
  std::string().swap(*field);
}

void CsvReader::SkipToLineAfter(size_t start, int line) {
  pos_ = start;
  line_ = line;
  while (!AtEnd() && data_[pos_] != '\n' && data_[pos_] != '\r') ++pos_;
  ConsumeLineEnd();
}

bool CsvReader::Next(CsvRecord* record) {
  DropRead();
  if (AtEnd()) return false;
  record->fields.clear();
  record->error.clear();
  record->column = 0;
  record->error_line = 0;
  record->line = line_;
  const size_t start = pos_;
  while (true) {
    std::string field;
    const int field_line = line_;
    if (!AtEnd() && data_[pos_] == '"') {
      ++pos_;
      if (!ReadQuoted(record, &field)) {
        record->column = static_cast<int>(record->fields.size()) + 1;
        record->fields.push_back(std::move(field));
        SkipToLineAfter(start, record->line);
        // Its first line only: the lines after it are read again as records.
        size_t line_end = data_.find_first_of("\r\n", start);
        if (line_end == std::string_view::npos) line_end = data_.size();
        record->raw = std::string(data_.substr(start, line_end - start));
        return true;
      }
    } else {
      ReadUnquoted(&field);
    }
    CheckFieldSize(field_line, record, &field);
    record->fields.push_back(std::move(field));
    if (!AtEnd() && data_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    break;
  }
  size_t end = pos_;
  ConsumeLineEnd();
  record->raw = data_.substr(start, end - start);
  return true;
}

}  // namespace heard
