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
// 0.6 joins its group.
//
// Memory, as a run keeps every first occurrence to the end: per response
// with 8 words, its id and ordinal (once, shared by both kinds), its
// fingerprint and a slot in a HashIndex, about 50 bytes; per long answer
// kept, its 128-byte signature, its 8-byte sketch and eight band slots of
// about 9 bytes, about 210 bytes; and a band key that two answers or more
// share keeps a 16-byte chain and 80-byte blocks of six entries (about 64 MB
// at 1M responses of the benchmark corpus, whose answers share many phrases).
// Everything sits in ChunkedArrays and sharded HashIndexes, which grow
// without copying or doubling the whole.
//
// The costly part, normalising each answer and hashing its words, depends on
// the response alone: Fingerprint() does it, or a FingerprintBuilder from
// answers already normalised (the run's coding threads hand it the tagger's),
// on any thread, so a pipeline can compute fingerprints in parallel and keep
// only Check's lookup and insert in reading order. Check(response) does both
// in one call.
// Tests: tests/analyse/duplicates_test.cc; duplicates_reference_test.cc
// checks every verdict against the implementation before ChunkedArray and
// HashIndex, on thousands of generated responses.
#ifndef HEARD_ANALYSE_DUPLICATES_H_
#define HEARD_ANALYSE_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/chunked_array.h"
#include "core/hash_index.h"
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

// Two bits of each hash of `signature` (its lowest two), packed. Where two
// signatures agree on a hash their sketches agree on its two bits, so two
// sketches that differ in more places than a copy's signature may differ
// rule the pair out without reading the other signature (MayBeCopies).
uint64_t SignatureSketch(const CopyFingerprint::Signature& signature);

// False when signatures with sketches `a` and `b` cannot agree on enough
// hashes for one to be a campaign copy of the other; true says only maybe.
bool MayBeCopies(uint64_t a, uint64_t b);

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

  // A response kept as the first of a possible group: where its id starts
  // in ids_ (it ends where the next one starts), and its ordinal.
  struct Original {
    uint64_t id_start = 0;
    int64_t ordinal = -1;
  };
  // A first occurrence: its response, and its group once a copy turns up.
  struct Seen {
    int32_t original = -1;  // index into originals_
    int32_t group = -1;     // index into groups_
  };

  CopyVerdict CheckIdentical(const Response& response, const CopyFingerprint& fingerprint,
                             int32_t* original);
  CopyVerdict CheckCampaign(const Response& response, const CopyFingerprint& fingerprint,
                            int32_t* original);
  int32_t Remember(const Response& response, int32_t* original);
  std::string IdOf(int32_t original) const;
  static uint64_t BandKey(const Signature& signature, int band);
  uint64_t KeyOfEntry(int32_t entry) const;
  uint64_t KeyOfBand(int32_t value) const;  // the key of a value in bands_
  // The earlier answer `entry` (whose sketch is `entry_sketch`) stands for,
  // if it is similar enough to `signature` (whose sketch is `sketch`), else -1.
  int32_t SimilarAt(int32_t entry, uint64_t entry_sketch, const Signature& signature,
                    uint64_t sketch) const;
  // Files `entry`, of an answer whose sketch is `sketch`, under `key`, which
  // has `*value` already.
  void AddToChain(uint64_t key, int32_t* value, int32_t entry, uint64_t sketch);
  // The first earlier answer similar enough to `signature` (whose sketch is
  // `sketch`), or -1.
  int32_t FindSimilar(const Signature& signature, uint64_t sketch) const;
  void Index(const Signature& signature, int32_t seen);
  CopyVerdict AddCopy(Seen* seen, CopyGroup::Kind kind, const Response& response,
                      const std::string& text);

  // Kept until the end of the run, so in chunks that grow without copying.
  // Indices are int32: up to 2^31 responses and 2^28 long answers.
  ChunkedArray<char, 65536> ids_;          // the originals' ids, end to end
  ChunkedArray<Original> originals_;
  HashIndex<> identical_;                  // fingerprint -> identical_seen_
  ChunkedArray<uint64_t> identical_keys_;  // parallel to identical_seen_
  ChunkedArray<Seen> identical_seen_;
  ChunkedArray<Signature> signatures_;     // parallel to campaign_seen_
  // Their sketches (SignatureSketch), for a band key's single entry; a chain
  // keeps a copy beside each of its entries.
  ChunkedArray<uint64_t> sketches_;        // parallel to campaign_seen_
  ChunkedArray<Seen> campaign_seen_;
  // Band entry e is band e % 8 of campaign_seen_[e / 8], each long answer
  // kept adding its eight in band order. bands_ holds, under each band key,
  // its one entry (>= 0) or, once a second comes, -1 - its chain in chains_:
  // the entries in blocks, oldest first, each with its answer's sketch, so
  // that a walk over a long chain reads runs of memory rather than an entry,
  // a link and a sketch from three places each time.
  struct Block {
    static constexpr int kEntries = 6;
    int32_t next = -1;  // the block after, -1 for the last
    int32_t size = 0;
    int32_t entries[kEntries] = {};
    uint64_t sketches[kEntries] = {};
  };
  struct Chain {
    int32_t head = -1, tail = -1;  // first and last of its blocks
    uint64_t key = 0;              // its band key
  };
  HashIndex<> bands_;          // band key -> its entry, or -1 - its chain
  ChunkedArray<Chain> chains_;
  ChunkedArray<Block> blocks_;
  std::vector<CopyGroup> groups_;          // only groups with copies
};

}  // namespace heard

#endif  // HEARD_ANALYSE_DUPLICATES_H_
