// `heard evaluate`: how well the codebook agrees with a hand-coded set.
//
// Reads the inputs exactly as `heard run` does, codes every response (each
// one, repeats included: a gold file codes responses, not respondents), and
// compares the themes each response carries, with sub-themes rolled up to
// their parents, against a gold CSV of `response_id,theme` rows. Prints per
// theme the counts, precision, recall, F1 and Cohen's kappa, the macro-F1,
// and every disagreement with the terms that fired, for review.
// Tests: tests/e2e/run_test.cc runs it on the gold development set.
#ifndef HEARD_PIPELINE_EVALUATE_H_
#define HEARD_PIPELINE_EVALUATE_H_

#include <ostream>
#include <string>
#include <vector>

#include "ingest/input_plan.h"

namespace heard {

struct EvaluateOptions {
  InputRequest input;
  std::string codebook_path;       // "" for the default carers codebook
  std::string gold_path;           // CSV with response_id,theme columns
  std::vector<std::string> focus;  // themes the macro-F1 is over; empty: every theme in the gold
  std::string disagreements_path;  // also write the disagreements here as CSV ("" = don't)
  bool show_disagreements = true;  // print them after the table
};

// Returns the exit code: 0, or 3 for unreadable inputs, gold or codebook.
int Evaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_EVALUATE_H_
