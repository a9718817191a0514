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

#include "core/location.h"
#include "core/status.h"

namespace heard {

using NamedValues = std::vector<std::pair<std::string, std::string>>;

struct Question {
  std::string id;
  std::string text;
};

struct SourceSpec {
  std::string file;    // as written in the manifest (relative to it)
  std::string path;    // resolved path to read
  std::string format;  // csv, tsv or notes
  std::string channel;
  std::string id_column;
  std::string date_column;
  NamedValues questions;   // question id -> column header
  NamedValues attributes;  // attribute -> column header
  NamedValues fixed;       // attribute -> value for every response
  std::string question;    // notes: the question every point answers
  bool guess_id = false;   // no manifest: look for an id column by its header
  std::vector<std::string> notes;  // what was guessed, for the ledger
  Location location;       // where the manifest defines this source
};

struct Manifest {
  std::string name;
  std::string title;
  std::string organisation;
  std::string opens;   // consultation window, as written
  std::string closes;
  std::string path;    // the manifest file; "" when built from flags
  std::vector<Question> questions;
  std::vector<SourceSpec> sources;

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

// csv, tsv or notes from a file name's extension; "" when unknown.
std::string FormatFromExtension(const std::string& file);

}  // namespace heard

#endif  // HEARD_INGEST_MANIFEST_H_
