#include "core/yaml_doc.h"

namespace heard {

StatusOr<YAML::Node> YamlDoc::Parse(const std::string& text) const {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Status::InputError(
        FormatError(Location{file_, e.mark.line + 1, e.mark.column + 1}, e.msg));
  }
  int64_t visited = 0;
  YAML::Mark furthest = YAML::Mark::null_mark();
  Status shape = CheckShape(root, 1, &visited, &furthest);
  if (!shape.ok()) return shape;
  return root;
}

// yaml-cpp keeps an alias as a second reference to the node it names, so
// loading a "billion laughs" document is cheap; walking it is not, since
// every reference is visited again. Counting the visits, and stopping at the
// cap, bounds the walk here and every walk the readers make after it.
Status YamlDoc::CheckShape(const YAML::Node& node, int depth, int64_t* visited,
                           YAML::Mark* furthest) const {
  const YAML::Mark mark = node.Mark();
  if (mark.pos > furthest->pos) *furthest = mark;
  if (++*visited > limits_.max_nodes) {
    const Location at = furthest->line < 0 ? Location{file_}
                                           : Location{file_, furthest->line + 1, furthest->column + 1};
    return Status::InputError(FormatError(at, "the document stands for more than " +
                           std::to_string(limits_.max_nodes) +
                           " nodes once its aliases are expanded; refusing it "
                           "(an alias bomb?)"));
  }
  if (depth > limits_.max_depth) {
    return Error(node, "maps and lists nest more than " + std::to_string(limits_.max_depth) +
                           " levels deep here; refusing the document");
  }
  if (node.IsSequence()) {
    for (const YAML::Node& child : node) {
      Status status = CheckShape(child, depth + 1, visited, furthest);
      if (!status.ok()) return status;
    }
  } else if (node.IsMap()) {
    for (const auto& entry : node) {
      Status status = CheckShape(entry.first, depth + 1, visited, furthest);
      if (status.ok()) status = CheckShape(entry.second, depth + 1, visited, furthest);
      if (!status.ok()) return status;
    }
  }
  return Status::Ok();
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
