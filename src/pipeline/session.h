// Session: what every command that reads a consultation needs before the
// first response streams: the manifest (planned from the inputs and with its
// sources prepared), the codebook, and the codebook compiled for matching.
// `heard run`, `evaluate`, `explain`, `kwic` and `suggest` all read their
// inputs through it, so they see exactly the same responses.
#ifndef HEARD_PIPELINE_SESSION_H_
#define HEARD_PIPELINE_SESSION_H_

#include <memory>
#include <ostream>
#include <string>

#include "core/codebook.h"
#include "core/status.h"
#include "ingest/input_plan.h"
#include "ingest/manifest.h"
#include "lexicon/matcher.h"

namespace heard {

// Exit codes, as DESIGN.md fixes them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInput = 3;
inline constexpr int kExitOutput = 4;

struct Session {
  Manifest manifest;
  Codebook codebook;
  std::unique_ptr<Matcher> matcher;  // compiled from `codebook`
};

// Plans `input`, loads the codebook at `codebook_path` ("" for the default
// carers codebook), compiles it and prepares the sources. The session is
// heap-allocated because the matcher points into its codebook.
StatusOr<std::unique_ptr<Session>> OpenSession(const InputRequest& input,
                                               const std::string& codebook_path);

// Where the default codebook is: ./lexicons/carers, else beside the binary
// (../lexicons/carers, ../share/heard/lexicons/carers), else the source tree.
std::string DefaultCodebookPath();

// The exit code for a failed status.
int ExitCodeFor(const Status& status);

// Prints "heard: <message>" to `err` and returns the status's exit code.
int Fail(const Status& status, std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_SESSION_H_
