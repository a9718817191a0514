// Explanation: why an answer carries the themes it does, in words an
// officer or a codebook keeper can check against the codebook file.
//
// For each hit: the theme, the words matched as the respondent wrote them,
// where they are in the answer (characters, counted from 1), the term that
// matched and the codebook line it is on. For each hit an exclusion set
// aside: the same, and the exclusion that cancelled it. Manual codings
// (officer overrides) are listed with their note.
// Tests: tests/analyse/explanation_test.cc.
#ifndef HEARD_ANALYSE_EXPLANATION_H_
#define HEARD_ANALYSE_EXPLANATION_H_

#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/coding.h"

namespace heard {

// The lines explaining `codings` of `text`, each ending in '\n', indented
// by two spaces; "  no theme\n" when there are none.
std::string ExplainAnswer(const Codebook& codebook, const std::string& text,
                          const std::vector<Coding>& codings);

// A term as written in the codebook: `respite`, `"short break"`, or
// `re:"..."` for a regular expression.
std::string DescribeTerm(const Term& term);

}  // namespace heard

#endif  // HEARD_ANALYSE_EXPLANATION_H_
