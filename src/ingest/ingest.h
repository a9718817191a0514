// Reading every source a manifest names into one stream of Responses.
#ifndef HEARD_INGEST_INGEST_H_
#define HEARD_INGEST_INGEST_H_

#include <functional>

#include "core/ledger.h"
#include "core/response.h"
#include "core/status.h"
#include "ingest/manifest.h"

namespace heard {

// Settles everything the run must know before the first response streams:
// guessed id and free-text columns of sources without a manifest, and the
// full list of questions. Fails when a source cannot be read.
Status PrepareSources(Manifest* manifest);

// Reads each source of `manifest` in order, accounting for every record in
// `ledger` and handing each response to `consumer`. Stops with an input
// error when a source cannot be read at all (missing file, missing column);
// row-level problems are rejects in the ledger. The manifest's recodings
// are applied before `consumer` sees a response; `consumer` returns false
// for a repeat that is not counted again.
Status Ingest(const Manifest& manifest, Ledger* ledger,
              const std::function<bool(Response)>& consumer);

}  // namespace heard

#endif  // HEARD_INGEST_INGEST_H_
