// `heard kwic`: a keyword-in-context concordance of one term, or of every
// term of one theme, over a consultation's answers.
//
// Reads the inputs as `heard run` does (OpenSession, Ingest). The term is
// compiled through the Matcher like any codebook rule (TermQuery), so it
// finds exactly what it would find in a codebook. With a theme, every hit
// of its terms is shown, named by the term that fired, and a hit the
// theme's exclusions cancel is marked "(excluded)". Lines are held until
// the input is read, so the id and term columns can be aligned: memory
// grows with the hits shown, not with the corpus.
// Tests: tests/pipeline/tools_test.cc.
#ifndef HEARD_PIPELINE_KWIC_H_
#define HEARD_PIPELINE_KWIC_H_

#include <ostream>
#include <string>

#include "ingest/input_plan.h"

namespace heard {

struct KwicOptions {
  InputRequest input;
  std::string codebook_path;  // "" for the default carers codebook
  std::string term;           // codebook syntax; unused when `theme` is set
  std::string theme;          // a theme id: show every hit of its terms
  size_t width = 40;          // code points of context either side
};

// Prints one line per hit and a count line to `out`. Returns 0, 2 for a
// bad term or unknown theme, 3 for unreadable inputs or codebook.
int Kwic(const KwicOptions& options, std::ostream& out, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_KWIC_H_
