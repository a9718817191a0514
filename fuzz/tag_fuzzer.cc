// Fuzzes normalisation and coding with the shipped carers codebook (compiled
// once): any bytes, however broken, must normalise with a consistent offset
// map and code to hits that lie inside the original text, in order.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_checks.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"
#include "text/normalizer.h"

namespace {

const heard::Matcher& CarersMatcher() {
  static const heard::Codebook* codebook = [] {
    heard::StatusOr<heard::Codebook> loaded =
        heard::LoadCodebook(std::string(HEARD_SOURCE_DIR) + "/lexicons/carers");
    heard::FuzzCheck(loaded.ok(), "the carers codebook loads");
    return new heard::Codebook(std::move(*loaded));
  }();
  static const heard::Matcher* matcher = [] {
    heard::StatusOr<std::unique_ptr<heard::Matcher>> compiled =
        heard::Matcher::Compile(*codebook);
    heard::FuzzCheck(compiled.ok(), "the carers codebook compiles");
    return compiled->release();
  }();
  return *matcher;
}

void CheckOffsets(const heard::NormalizedText& text, size_t original_size) {
  heard::FuzzCheck(text.begin.size() == text.text.size() && text.end.size() == text.text.size(),
                   "one original span per normalised byte");
  for (size_t i = 0; i < text.text.size(); ++i) {
    heard::FuzzCheck(text.begin[i] <= text.end[i] && text.end[i] <= original_size,
                     "each span lies inside the original");
  }
}

void CheckHits(const std::vector<heard::Hit>& hits, size_t original_size) {
  size_t previous_end = 0;
  for (const heard::Hit& hit : hits) {
    heard::FuzzCheck(hit.begin <= hit.end && hit.end <= original_size,
                     "a hit lies inside the original");
    heard::FuzzCheck(hit.begin >= previous_end, "hits are in order and do not overlap");
    previous_end = hit.end;
  }
}

}  // namespace

// Compiling the codebook takes seconds under the sanitizers: done here, before
// libFuzzer starts timing inputs, or the first input would count as a hang.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  CarersMatcher();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const heard::Matcher& matcher = CarersMatcher();
  const std::string original(reinterpret_cast<const char*>(data), size);
  const heard::NormalizedText text = heard::Normalize(original);
  CheckOffsets(text, size);
  for (const heard::Coding& coding : matcher.Code(text, /*keep_excluded=*/true)) {
    CheckHits(coding.hits, size);
    for (const heard::Hit& hit : coding.excluded) {
      heard::FuzzCheck(hit.end <= size, "an excluded hit lies inside the original");
    }
  }
  return 0;
}
