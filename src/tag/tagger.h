// Tagger: codes every answer of a response against the codebook.
#ifndef HEARD_TAG_TAGGER_H_
#define HEARD_TAG_TAGGER_H_

#include <functional>
#include <string_view>
#include <vector>

#include "core/codebook.h"
#include "core/coding.h"
#include "core/response.h"
#include "lexicon/matcher.h"

namespace heard {

struct CodedResponse {
  Response response;
  std::vector<AnswerCoding> answers;  // parallel to response.answers
  // Set by the pipeline when the response repeats an earlier one.
  std::string copy_of;       // the first response's id; "" when not a copy
  int64_t copy_of_ordinal = -1;  // its Response::ordinal
  bool campaign = false;     // near-identical template text, not an identical repeat
  bool counted = true;       // false: a repeat counted once, left out of every count

  // True when any answer carries theme `theme` (not counting sub-themes).
  bool HasTheme(int theme) const;
  // The themes any answer carries, ascending and distinct.
  std::vector<int> Themes() const;
  // Themes() with the parent of every carried sub-theme added.
  std::vector<int> RolledUp(const Codebook& codebook) const;
};

class Tagger {
 public:
  explicit Tagger(const Matcher& matcher) : matcher_(matcher) {}

  // Normalises and codes each answer of `response`. Thread-safe.
  CodedResponse Tag(Response response) const;
  // The same, and hands `each` every answer's normalised text, blank ones
  // included, in answer order (for DuplicateFinder's FingerprintBuilder), so
  // nothing needs to normalise an answer a second time.
  using NormalizedSink = std::function<void(std::string_view normalized)>;
  CodedResponse Tag(Response response, const NormalizedSink& each) const;

 private:
  const Matcher& matcher_;
};

}  // namespace heard

#endif  // HEARD_TAG_TAGGER_H_
