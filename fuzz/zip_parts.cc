#include "zip_parts.h"

#include <zip.h>

#include <utility>
#include <vector>

namespace heard {
namespace {

constexpr char kPartMarker[] = "=== ";

using Parts = std::vector<std::pair<std::string, std::string>>;  // name, bytes

// Splits a listing into its parts. Bytes before the first marker are ignored.
Parts SplitParts(const std::string& input) {
  Parts parts;
  size_t pos = 0;
  while (pos < input.size()) {
    size_t line_end = input.find('\n', pos);
    if (line_end == std::string::npos) line_end = input.size();
    const std::string line = input.substr(pos, line_end - pos);
    if (line.rfind(kPartMarker, 0) == 0) {
      parts.push_back({line.substr(sizeof kPartMarker - 1), ""});
    } else if (!parts.empty()) {
      parts.back().second += line;
      if (line_end < input.size()) parts.back().second += '\n';
    }
    pos = line_end + 1;
  }
  return parts;
}

// Reads the whole of `source` (an archive libzip has finished writing).
std::string ReadSource(zip_source_t* source) {
  std::string out;
  if (zip_source_open(source) != 0) return out;
  char buffer[1 << 14];
  zip_int64_t n;
  while ((n = zip_source_read(source, buffer, sizeof buffer)) > 0) {
    out.append(buffer, static_cast<size_t>(n));
  }
  zip_source_close(source);
  return n < 0 ? std::string() : out;
}

}  // namespace

std::string ArchiveFromFuzzInput(const std::string& input) {
  if (input.rfind("PK", 0) == 0) return input;
  const Parts parts = SplitParts(input);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_error_fini(&error);
  if (target == nullptr) return "";
  zip_source_keep(target);  // zip_close would free it; its bytes are the result
  zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, nullptr);
  if (archive == nullptr) {
    zip_source_free(target);
    return "";
  }
  for (const auto& [name, bytes] : parts) {
    zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (part == nullptr) continue;
    const zip_int64_t index =
        zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(part);  // libzip keeps it only when the add succeeds
      continue;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  std::string out;
  if (zip_close(archive) == 0) {
    out = ReadSource(target);
  } else {
    zip_discard(archive);
  }
  zip_source_free(target);
  return out;
}

}  // namespace heard
