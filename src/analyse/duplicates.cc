#include "analyse/duplicates.h"

#include <algorithm>
#include <limits>

#include "text/normalizer.h"

namespace heard {
namespace {

constexpr size_t kIdenticalMinWords = 8;
constexpr size_t kCampaignMinWords = 25;
constexpr int kBands = 8;
constexpr int kRows = 4;
constexpr double kSimilar = 0.6;

uint64_t Fnv(std::string_view bytes, uint64_t hash = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::vector<std::string> Words(const std::string& normalized) {
  std::vector<std::string> words;
  std::string word;
  for (char c : normalized) {
    const bool part = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      static_cast<unsigned char>(c) >= 0x80 || c == '\'';
    if (part) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string Excerpt(const std::string& text) {
  if (text.size() <= 200) return text;
  size_t cut = 200;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + " …";
}

}  // namespace

CopyVerdict DuplicateFinder::Check(const Response& response) {
  CopyVerdict verdict = CheckIdentical(response);
  if (verdict.group >= 0) return verdict;
  return CheckCampaign(response);
}

CopyVerdict DuplicateFinder::AddCopy(Seen* seen, CopyGroup::Kind kind,
                                     const Response& response, const std::string& text) {
  if (seen->group < 0) {
    seen->group = static_cast<int>(groups_.size());
    groups_.push_back({kind, seen->first, {}, seen->ordinal, {}, Excerpt(text)});
  }
  groups_[seen->group].copies.push_back(response.id);
  groups_[seen->group].copy_ordinals.push_back(response.ordinal);
  return {seen->group, kind, seen->first, seen->ordinal};
}

CopyVerdict DuplicateFinder::CheckIdentical(const Response& response) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  size_t words = 0;
  std::string first_text;
  for (const Answer& answer : response.answers) {
    const std::string normalized = NormalizeForMatch(answer.text);
    words += Words(normalized).size();
    hash = Fnv(normalized + '\x1f', hash);
    if (first_text.empty()) first_text = answer.text;
  }
  if (words < kIdenticalMinWords) return {};
  for (const auto& [key, value] : response.attributes) {
    hash = Fnv(key + '\x1e' + NormalizeForMatch(value) + '\x1f', hash);
  }
  auto [it, fresh] = identical_.emplace(hash, static_cast<int>(identical_seen_.size()));
  if (fresh) {
    identical_seen_.push_back({response.id, -1, response.ordinal});
    return {};
  }
  return AddCopy(&identical_seen_[it->second], CopyGroup::Kind::kIdentical, response,
                 first_text);
}

CopyVerdict DuplicateFinder::CheckCampaign(const Response& response) {
  for (const Answer& answer : response.answers) {
    const std::vector<std::string> words = Words(NormalizeForMatch(answer.text));
    if (words.size() < kCampaignMinWords) continue;
    Signature signature;
    signature.fill(std::numeric_limits<uint32_t>::max());
    for (size_t i = 0; i + 2 < words.size(); ++i) {
      const uint64_t shingle = Fnv(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
      for (int h = 0; h < kHashes; ++h) {
        const uint32_t value = static_cast<uint32_t>(Mix(shingle + 0x9e3779b97f4a7c15ULL * (h + 1)));
        signature[h] = std::min(signature[h], value);
      }
    }
    const int similar = FindSimilar(signature);
    if (similar >= 0) {
      return AddCopy(&campaign_seen_[similar], CopyGroup::Kind::kCampaign, response,
                     answer.text);
    }
    const int seen = static_cast<int>(campaign_seen_.size());
    campaign_seen_.push_back({response.id, -1, response.ordinal});
    signatures_.push_back(signature);
    Index(signature, seen);
  }
  return {};
}

uint64_t DuplicateFinder::BandKey(const Signature& signature, int band) {
  return Fnv(std::string_view(reinterpret_cast<const char*>(&signature[band * kRows]),
                              kRows * sizeof(uint32_t)),
             static_cast<uint64_t>(band) + 1);
}

int DuplicateFinder::FindSimilar(const Signature& signature) const {
  for (int band = 0; band < kBands; ++band) {
    const uint64_t key = BandKey(signature, band);
    auto found = bands_.find(key);
    if (found == bands_.end()) continue;
    for (int entry = found->second.first; entry >= 0; entry = band_entries_[entry].next) {
      const int seen = band_entries_[entry].seen;
      int same = 0;
      for (int h = 0; h < kHashes; ++h) same += signatures_[seen][h] == signature[h];
      if (static_cast<double>(same) / kHashes >= kSimilar) return seen;
    }
  }
  return -1;
}

void DuplicateFinder::Index(const Signature& signature, int seen) {
  for (int band = 0; band < kBands; ++band) {
    const uint64_t key = BandKey(signature, band);
    const int entry = static_cast<int>(band_entries_.size());
    band_entries_.push_back({seen, -1});
    auto [at, added] = bands_.try_emplace(key, entry, entry);
    if (!added) {  // append, so candidates are tried oldest first
      band_entries_[at->second.second].next = entry;
      at->second.second = entry;
    }
  }
}

std::vector<CopyGroup> DuplicateFinder::Groups() const { return groups_; }

}  // namespace heard
