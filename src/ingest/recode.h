// Applying the manifest's value recodings to a response's attributes.
// Tests: tests/ingest/recode_test.cc.
#ifndef HEARD_INGEST_RECODE_H_
#define HEARD_INGEST_RECODE_H_

#include <vector>

#include "core/response.h"
#include "ingest/manifest.h"

namespace heard {

// For each recoding in order: when `response`'s attribute `from` matches a
// key of `values` (ignoring case and surrounding spaces), sets attribute
// `attribute` to the mapped value, adding it when absent.
void ApplyRecodes(const std::vector<Recode>& recodes, Response* response);

}  // namespace heard

#endif  // HEARD_INGEST_RECODE_H_
