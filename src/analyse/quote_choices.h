// Quote choices: a report writer's pins and drops, kept in quotes.csv next
// to the manifest so they survive every re-run.
//
// Columns: action (pin|drop), theme, response_id, text. `text` is optional:
// a few words of the passage meant (compared after normalisation, so case,
// curly quotes and spacing do not matter); without it the choice covers
// every passage of the response. An empty theme on a drop drops the passage
// from every theme (a quote that must never be published). A pinned quote
// is shown before any chosen by score, whatever its score; a dropped one is
// never shown. Mistakes (an unknown action or theme, a pin without a theme)
// stop the run with file:line; a choice that matched no quote is reported.
// Tests: tests/analyse/quote_choices_test.cc.
#ifndef HEARD_ANALYSE_QUOTE_CHOICES_H_
#define HEARD_ANALYSE_QUOTE_CHOICES_H_

#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/location.h"
#include "core/status.h"

namespace heard {

struct QuoteChoice {
  bool pin = true;        // false: drop
  int theme = -1;         // -1: every theme (drops only)
  std::string response_id;
  std::string text;       // normalised fragment; "" for any passage
  Location location;
  mutable int matched = 0;  // passages it applied to
};

class QuoteChoices {
 public:
  // quotes.csv in the folder of `manifest_path`, or "" without a manifest.
  static std::string DefaultPath(const std::string& manifest_path);

  // Reads `path`; a missing file at the default path is no choices.
  static StatusOr<QuoteChoices> Load(const std::string& path, bool must_exist,
                                     const Codebook& codebook);

  // The choice covering the passage `text` of `response_id` for `theme`,
  // or null. A drop wins over a pin.
  const QuoteChoice* Find(int theme, const std::string& response_id,
                          const std::string& text) const;

  const std::string& path() const { return path_; }
  const std::vector<QuoteChoice>& all() const { return choices_; }

 private:
  std::string path_;
  std::vector<QuoteChoice> choices_;
};

}  // namespace heard

#endif  // HEARD_ANALYSE_QUOTE_CHOICES_H_
