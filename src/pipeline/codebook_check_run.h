// `heard codebook check [PATH]`: loads a codebook and prints what
// CheckCodebook finds, one "file:line:col: warning: ..." (or "note:") line
// each, then a summary line.
// Tests: tests/pipeline/tools_test.cc.
#ifndef HEARD_PIPELINE_CODEBOOK_CHECK_RUN_H_
#define HEARD_PIPELINE_CODEBOOK_CHECK_RUN_H_

#include <ostream>
#include <string>

namespace heard {

// `heard codebook check` exits with this when it found warnings (notes
// alone leave the exit code at 0).
inline constexpr int kExitWarnings = 1;

// Checks the codebook at `path` ("" for the default carers codebook).
// Returns 0 when there is no warning, kExitWarnings when there is one or
// more, and 3 when the codebook does not load (the error goes to `err`).
int CheckCodebookAt(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_CODEBOOK_CHECK_RUN_H_
