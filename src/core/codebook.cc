#include "core/codebook.h"

namespace heard {

int Codebook::IndexOf(const std::string& id) const {
  for (size_t i = 0; i < themes.size(); ++i) {
    if (themes[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace heard
