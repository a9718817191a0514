#include "core/location.h"

namespace heard {

std::string Location::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

std::string FormatError(const Location& where, const std::string& message) {
  return where.ToString() + ": error: " + message;
}

}  // namespace heard
