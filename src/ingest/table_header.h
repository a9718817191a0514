// Building a table's header from its first row or rows.
//
// Survey tools write headers in ways a plain "first row" misses: the
// question on one row and its sub-questions on the next (with the question
// written once over several columns), the same column name twice, and empty
// columns at the end. Header() joins the header rows column by column with
// " - " (a cell left empty on the top row takes the value to its left, as a
// merged cell would), renames repeats "Name (2)", "Name (3)", and drops
// trailing columns with no name, saying what it did in `notes`.
// Tests: tests/ingest/table_header_test.cc.
#ifndef HEARD_INGEST_TABLE_HEADER_H_
#define HEARD_INGEST_TABLE_HEADER_H_

#include <string>
#include <vector>

#include "ingest/csv_reader.h"

namespace heard {

// The header made from `rows` (the first header_rows records).
std::vector<std::string> MakeHeader(const std::vector<CsvRecord>& rows,
                                    std::vector<std::string>* notes);

}  // namespace heard

#endif  // HEARD_INGEST_TABLE_HEADER_H_
