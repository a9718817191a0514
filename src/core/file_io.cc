#include "core/file_io.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/location.h"

namespace heard {

namespace {

Status CannotRead(const std::string& path) {
  return Status::InputError(FormatError(
      Location{path}, std::string("cannot read file (") + std::strerror(errno) + ")"));
}

}  // namespace

Status CheckReadable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return in ? Status::Ok() : CannotRead(path);
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return CannotRead(path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    return Status::InputError(FormatError(Location{path}, "read failed"));
  }
  return bytes.str();
}

Status WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  out.close();
  if (!out) {
    return Status::OutputError(FormatError(
        Location{path}, std::string("cannot write file (") + std::strerror(errno) + ")"));
  }
  return Status::Ok();
}

}  // namespace heard
