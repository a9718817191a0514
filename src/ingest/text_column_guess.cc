#include "ingest/text_column_guess.h"

#include <algorithm>
#include <set>

namespace heard {
namespace {

bool LooksFreeText(const std::vector<std::vector<std::string>>& rows, int column) {
  size_t filled = 0, with_space = 0, total_length = 0;
  std::set<std::string> distinct;
  for (const auto& row : rows) {
    if (column >= static_cast<int>(row.size())) continue;
    const std::string& value = row[column];
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    ++filled;
    total_length += value.size();
    if (value.find(' ') != std::string::npos) ++with_space;
    distinct.insert(value);
  }
  if (filled < 3) return false;
  return total_length / filled >= 20 && with_space * 2 >= filled &&
         distinct.size() * 2 >= filled;
}

// Lower case without surrounding spaces: hand-made CSVs write "ID, Date".
std::string Folded(std::string s) {
  const size_t b = s.find_first_not_of(" \t");
  s = b == std::string::npos ? "" : s.substr(b, s.find_last_not_of(" \t") - b + 1);
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}

}  // namespace

std::vector<int> GuessTextColumns(const std::vector<std::vector<std::string>>& rows,
                                  int columns, int exclude) {
  std::vector<int> out;
  for (int c = 0; c < columns; ++c) {
    if (c != exclude && LooksFreeText(rows, c)) out.push_back(c);
  }
  return out;
}

int GuessIdColumn(const std::vector<std::string>& header) {
  static const char* kNames[] = {"id", "response id", "respondent id",
                                 "response_id", "respondent_id", "reference",
                                 "response number", "ref"};
  for (size_t c = 0; c < header.size(); ++c) {
    const std::string name = Folded(header[c]);
    for (const char* known : kNames) {
      if (name == known) return static_cast<int>(c);
    }
  }
  return -1;
}

int GuessTypeColumn(const std::vector<std::string>& header) {
  static const char* kPhrases[] = {"respondent type", "describes you", "i am a", "are you a",
                                   "type of respondent", "responding as", "capacity"};
  for (size_t c = 0; c < header.size(); ++c) {
    const std::string name = Folded(header[c]);
    for (const char* phrase : kPhrases) {
      if (name.find(phrase) != std::string::npos) return static_cast<int>(c);
    }
  }
  return -1;
}

int GuessDateColumn(const std::vector<std::string>& header) {
  static const char* kNames[] = {"date", "submitted", "timestamp", "date received",
                                 "submitted at", "completed", "date submitted", "start date"};
  for (size_t c = 0; c < header.size(); ++c) {
    const std::string name = Folded(header[c]);
    for (const char* known : kNames) {
      if (name == known) return static_cast<int>(c);
    }
  }
  return -1;
}

}  // namespace heard
