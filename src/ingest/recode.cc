#include "ingest/recode.h"

#include <algorithm>

namespace heard {
namespace {

std::string Folded(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  std::string out = s.substr(b, s.find_last_not_of(" \t") - b + 1);
  std::transform(out.begin(), out.end(), out.begin(), ::tolower);
  return out;
}

void SetAttribute(Response* response, const std::string& key, const std::string& value) {
  for (auto& [name, current] : response->attributes) {
    if (name == key) {
      current = value;
      return;
    }
  }
  response->attributes.emplace_back(key, value);
}

}  // namespace

void ApplyRecodes(const std::vector<Recode>& recodes, Response* response) {
  for (const Recode& recode : recodes) {
    const std::string value = Folded(response->Attribute(recode.from));
    if (value.empty()) continue;
    for (const auto& [from, to] : recode.values) {
      if (Folded(from) == value) {
        SetAttribute(response, recode.attribute, to);
        break;
      }
    }
  }
}

}  // namespace heard
