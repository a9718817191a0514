// From the command line's inputs to a Manifest.
//
// One folder holding consultation.yaml, or one .yaml file, is loaded as a
// manifest. Anything else is a list of data files (and folders of them), and
// a manifest is built from the flags: each .csv/.tsv a table source (free-text
// columns named with --text-column or guessed, the id column named with
// --id-column or guessed from its header), each .txt/.md a notes source.
// Tests: tests/ingest/input_plan_test.cc.
#ifndef HEARD_INGEST_INPUT_PLAN_H_
#define HEARD_INGEST_INPUT_PLAN_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/manifest.h"

namespace heard {

struct InputRequest {
  std::vector<std::string> inputs;
  std::vector<std::string> text_columns;
  std::string id_column;
  std::string channel;
  // "name=value" settings of core/limits.h, over the manifest's own.
  std::vector<std::string> limits;
};

// The manifest to run. Flags that only make sense without a manifest are a
// usage error next to one, and so is a --limit that names no limit or has
// a bad value.
StatusOr<Manifest> PlanInputs(const InputRequest& request);

}  // namespace heard

#endif  // HEARD_INGEST_INPUT_PLAN_H_
