#include "analyse/duplicates.h"

#include <algorithm>
#include <limits>
#include <string_view>

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

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80 || c == '\'';
}

// The words of normalised text: runs of letters, digits, apostrophes and
// non-ASCII bytes, as views into `normalized`.
void Words(std::string_view normalized, std::vector<std::string_view>* words) {
  words->clear();
  size_t start = 0;
  for (size_t i = 0; i <= normalized.size(); ++i) {
    if (i < normalized.size() && IsWordByte(normalized[i])) continue;
    if (i > start) words->push_back(normalized.substr(start, i - start));
    start = i + 1;
  }
}

// The MinHash signature of the word 3-shingles of `words` (at least three).
CopyFingerprint::Signature MinHash(const std::vector<std::string_view>& words) {
  CopyFingerprint::Signature signature;
  signature.fill(std::numeric_limits<uint32_t>::max());
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    // The hash of "w1 w2 w3", taken piece by piece.
    uint64_t shingle = Fnv(words[i]);
    shingle = Fnv(words[i + 2], Fnv(" ", Fnv(words[i + 1], Fnv(" ", shingle))));
    for (int h = 0; h < CopyFingerprint::kHashes; ++h) {
      const uint32_t value = static_cast<uint32_t>(Mix(shingle + 0x9e3779b97f4a7c15ULL * (h + 1)));
      signature[h] = std::min(signature[h], value);
    }
  }
  return signature;
}

std::string Excerpt(const std::string& text) {
  if (text.size() <= 200) return text;
  size_t cut = 200;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + " …";
}

}  // namespace

void FingerprintBuilder::Add(std::string_view normalized_answer) {
  Words(normalized_answer, &word_views_);
  words_ += word_views_.size();
  hash_ = Fnv("\x1f", Fnv(normalized_answer, hash_));
  if (word_views_.size() >= kCampaignMinWords) {
    fingerprint_.campaign.emplace_back(answers_, MinHash(word_views_));
  }
  ++answers_;
}

CopyFingerprint FingerprintBuilder::Finish(const Response& response) {
  fingerprint_.long_enough = words_ >= kIdenticalMinWords;
  if (!fingerprint_.long_enough) return std::move(fingerprint_);
  NormalizedText normalized;
  for (const auto& [key, value] : response.attributes) {
    Normalize(value, &normalized);
    hash_ = Fnv("\x1f", Fnv(normalized.text, Fnv("\x1e", Fnv(key, hash_))));
  }
  fingerprint_.identical = hash_;
  return std::move(fingerprint_);
}

CopyFingerprint DuplicateFinder::Fingerprint(const Response& response) {
  FingerprintBuilder builder;
  NormalizedText normalized;
  for (const Answer& answer : response.answers) {
    Normalize(answer.text, &normalized);
    builder.Add(normalized.text);
  }
  return builder.Finish(response);
}

CopyVerdict DuplicateFinder::Check(const Response& response,
                                   const CopyFingerprint& fingerprint) {
  CopyVerdict verdict = CheckIdentical(response, fingerprint);
  if (verdict.group >= 0) return verdict;
  return CheckCampaign(response, fingerprint);
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

CopyVerdict DuplicateFinder::CheckIdentical(const Response& response,
                                            const CopyFingerprint& fingerprint) {
  if (!fingerprint.long_enough) return {};
  auto [it, fresh] =
      identical_.emplace(fingerprint.identical, static_cast<int>(identical_seen_.size()));
  if (fresh) {
    identical_seen_.push_back({response.id, -1, response.ordinal});
    return {};
  }
  std::string first_text;  // the first answer with any text
  for (const Answer& answer : response.answers) {
    if (!answer.text.empty()) {
      first_text = answer.text;
      break;
    }
  }
  return AddCopy(&identical_seen_[it->second], CopyGroup::Kind::kIdentical, response,
                 first_text);
}

CopyVerdict DuplicateFinder::CheckCampaign(const Response& response,
                                           const CopyFingerprint& fingerprint) {
  for (const auto& [answer, signature] : fingerprint.campaign) {
    const int similar = FindSimilar(signature);
    if (similar >= 0) {
      return AddCopy(&campaign_seen_[similar], CopyGroup::Kind::kCampaign, response,
                     response.answers[answer].text);
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
