// Codebook: the themes a consultation is coded against, and their rules.
#ifndef HEARD_CORE_CODEBOOK_H_
#define HEARD_CORE_CODEBOOK_H_

#include <string>
#include <vector>

#include "core/location.h"

namespace heard {

// One rule as written in the codebook.
struct Term {
  enum class Kind { kWord, kPhrase, kWildcard, kRegex };
  std::string text;  // as written (for reports and explanations)
  Kind kind = Kind::kWord;
  Location location;
};

struct Theme {
  std::string id;
  std::string label;
  std::string description;
  std::string parent;  // "" for a top-level theme
  std::vector<Term> terms;
  std::vector<Term> excludes;
  Location location;
};

struct Codebook {
  std::string name;
  std::string version;
  std::string description;
  std::string path;  // where it was loaded from
  std::string hash;  // content hash of the codebook file(s), printed in reports
  std::vector<Theme> themes;

  // Index of the theme with `id`, or -1.
  int IndexOf(const std::string& id) const;
};

}  // namespace heard

#endif  // HEARD_CORE_CODEBOOK_H_
