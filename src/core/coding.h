// Coding: which themes an answer carries, and the evidence for each.
#ifndef HEARD_CORE_CODING_H_
#define HEARD_CORE_CODING_H_

#include <string>
#include <vector>

namespace heard {

// One matched term, located in the answer's original text (byte offsets).
struct Hit {
  int term = -1;      // index into Theme::terms
  size_t begin = 0;
  size_t end = 0;
};

struct Coding {
  enum class Origin { kLexicon, kManual };
  int theme = -1;            // index into Codebook::themes
  std::vector<Hit> hits;     // non-overlapping, in text order
  std::vector<Hit> excluded; // hits dropped by an exclusion (for explain)
  Origin origin = Origin::kLexicon;
};

// The codings of one answer.
struct AnswerCoding {
  std::string question;
  std::vector<Coding> codings;  // ordered by theme index
};

}  // namespace heard

#endif  // HEARD_CORE_CODING_H_
