#include "core/limits.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace heard {
namespace {

enum class Kind { kSize, kCount, kRatio };

struct LimitField {
  const char* name;
  Kind kind;
  int64_t Limits::*whole;  // for sizes and counts held as int64_t
  int Limits::*small;      // for depths held as int
  double Limits::*ratio;   // for ratios
};

const LimitField kFields[] = {
    {"max_field_bytes", Kind::kSize, &Limits::max_field_bytes, nullptr, nullptr},
    {"max_rows", Kind::kCount, &Limits::max_rows, nullptr, nullptr},
    {"max_zip_entry_bytes", Kind::kSize, &Limits::max_zip_entry_bytes, nullptr, nullptr},
    {"max_zip_ratio", Kind::kRatio, nullptr, nullptr, &Limits::max_zip_ratio},
    {"max_xml_depth", Kind::kCount, nullptr, &Limits::max_xml_depth, nullptr},
    {"max_xml_amplification", Kind::kRatio, nullptr, nullptr, &Limits::max_xml_amplification},
    {"max_mime_depth", Kind::kCount, nullptr, &Limits::max_mime_depth, nullptr},
};

// Takes a unit off the end of "2 MiB", leaving "2", and gives its multiplier.
void SizeUnit(std::string* text, int64_t* multiplier) {
  static const std::pair<const char*, int64_t> kUnits[] = {
      {"GiB", int64_t{1} << 30}, {"MiB", int64_t{1} << 20}, {"KiB", int64_t{1} << 10},
      {"bytes", 1}};
  *multiplier = 1;
  for (const auto& [unit, factor] : kUnits) {
    const std::string suffix(unit);
    if (text->size() > suffix.size() &&
        text->compare(text->size() - suffix.size(), suffix.size(), suffix) == 0) {
      text->resize(text->size() - suffix.size());
      while (!text->empty() && text->back() == ' ') text->pop_back();
      *multiplier = factor;
      return;
    }
  }
}

// A positive whole number no larger than `most`, or -1.
int64_t WholeNumber(const std::string& text, int64_t most) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return -1;
  errno = 0;
  const long long n = std::strtoll(text.c_str(), nullptr, 10);
  if (errno != 0 || n <= 0 || n > most) return -1;
  return n;
}

std::string SetWhole(const LimitField& field, const std::string& value, Limits* limits) {
  std::string digits = value;
  int64_t multiplier = 1;
  if (field.kind == Kind::kSize) SizeUnit(&digits, &multiplier);
  const int64_t most = field.small ? 1'000'000 : INT64_MAX / multiplier;
  const int64_t n = WholeNumber(digits, most);
  if (n < 0) {
    return std::string(field.name) + " must be a whole number from 1 to " +
           std::to_string(most) +
           (field.kind == Kind::kSize ? " (a size may end in KiB, MiB or GiB)" : "") +
           ", not '" + value + "'";
  }
  if (field.small) {
    limits->*field.small = static_cast<int>(n);
  } else {
    limits->*field.whole = n * multiplier;
  }
  return "";
}

std::string SetRatio(const LimitField& field, const std::string& value, Limits* limits) {
  char* end = nullptr;
  errno = 0;
  const double x = value.empty() ? 0 : std::strtod(value.c_str(), &end);
  if (value.empty() || errno != 0 || *end != '\0' || !std::isfinite(x) || x < 1) {
    return std::string(field.name) + " must be a number of 1 or more, not '" + value + "'";
  }
  limits->*field.ratio = x;
  return "";
}

}  // namespace

std::vector<std::string> LimitNames() {
  std::vector<std::string> names;
  for (const LimitField& field : kFields) names.push_back(field.name);
  return names;
}

std::string SetLimit(const std::string& name, const std::string& value, Limits* limits) {
  for (const LimitField& field : kFields) {
    if (name != field.name) continue;
    return field.kind == Kind::kRatio ? SetRatio(field, value, limits)
                                      : SetWhole(field, value, limits);
  }
  std::string known;
  for (const LimitField& field : kFields) known += (known.empty() ? "" : ", ") + std::string(field.name);
  return "unknown limit '" + name + "' (expected one of: " + known + ")";
}

std::string SizeText(int64_t bytes) {
  static const std::pair<const char*, int64_t> kUnits[] = {
      {"GiB", int64_t{1} << 30}, {"MiB", int64_t{1} << 20}, {"KiB", int64_t{1} << 10}};
  for (const auto& [unit, factor] : kUnits) {
    if (bytes >= factor && bytes % factor == 0) {
      return std::to_string(bytes / factor) + " " + unit;
    }
  }
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

}  // namespace heard
