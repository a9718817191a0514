// Guessing which columns of a survey export hold free text.
//
// Free text is long and varied; closed answers ("Adult carer", "35-44",
// dates, ids) are short and repeat. A column counts as free text when at
// least three rows fill it, its filled values average 20 or more characters,
// at least half of them contain a space, and at least half are distinct.
// Tests: tests/ingest/text_column_guess_test.cc.
#ifndef HEARD_INGEST_TEXT_COLUMN_GUESS_H_
#define HEARD_INGEST_TEXT_COLUMN_GUESS_H_

#include <string>
#include <vector>

namespace heard {

// Indices of the free-text columns among `rows` (each a row of fields,
// header excluded), skipping `exclude` (e.g. the id column; -1 for none).
std::vector<int> GuessTextColumns(const std::vector<std::vector<std::string>>& rows,
                                  int columns, int exclude);

// Index of a column whose header looks like a response id ("ID",
// "Response ID", "Respondent ID", "Reference"), or -1.
int GuessIdColumn(const std::vector<std::string>& header);

// Index of a column whose header names the kind of respondent ("Respondent
// type", "Which best describes you?", "I am a...", "Are you a..."), or -1.
int GuessTypeColumn(const std::vector<std::string>& header);

// Index of a column whose header names when the response came ("Date",
// "Submitted", "Timestamp", "Date received", ...), or -1.
int GuessDateColumn(const std::vector<std::string>& header);

}  // namespace heard

#endif  // HEARD_INGEST_TEXT_COLUMN_GUESS_H_
