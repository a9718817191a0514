// Manifest: what a consultation is and where its returns are
// (consultation.yaml; format: doc/manifest.md).
//
// A manifest names the consultation, its questions, and its sources: each a
// file with its channel, its format, and how its columns (or, for notes, its
// fixed attributes) map onto questions and respondent attributes. Mistakes
// come back as "file:line:col: error: message". Runs without a manifest get
// one built from the command line (see input_plan.h).
// Tests: tests/ingest/manifest_test.cc.
#ifndef HEARD_INGEST_MANIFEST_H_
#define HEARD_INGEST_MANIFEST_H_

#include <string>
#include <utility>
#include <vector>

#include "core/limits.h"
#include "core/location.h"
#include "core/status.h"

namespace heard {

using NamedValues = std::vector<std::pair<std::string, std::string>>;

struct Question {
  std::string id;
  std::string text;
};

// The formats a source can have.
//   tables:   csv, tsv, xlsx          (one response per row)
//   notes:    notes (.txt/.md), docx  (one response per point)
//   messages: email (.eml), letter (.txt): one response per file; the
//             source's file may be a folder of them
bool IsTableFormat(const std::string& format);
bool IsNotesFormat(const std::string& format);
bool IsMessageFormat(const std::string& format);

struct SourceSpec {
  std::string file;    // as written in the manifest (relative to it)
  std::string path;    // resolved path to read
  std::string format;  // see above
  std::string channel;
  std::string id_column;
  std::string date_column;
  NamedValues questions;   // question id -> column header
  NamedValues attributes;  // attribute -> column header
  NamedValues fixed;       // attribute -> value for every response
  std::string question;    // notes and messages: the question every point answers
  std::string sheet;       // xlsx: the sheet to read ("" for the first)
  int header_rows = 1;     // tables: rows that make up the header
  bool guess = false;      // no manifest: guess what the command line did not name
  std::vector<std::string> notes;  // what was guessed, for the ledger
  Location location;       // where the manifest defines this source
  Limits limits;           // the manifest's, for the readers of this source
};

// A value recoding: where attribute `from` has one of `values`' keys
// (compared ignoring case and surrounding spaces), attribute `attribute` is
// set to the mapped value ("16-17" in age_band -> respondent_type "Young
// carer (under 18)").
struct Recode {
  std::string attribute;
  std::string from;  // defaults to `attribute`
  NamedValues values;
  Location location;
};

// How repeated submissions count: once (later copies are marked duplicate
// and left out of the counts, still listed) or each.
enum class CopyPolicy { kCountOnce, kCountEach };

struct Manifest {
  std::string name;
  std::string title;
  std::string organisation;
  // Names to remove from every page, wherever they appear (staff, places).
  std::vector<std::string> redact_names;
  std::string opens;   // consultation window, as written
  std::string closes;
  std::string path;    // the manifest file; "" when built from flags
  std::vector<Question> questions;
  std::vector<SourceSpec> sources;
  std::vector<Recode> recodes;
  CopyPolicy duplicates = CopyPolicy::kCountOnce;  // identical submissions
  CopyPolicy campaigns = CopyPolicy::kCountEach;   // near-identical template text
  Limits limits;  // also copied into every source (SourceSpec::limits)

  // The wording of question `id`, or `id` itself when unknown.
  std::string QuestionText(const std::string& id) const;
  // Every attribute key the sources set, in first-seen order.
  std::vector<std::string> AttributeKeys() const;
};

// Loads consultation.yaml from `path` (a file, or a folder holding it).
StatusOr<Manifest> LoadManifest(const std::string& path);

// Parses manifest YAML held in `text`; `file` names it in messages and
// source paths are resolved against its folder.
StatusOr<Manifest> ParseManifest(const std::string& text, const std::string& file);

// The format a file name's extension implies; "" when unknown.
std::string FormatFromExtension(const std::string& file);

}  // namespace heard

#endif  // HEARD_INGEST_MANIFEST_H_
