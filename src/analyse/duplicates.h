// DuplicateFinder: repeated submissions and campaign text, found as
// responses stream.
//
// Two kinds. An identical submission is a response whose every answer and
// attribute is the same, after normalisation, as an earlier one's (the same
// person submitting twice); only responses with at least 8 words are
// considered, since "No" twice is not a repeat. Campaign text is an answer
// of at least 25 words that is nearly the same as an earlier answer
// (an organised template, lightly edited): each answer's word 3-shingles
// get a 32-value MinHash signature, LSH (8 bands of 4) proposes earlier
// answers, and a candidate whose estimated Jaccard similarity is at least
// 0.6 joins its group. Memory: one 64-bit fingerprint per response and, per
// long answer, one signature and its eight band entries.
//
// The costly part, normalising each answer and hashing its words, depends on
// the response alone: Fingerprint() does it and may run on any thread, so a
// pipeline can compute fingerprints in parallel and keep only Check's lookup
// and insert in reading order. Check(response) does both in one call.
// Tests: tests/analyse/duplicates_test.cc.
#ifndef HEARD_ANALYSE_DUPLICATES_H_
#define HEARD_ANALYSE_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/response.h"

namespace heard {

struct CopyGroup {
  enum class Kind { kIdentical, kCampaign };
  Kind kind = Kind::kIdentical;
  std::string first;                 // id of the first response seen
  std::vector<std::string> copies;   // ids of the later ones
  int64_t first_ordinal = -1;        // Response::ordinal of `first`
  std::vector<int64_t> copy_ordinals;  // parallel to `copies`
  std::string excerpt;               // the text, cut to 200 bytes
};

struct CopyVerdict {
  int group = -1;  // index into Groups(), -1 when the response is new
  CopyGroup::Kind kind = CopyGroup::Kind::kIdentical;
  std::string of;  // the first response of the group
  int64_t of_ordinal = -1;  // its Response::ordinal
};

// What DuplicateFinder needs to know of one response, computed from the
// response alone (DuplicateFinder::Fingerprint).
struct CopyFingerprint {
  static constexpr int kHashes = 32;
  using Signature = std::array<uint32_t, kHashes>;

  bool long_enough = false;  // at least 8 words over all answers
  uint64_t identical = 0;    // hash of every answer and attribute, normalised
  // The MinHash signature of each answer of at least 25 words, in answer order.
  std::vector<std::pair<size_t, Signature>> campaign;  // answer index, signature
};

// Makes a response's fingerprint from its answers as normalised elsewhere
// (the tagger normalises each answer anyway): Add each answer's normalised
// text in answer order, then Finish. DuplicateFinder::Fingerprint is the
// same with the normalising done here.
class FingerprintBuilder {
 public:
  void Add(std::string_view normalized_answer);
  CopyFingerprint Finish(const Response& response);

 private:
  CopyFingerprint fingerprint_;
  uint64_t hash_ = 0xcbf29ce484222325ULL;
  size_t answers_ = 0;
  size_t words_ = 0;
  std::vector<std::string_view> word_views_;
};

class DuplicateFinder {
 public:
  // The fingerprint of `response`. Thread-safe: it touches no finder state.
  static CopyFingerprint Fingerprint(const Response& response);

  // Registers `response`, whose fingerprint is `fingerprint`, and says whether
  // it repeats an earlier one. Responses must come in reading order.
  CopyVerdict Check(const Response& response, const CopyFingerprint& fingerprint);
  // The same, fingerprinting `response` first.
  CopyVerdict Check(const Response& response) { return Check(response, Fingerprint(response)); }

  // Every group with at least one copy, in the order their first copy came.
  std::vector<CopyGroup> Groups() const;

 private:
  static constexpr int kHashes = CopyFingerprint::kHashes;
  using Signature = CopyFingerprint::Signature;

  // A first occurrence: its id, and its group once a copy turns up.
  struct Seen {
    std::string first;
    int group = -1;
    int64_t ordinal = -1;
  };

  CopyVerdict CheckIdentical(const Response& response, const CopyFingerprint& fingerprint);
  CopyVerdict CheckCampaign(const Response& response, const CopyFingerprint& fingerprint);
  static uint64_t BandKey(const Signature& signature, int band);
  int FindSimilar(const Signature& signature) const;
  void Index(const Signature& signature, int seen);
  CopyVerdict AddCopy(Seen* seen, CopyGroup::Kind kind, const Response& response,
                      const std::string& text);

  // The hash maps' nodes, a few per long answer and never erased, come from
  // the finder's own pool: in large blocks, not one malloc each among the
  // short-lived allocations of whichever thread runs Check (a run calls it
  // from its coding threads), which left peak memory 15% higher.
  std::pmr::unsynchronized_pool_resource pool_;
  std::pmr::unordered_map<uint64_t, int> identical_{&pool_};  // fingerprint -> identical_seen_
  std::vector<Seen> identical_seen_;
  std::vector<Signature> signatures_;            // parallel to campaign_seen_
  std::vector<Seen> campaign_seen_;
  // Band hash -> the first and last of its entries, which chain on through
  // band_entries_: one small array, not a vector per band, as memory goes.
  struct BandEntry {
    int seen;  // index into campaign_seen_
    int next;  // the band's next entry, -1 at the end
  };
  std::pmr::unordered_map<uint64_t, std::pair<int, int>> bands_{&pool_};
  std::vector<BandEntry> band_entries_;
  std::vector<CopyGroup> groups_;                // only groups with copies
};

}  // namespace heard

#endif  // HEARD_ANALYSE_DUPLICATES_H_
