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
  int excluded_by = -1;  // for an excluded hit: index into Theme::excludes
};

struct Coding {
  enum class Origin { kLexicon, kManual };
  int theme = -1;            // index into Codebook::themes
  std::vector<Hit> hits;     // non-overlapping, in text order
  std::vector<Hit> excluded; // hits dropped by an exclusion (for explain)
  Origin origin = Origin::kLexicon;  // kManual: added by an officer's override
  std::string note;                  // the override's note, for kManual
};

// The codings of one answer.
struct AnswerCoding {
  std::string question;
  std::vector<Coding> codings;  // ordered by theme index
  // Lexicon codings an officer's override took away, kept to show in the
  // outputs ("removed by hand") with the override's note; never counted.
  std::vector<Coding> removed;
};

}  // namespace heard

#endif  // HEARD_CORE_CODING_H_
