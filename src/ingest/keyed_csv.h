// Small CSV files that people keep by hand next to a manifest or codebook
// (gold codings, officer overrides): a header row naming the columns, then
// one record per line. Columns are found by name, in any order, ignoring
// case and surrounding spaces; extra columns are allowed (a "note" column,
// say). Unlike survey exports these files are ours, so any problem is an
// error that names the file and line, never a silently skipped row.
// Tests: tests/ingest/keyed_csv_test.cc.
#ifndef HEARD_INGEST_KEYED_CSV_H_
#define HEARD_INGEST_KEYED_CSV_H_

#include <string>
#include <vector>

#include "core/location.h"
#include "core/status.h"

namespace heard {

struct KeyedRow {
  Location location;                // file and the line the record starts on
  std::vector<std::string> values;  // one per requested column, trimmed
};

// Reads `path`. `required` columns must be in the header; `optional` ones
// may be missing and read as "". Values come back in the order required
// then optional. Blank lines are skipped.
StatusOr<std::vector<KeyedRow>> ReadKeyedCsv(const std::string& path,
                                             const std::vector<std::string>& required,
                                             const std::vector<std::string>& optional = {});

// The same, from bytes already read; `file` names them in messages.
StatusOr<std::vector<KeyedRow>> ParseKeyedCsv(const std::string& data, const std::string& file,
                                              const std::vector<std::string>& required,
                                              const std::vector<std::string>& optional = {});

}  // namespace heard

#endif  // HEARD_INGEST_KEYED_CSV_H_
