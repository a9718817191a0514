// `heard suggest`: candidate terms for the people who keep the codebook.
//
// Reads and codes the inputs as `heard run` does (repeats that run counts
// once are skipped here too) and lists
//  (a) the words and two-word phrases most frequent in answers no theme
//      coded, by the number of responses using them, with any theme whose
//      terms would match the candidate on its own (it then appeared only
//      where an exclusion cancelled it, or inside a longer phrase);
//  (b) for each theme, the candidates most over-represented in the
//      responses it coded against all other responses (keyness.h), and
//      whether the theme already matches each: "yes" when one of its terms
//      matches the whole candidate, "part" when one matches inside it.
// Memory: one count per distinct candidate, overall and per theme.
// Tests: tests/pipeline/tools_test.cc.
#ifndef HEARD_PIPELINE_SUGGEST_H_
#define HEARD_PIPELINE_SUGGEST_H_

#include <ostream>
#include <string>

#include "ingest/input_plan.h"

namespace heard {

struct SuggestOptions {
  InputRequest input;
  std::string codebook_path;  // "" for the default carers codebook
  size_t top = 20;            // rows per list
  std::string csv_path;       // also write every row here ("" = don't)
};

// Prints both lists to `out`. Returns 0, 3 for unreadable inputs or
// codebook, 4 when the CSV cannot be written.
int Suggest(const SuggestOptions& options, std::ostream& out, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_SUGGEST_H_
