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
constexpr int kHashes = CopyFingerprint::kHashes;
// The fewest equal hashes of two signatures whose similarity is kSimilar.
constexpr int kMinSame = [] {
  int same = 0;
  while (static_cast<double>(same) / kHashes < kSimilar) ++same;
  return same;
}();

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

// MinHash is most of the cost of fingerprinting: 32 splitmix64 rounds per
// shingle. With GCC on x86-64 it is built twice, the second time for AVX-512
// (x86-64-v4), where the 64-bit multiplies vectorise, and the loader picks the
// build the CPU can run. Measured over the 100k bench corpus's answers,
// fingerprinting took 1.04 s instead of 1.44 s, with no slowdown of the
// redactor run in between (a 256-bit build gained nothing). Integer
// arithmetic only, so every build gives the same signature
// (duplicates_test.cc: MinHashMatchesTheScalarReference).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define HEARD_MINHASH_CLONES __attribute__((target_clones("default", "arch=x86-64-v4")))
#else
#define HEARD_MINHASH_CLONES
#endif

// What each of the 32 hashes adds to a shingle's hash before mixing, made
// once rather than multiplied out for every shingle.
constexpr std::array<uint64_t, CopyFingerprint::kHashes> kSeeds = [] {
  std::array<uint64_t, CopyFingerprint::kHashes> seeds{};
  for (int h = 0; h < CopyFingerprint::kHashes; ++h) {
    seeds[h] = 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(h + 1);
  }
  return seeds;
}();

// The MinHash signature of the word 3-shingles of `words` (at least three).
HEARD_MINHASH_CLONES
CopyFingerprint::Signature MinHash(const std::vector<std::string_view>& words) {
  CopyFingerprint::Signature signature;
  signature.fill(std::numeric_limits<uint32_t>::max());
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    // The hash of "w1 w2 w3", taken piece by piece.
    uint64_t shingle = Fnv(words[i]);
    shingle = Fnv(words[i + 2], Fnv(" ", Fnv(words[i + 1], Fnv(" ", shingle))));
    for (int h = 0; h < CopyFingerprint::kHashes; ++h) {
      const uint32_t value = static_cast<uint32_t>(Mix(shingle + kSeeds[h]));
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

uint64_t SignatureSketch(const CopyFingerprint::Signature& signature) {
  uint64_t sketch = 0;
  for (int h = 0; h < kHashes; ++h) sketch |= uint64_t{signature[h] & 3u} << (2 * h);
  return sketch;
}

bool MayBeCopies(uint64_t a, uint64_t b) {
  const uint64_t differ = a ^ b;
  // Each 2-bit field holds 1 where the hashes' bits differ, then the fields
  // are summed in place (the build targets CPUs without a popcount
  // instruction, where __builtin_popcountll is a library call).
  uint64_t unequal = (differ | differ >> 1) & 0x5555555555555555ULL;
  unequal = (unequal & 0x3333333333333333ULL) + (unequal >> 2 & 0x3333333333333333ULL);
  unequal = (unequal + (unequal >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return static_cast<int>((unequal * 0x0101010101010101ULL) >> 56) <= kHashes - kMinSame;
}

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
  int32_t original = -1;  // the response's place in originals_, once it has one
  CopyVerdict verdict = CheckIdentical(response, fingerprint, &original);
  if (verdict.group >= 0) return verdict;
  return CheckCampaign(response, fingerprint, &original);
}

// Keeps the id and ordinal of `response` the first time it is asked, and
// says where; `*original` remembers the answer for the rest of the Check.
int32_t DuplicateFinder::Remember(const Response& response, int32_t* original) {
  if (*original >= 0) return *original;
  *original = static_cast<int32_t>(originals_.size());
  originals_.push_back({ids_.size(), response.ordinal});
  for (char c : response.id) ids_.push_back(c);
  return *original;
}

std::string DuplicateFinder::IdOf(int32_t original) const {
  const size_t end = static_cast<size_t>(original) + 1 < originals_.size()
                         ? originals_[original + 1].id_start
                         : ids_.size();
  std::string id;
  for (size_t i = originals_[original].id_start; i < end; ++i) id.push_back(ids_[i]);
  return id;
}

CopyVerdict DuplicateFinder::AddCopy(Seen* seen, CopyGroup::Kind kind,
                                     const Response& response, const std::string& text) {
  const std::string first = IdOf(seen->original);
  const int64_t first_ordinal = originals_[seen->original].ordinal;
  if (seen->group < 0) {
    seen->group = static_cast<int32_t>(groups_.size());
    groups_.push_back({kind, first, {}, first_ordinal, {}, Excerpt(text)});
  }
  groups_[seen->group].copies.push_back(response.id);
  groups_[seen->group].copy_ordinals.push_back(response.ordinal);
  return {seen->group, kind, first, first_ordinal};
}

CopyVerdict DuplicateFinder::CheckIdentical(const Response& response,
                                            const CopyFingerprint& fingerprint,
                                            int32_t* original) {
  if (!fingerprint.long_enough) return {};
  const auto key_of = [this](int32_t seen) { return identical_keys_[seen]; };
  const int32_t next = static_cast<int32_t>(identical_seen_.size());
  auto [seen, fresh] = identical_.Insert(fingerprint.identical, next, key_of);
  if (fresh) {
    identical_keys_.push_back(fingerprint.identical);
    identical_seen_.push_back({Remember(response, original), -1});
    return {};
  }
  std::string first_text;  // the first answer with any text
  for (const Answer& answer : response.answers) {
    if (!answer.text.empty()) {
      first_text = answer.text;
      break;
    }
  }
  return AddCopy(&identical_seen_[*seen], CopyGroup::Kind::kIdentical, response, first_text);
}

CopyVerdict DuplicateFinder::CheckCampaign(const Response& response,
                                           const CopyFingerprint& fingerprint,
                                           int32_t* original) {
  for (const auto& [answer, signature] : fingerprint.campaign) {
    const uint64_t sketch = SignatureSketch(signature);
    const int32_t similar = FindSimilar(signature, sketch);
    if (similar >= 0) {
      return AddCopy(&campaign_seen_[similar], CopyGroup::Kind::kCampaign, response,
                     response.answers[answer].text);
    }
    const int32_t seen = static_cast<int32_t>(campaign_seen_.size());
    campaign_seen_.push_back({Remember(response, original), -1});
    signatures_.push_back(signature);
    sketches_.push_back(sketch);
    Index(signature, seen);
  }
  return {};
}

uint64_t DuplicateFinder::BandKey(const Signature& signature, int band) {
  return Fnv(std::string_view(reinterpret_cast<const char*>(&signature[band * kRows]),
                              kRows * sizeof(uint32_t)),
             static_cast<uint64_t>(band) + 1);
}

uint64_t DuplicateFinder::KeyOfEntry(int32_t entry) const {
  return BandKey(signatures_[entry / kBands], entry % kBands);
}

// What bands_ needs to check a match or to move a value when it grows: the
// value's key, kept by a chain, made again from its signature for a single
// entry rather than stored.
uint64_t DuplicateFinder::KeyOfBand(int32_t value) const {
  return value >= 0 ? KeyOfEntry(value) : chains_[-1 - value].key;
}

int32_t DuplicateFinder::SimilarAt(int32_t entry, uint64_t entry_sketch,
                                   const Signature& signature, uint64_t sketch) const {
  if (!MayBeCopies(entry_sketch, sketch)) return -1;
  const int32_t seen = entry / kBands;
  const Signature& earlier = signatures_[seen];
  int same = 0;
  for (int h = 0; h < kHashes; ++h) same += earlier[h] == signature[h];
  return same >= kMinSame ? seen : -1;
}

int32_t DuplicateFinder::FindSimilar(const Signature& signature, uint64_t sketch) const {
  const auto key_of = [this](int32_t value) { return KeyOfBand(value); };
  for (int band = 0; band < kBands; ++band) {
    const int32_t* value = bands_.Find(BandKey(signature, band), key_of);
    if (value == nullptr) continue;
    if (*value >= 0) {
      const int32_t similar =
          SimilarAt(*value, sketches_[*value / kBands], signature, sketch);
      if (similar >= 0) return similar;
      continue;
    }
    for (int32_t b = chains_[-1 - *value].head; b >= 0; b = blocks_[b].next) {
      const Block& block = blocks_[b];
      for (int i = 0; i < block.size; ++i) {
        const int32_t similar =
            SimilarAt(block.entries[i], block.sketches[i], signature, sketch);
        if (similar >= 0) return similar;
      }
    }
  }
  return -1;
}

void DuplicateFinder::AddToChain(uint64_t key, int32_t* value, int32_t entry,
                                 uint64_t sketch) {
  if (*value >= 0) {  // the key's second entry: it gets a chain
    Block block;
    block.entries[block.size] = *value;
    block.sketches[block.size++] = sketches_[*value / kBands];
    block.entries[block.size] = entry;
    block.sketches[block.size++] = sketch;
    const int32_t b = static_cast<int32_t>(blocks_.size());
    blocks_.push_back(block);
    *value = -1 - static_cast<int32_t>(chains_.size());
    chains_.push_back({b, b, key});
    return;
  }
  Chain& chain = chains_[-1 - *value];
  Block& tail = blocks_[chain.tail];
  if (tail.size < Block::kEntries) {
    tail.entries[tail.size] = entry;
    tail.sketches[tail.size++] = sketch;
    return;
  }
  Block block;
  block.entries[block.size] = entry;
  block.sketches[block.size++] = sketch;
  tail.next = static_cast<int32_t>(blocks_.size());
  chain.tail = tail.next;
  blocks_.push_back(block);
}

void DuplicateFinder::Index(const Signature& signature, int32_t seen) {
  const auto key_of = [this](int32_t value) { return KeyOfBand(value); };
  const uint64_t sketch = sketches_[seen];
  for (int band = 0; band < kBands; ++band) {
    const int32_t entry = seen * kBands + band;
    const uint64_t key = BandKey(signature, band);
    auto [value, added] = bands_.Insert(key, entry, key_of);
    if (!added) AddToChain(key, value, entry, sketch);
  }
}

std::vector<CopyGroup> DuplicateFinder::Groups() const { return groups_; }

}  // namespace heard
