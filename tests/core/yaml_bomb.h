// Hostile YAML for the tests of every reader of the project's YAML files.
#ifndef HEARD_TESTS_CORE_YAML_BOMB_H_
#define HEARD_TESTS_CORE_YAML_BOMB_H_

#include <string>

namespace heard {

// "Billion laughs" in YAML: each level a list of ten aliases of the one
// before (anchors l0, l1, ...), so `levels` levels stand for 10^levels scalars.
inline std::string AliasBomb(int levels, const std::string& indent = "") {
  std::string yaml = indent + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < levels; ++i) {
    const std::string prev = "*l" + std::to_string(i - 1);
    yaml += indent + "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) yaml += (k ? ", " : "") + prev;
    yaml += "]\n";
  }
  return yaml;
}

}  // namespace heard

#endif  // HEARD_TESTS_CORE_YAML_BOMB_H_
