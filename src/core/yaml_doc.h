// Helpers for the project's YAML files (manifest, codebook): locations for
// messages, typo-proof key checks, scalars. One parse error type for all.
#ifndef HEARD_CORE_YAML_DOC_H_
#define HEARD_CORE_YAML_DOC_H_

#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

#include "core/limits.h"
#include "core/location.h"
#include "core/status.h"

namespace heard {

class YamlDoc {
 public:
  explicit YamlDoc(std::string file, YamlLimits limits = {})
      : file_(std::move(file)), limits_(limits) {}

  // Parses `text`; a syntax error comes back as file:line:col. So does a
  // document nested deeper than the limits allow, or one whose aliases
  // stand for more nodes than they allow (an alias bomb), so no reader of
  // the result can be made to recurse or loop without bound.
  StatusOr<YAML::Node> Parse(const std::string& text) const;

  Location At(const YAML::Node& node) const;
  Status Error(const YAML::Node& node, const std::string& message) const;

  // An error naming the first key of `map` not in `allowed`, so a typo
  // ("term:" for "terms:") cannot lose rules in silence.
  Status CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                   const char* what) const;

  const std::string& file() const { return file_; }

 private:
  // Walks `node` as its readers will, following aliases; an error at the
  // first node past a limit. `visited` counts nodes seen so far; `furthest`
  // is the place in the file the walk has reached (an alias's target lies
  // earlier), where an alias bomb is reported.
  Status CheckShape(const YAML::Node& node, int depth, int64_t* visited,
                    YAML::Mark* furthest) const;

  std::string file_;
  YamlLimits limits_;
};

// The scalar at map[key], or "" when absent or not a scalar.
std::string Scalar(const YAML::Node& map, const char* key);

}  // namespace heard

#endif  // HEARD_CORE_YAML_DOC_H_
