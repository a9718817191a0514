// `heard explain`: why each answer carries the themes it does.
//
// Reads the inputs as `heard run` does (officer overrides included), or
// codes a piece of text given on the command line, and prints for each
// answer every hit (words, position, term, codebook line) and every hit an
// exclusion cancelled, with the exclusion. Tests: tests/e2e/explain_test.cc.
#ifndef HEARD_PIPELINE_EXPLAIN_H_
#define HEARD_PIPELINE_EXPLAIN_H_

#include <ostream>
#include <string>
#include <vector>

#include "ingest/input_plan.h"

namespace heard {

struct ExplainOptions {
  InputRequest input;
  std::string codebook_path;     // "" for the default carers codebook
  std::string overrides_path;    // "" for overrides.csv beside the manifest
  std::vector<std::string> ids;  // responses to explain; empty: every one
  std::string text;              // explain this text instead of inputs
};

// Returns the exit code: 0; 2 when an --id matches no response; 3 for
// unreadable inputs, codebook or overrides.
int Explain(const ExplainOptions& options, std::ostream& out, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_EXPLAIN_H_
