// One run of heard: inputs in, report folder out.
//
// Plans the inputs, loads and compiles the codebook, then streams every
// response once: ingest (and repeat detection, in reading order) on the
// calling thread -> normalise, tag and cut coded passages on --jobs threads
// -> {summary, quote pools, responses.html, passages, codings.csv,
// responses.csv, responses.xlsx} on one more thread, in reading order. The whole pages and the JSON
// are written at the end. The report is built in a fresh folder beside the
// target and swapped in only when complete, so a failed run never leaves a
// half-written report over a good one. Tests: tests/e2e/run_test.cc runs the
// real binary.
#ifndef HEARD_PIPELINE_RUN_H_
#define HEARD_PIPELINE_RUN_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "ingest/input_plan.h"
#include "pipeline/session.h"
#include "analyse/quote_choices.h"
#include "tag/overrides.h"

namespace heard {

// The machine's cores (at least 1): --jobs when not given.
int DefaultJobs();

// Responses past which `--xlsx auto` leaves responses.xlsx out: a workbook
// that size is slow to write and to open, and responses.csv holds the same.
inline constexpr int64_t kXlsxAutoLimit = 100000;

struct RunOptions {
  InputRequest input;
  std::string out_dir;        // "" for reports/<consultation name>
  std::string codebook_path;  // "" for the default carers codebook
  bool strict = false;
  std::string overrides_path;  // "" for overrides.csv beside the manifest, if there
  std::string quotes_path;     // "" for quotes.csv beside the manifest, if there
  int jobs = DefaultJobs();    // threads that normalise and code
  std::string xlsx = "auto";   // responses.xlsx: auto, yes or no
};

// The officer's overrides for `session`: `path` when given (it must exist),
// else overrides.csv beside the manifest when there is one.
StatusOr<Overrides> LoadOverrides(const std::string& path, const Session& session);

// One line on what the overrides changed; a warning for each that changed
// nothing.
void PrintOverrides(const Overrides& overrides, std::ostream& out, std::ostream& err);

// One line on the report writer's quote pins and drops; a warning for each
// that matched no passage.
void PrintQuoteChoices(const QuoteChoices& choices, std::ostream& out, std::ostream& err);

// Runs and returns the exit code; progress goes to `out`, errors to `err`.
int Run(const RunOptions& options, std::ostream& out, std::ostream& err);

// YYYY-MM-DD from SOURCE_DATE_EPOCH when set, else today (UTC).
std::string RunDate();

}  // namespace heard

#endif  // HEARD_PIPELINE_RUN_H_
