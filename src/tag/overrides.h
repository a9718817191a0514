// Overrides: an officer's corrections to the lexicon's coding, kept in a
// CSV next to the manifest (overrides.csv) so they survive every re-run.
//
// Columns: response_id, question, theme, action (add|remove), note. An
// empty question means every answer of the response (remove) or its first
// answer with text (add). They are applied after the lexicon: an added
// theme is a Coding with Origin::kManual and the note; a removed one moves
// to AnswerCoding::removed, still shown, never counted. Mistakes in the file
// (an unknown theme, action or question) stop the run with file:line; an
// override naming a response the inputs do not hold is reported after the
// run, as is one that changed nothing.
// Tests: tests/tag/overrides_test.cc.
#ifndef HEARD_TAG_OVERRIDES_H_
#define HEARD_TAG_OVERRIDES_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "core/codebook.h"
#include "core/location.h"
#include "core/status.h"
#include "ingest/manifest.h"
#include "tag/tagger.h"

namespace heard {

struct Override {
  std::string response_id;
  std::string question;  // "" for the whole response
  int theme = -1;
  bool add = true;       // false: remove
  std::string note;
  Location location;     // its line in the overrides file
  int applied = 0;       // answers it changed
  bool matched = false;  // a response with its id was seen
};

class Overrides {
 public:
  // The file the manifest's overrides live in: overrides.csv in the
  // manifest's folder, or "" without a manifest.
  static std::string DefaultPath(const Manifest& manifest);

  // Reads `path` and checks each row against `codebook` and `manifest`.
  // A missing file at the default path is no overrides, not an error.
  static StatusOr<Overrides> Load(const std::string& path, bool must_exist,
                                  const Codebook& codebook, const Manifest& manifest);

  // True when some override names response `id` (Apply may change it).
  bool Touches(const std::string& id) const { return by_response_.count(id) > 0; }
  // Applies every override for `coded`'s response id.
  void Apply(CodedResponse* coded);

  // What the overrides did, once applied: codings added and removed, and
  // rows that changed nothing.
  struct Tally {
    int64_t added = 0;
    int64_t removed = 0;
    int64_t unapplied = 0;
  };
  Tally Count() const;

  const std::string& path() const { return path_; }
  const std::vector<Override>& all() const { return overrides_; }
  bool empty() const { return overrides_.empty(); }

 private:
  void ApplyOne(Override* o, CodedResponse* coded) const;

  std::string path_;
  std::vector<Override> overrides_;
  std::unordered_map<std::string, std::vector<size_t>> by_response_;
};

}  // namespace heard

#endif  // HEARD_TAG_OVERRIDES_H_
