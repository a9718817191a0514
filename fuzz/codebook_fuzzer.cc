// Fuzzes the codebook loader (YAML codebooks, and the quanteda and LIWC
// dictionary imports given the same text), then compiles what loads into a
// matcher and codes one sentence with it, as a run would: a codebook that
// loads must compile or fail with a message, never crash or blow up.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_checks.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/liwc_import.h"
#include "lexicon/matcher.h"
#include "lexicon/quanteda_import.h"
#include "text/normalizer.h"

namespace {

void CompileAndCode(const heard::Codebook& codebook, const std::string& file) {
  heard::StatusOr<std::unique_ptr<heard::Matcher>> matcher = heard::Matcher::Compile(codebook);
  if (!matcher.ok()) {
    heard::CheckNamesFile(matcher.status(), file);
    return;
  }
  const heard::NormalizedText text = heard::Normalize(
      "I have cared for my mum for ten years and never had a break; the young "
      "carers' group at school helped, but respite is hard to find.");
  (*matcher)->Code(text, /*keep_excluded=*/true);
}

void Load(const heard::StatusOr<heard::Codebook>& codebook, const std::string& file) {
  if (!codebook.ok()) {
    heard::CheckNamesFile(codebook.status(), file);
    return;
  }
  CompileAndCode(*codebook, file);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string yaml = "/fuzz/codebook.yaml";
  Load(heard::ParseCodebook(text, yaml), yaml);
  if (heard::LooksLikeQuantedaDictionary(yaml, text)) {
    Load(heard::ImportQuantedaDictionary(text, yaml), yaml);
  }
  const std::string dic = "/fuzz/carers.dic";
  Load(heard::ImportLiwcDictionary(text, dic), dic);
  return 0;
}
