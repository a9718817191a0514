// Where something came from: a file and, when known, a line and column
// (both 1-based; 0 means unknown).
#ifndef HEARD_CORE_LOCATION_H_
#define HEARD_CORE_LOCATION_H_

#include <string>

namespace heard {

struct Location {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:col", "file:line" or "file", as much as is known.
  std::string ToString() const;
};

// "file:line:col: error: message", the form every user-facing error takes.
std::string FormatError(const Location& where, const std::string& message);

}  // namespace heard

#endif  // HEARD_CORE_LOCATION_H_
