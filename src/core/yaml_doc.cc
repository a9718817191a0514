#include "core/yaml_doc.h"

namespace heard {

StatusOr<YAML::Node> YamlDoc::Parse(const std::string& text) const {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Status::InputError(
        FormatError(Location{file_, e.mark.line + 1, e.mark.column + 1}, e.msg));
  }
}

Location YamlDoc::At(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) return Location{file_};
  return Location{file_, mark.line + 1, mark.column + 1};
}

Status YamlDoc::Error(const YAML::Node& node, const std::string& message) const {
  return Status::InputError(FormatError(At(node), message));
}

Status YamlDoc::CheckKeys(const YAML::Node& map,
                          const std::set<std::string>& allowed,
                          const char* what) const {
  if (map.IsNull()) return Status::Ok();
  if (!map.IsMap()) return Error(map, std::string("expected a map for ") + what);
  for (const auto& entry : map) {
    if (!entry.first.IsScalar()) return Error(entry.first, "a key must be a plain name");
    const std::string key = entry.first.as<std::string>();
    if (allowed.count(key)) continue;
    std::string expected;
    for (const std::string& name : allowed) {
      expected += (expected.empty() ? "" : ", ") + name;
    }
    return Error(entry.first, "unknown key '" + key + "' in " + what +
                                  " (expected one of: " + expected + ")");
  }
  return Status::Ok();
}

std::string Scalar(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  return node && node.IsScalar() ? node.as<std::string>() : std::string();
}

}  // namespace heard
