// Tagger: codes every answer of a response against the codebook.
#ifndef HEARD_TAG_TAGGER_H_
#define HEARD_TAG_TAGGER_H_

#include <vector>

#include "core/coding.h"
#include "core/response.h"
#include "lexicon/matcher.h"

namespace heard {

struct CodedResponse {
  Response response;
  std::vector<AnswerCoding> answers;  // parallel to response.answers

  // True when any answer carries theme `theme` (not counting sub-themes).
  bool HasTheme(int theme) const;
  // The themes any answer carries, ascending and distinct.
  std::vector<int> Themes() const;
};

class Tagger {
 public:
  explicit Tagger(const Matcher& matcher) : matcher_(matcher) {}

  // Normalises and codes each answer of `response`. Thread-safe.
  CodedResponse Tag(Response response) const;

 private:
  const Matcher& matcher_;
};

}  // namespace heard

#endif  // HEARD_TAG_TAGGER_H_
