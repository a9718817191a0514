// DuplicateFinder against the straightforward implementation it replaced
// (std::unordered_map and std::vector, every first occurrence kept whole),
// copied here as the reference: on thousands of generated responses, with
// identical repeats and campaign copies edited lightly and heavily planted
// among them, both must give the same verdict for every response and the
// same groups, in the same order.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyse/duplicates.h"

namespace heard {
namespace {

// The finder as it was before its memory was cut (commit 1dbb17d), less
// the fingerprinting, which both share.
class ReferenceFinder {
 public:
  CopyVerdict Check(const Response& response, const CopyFingerprint& fingerprint) {
    CopyVerdict verdict = CheckIdentical(response, fingerprint);
    if (verdict.group >= 0) return verdict;
    return CheckCampaign(response, fingerprint);
  }
  const std::vector<CopyGroup>& Groups() const { return groups_; }
  // Candidates tried and found not similar enough before a later one was:
  // where the order of candidates decides the group.
  int passed_over() const { return passed_over_; }

 private:
  using Signature = CopyFingerprint::Signature;
  struct Seen {
    std::string first;
    int group = -1;
    int64_t ordinal = -1;
  };
  struct BandEntry {
    int seen;
    int next;
  };

  static uint64_t Fnv(std::string_view bytes, uint64_t hash) {
    for (unsigned char c : bytes) {
      hash ^= c;
      hash *= 0x100000001b3ULL;
    }
    return hash;
  }

  static std::string Excerpt(const std::string& text) {
    if (text.size() <= 200) return text;
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + " …";
  }

  CopyVerdict AddCopy(Seen* seen, CopyGroup::Kind kind, const Response& response,
                      const std::string& text) {
    if (seen->group < 0) {
      seen->group = static_cast<int>(groups_.size());
      groups_.push_back({kind, seen->first, {}, seen->ordinal, {}, Excerpt(text)});
    }
    groups_[seen->group].copies.push_back(response.id);
    groups_[seen->group].copy_ordinals.push_back(response.ordinal);
    return {seen->group, kind, seen->first, seen->ordinal};
  }

  CopyVerdict CheckIdentical(const Response& response, const CopyFingerprint& fingerprint) {
    if (!fingerprint.long_enough) return {};
    auto [it, fresh] =
        identical_.emplace(fingerprint.identical, static_cast<int>(identical_seen_.size()));
    if (fresh) {
      identical_seen_.push_back({response.id, -1, response.ordinal});
      return {};
    }
    std::string first_text;
    for (const Answer& answer : response.answers) {
      if (!answer.text.empty()) {
        first_text = answer.text;
        break;
      }
    }
    return AddCopy(&identical_seen_[it->second], CopyGroup::Kind::kIdentical, response,
                   first_text);
  }

  CopyVerdict CheckCampaign(const Response& response, const CopyFingerprint& fingerprint) {
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

  static uint64_t BandKey(const Signature& signature, int band) {
    return Fnv(std::string_view(reinterpret_cast<const char*>(&signature[band * 4]),
                                4 * sizeof(uint32_t)),
               static_cast<uint64_t>(band) + 1);
  }

  int FindSimilar(const Signature& signature) {
    int tried = 0;
    for (int band = 0; band < 8; ++band) {
      auto found = bands_.find(BandKey(signature, band));
      if (found == bands_.end()) continue;
      for (int entry = found->second.first; entry >= 0; entry = band_entries_[entry].next) {
        const int seen = band_entries_[entry].seen;
        int same = 0;
        for (int h = 0; h < 32; ++h) same += signatures_[seen][h] == signature[h];
        if (static_cast<double>(same) / 32 >= 0.6) {
          passed_over_ += tried;
          return seen;
        }
        ++tried;
      }
    }
    return -1;
  }

  void Index(const Signature& signature, int seen) {
    for (int band = 0; band < 8; ++band) {
      const int entry = static_cast<int>(band_entries_.size());
      band_entries_.push_back({seen, -1});
      auto [at, added] = bands_.try_emplace(BandKey(signature, band), entry, entry);
      if (!added) {
        band_entries_[at->second.second].next = entry;
        at->second.second = entry;
      }
    }
  }

  std::unordered_map<uint64_t, int> identical_;
  std::vector<Seen> identical_seen_;
  std::vector<Signature> signatures_;
  std::vector<Seen> campaign_seen_;
  std::unordered_map<uint64_t, std::pair<int, int>> bands_;
  std::vector<BandEntry> band_entries_;
  std::vector<CopyGroup> groups_;
  int passed_over_ = 0;
};

// Generated responses from a small vocabulary, so that unrelated answers
// share bands too, with planted repeats and copies.
class Generator {
 public:
  explicit Generator(uint32_t seed) : random_(seed) {
    for (int t = 0; t < 12; ++t) templates_.push_back(Words(30 + Pick(40)));
  }

  std::vector<Response> Make(int count) {
    std::vector<Response> responses;
    for (int i = 0; i < count; ++i) {
      Response r = Next(responses);
      r.id = Id(i);
      r.ordinal = 11 + 3 * static_cast<int64_t>(i);  // not the index, to catch a mix-up
      responses.push_back(std::move(r));
    }
    return responses;
  }

 private:
  int Pick(int n) { return static_cast<int>(random_() % static_cast<uint32_t>(n)); }

  std::string Words(int n) {
    static const char* const kVocabulary[] = {
        "carer", "council", "respite", "break", "money", "time", "help", "support", "centre",
        "funding", "my", "mother", "father", "son", "daughter", "husband", "wife", "care",
        "home", "night", "day", "week", "year", "never", "always", "more", "less", "need",
        "want", "we", "they", "the", "a", "and", "or", "but", "not", "to", "of", "in", "for",
        "with", "without", "advice", "grant", "forms", "online", "phone", "nobody", "listens",
        "tired", "alone", "work", "job", "school", "hospital", "doctor", "nurse", "social",
        "worker", "assessment", "waiting", "list", "months", "Brackenmoor", "café", "naïve"};
    const int size = static_cast<int>(sizeof(kVocabulary) / sizeof(kVocabulary[0]));
    std::string text;
    for (int w = 0; w < n; ++w) {
      if (w > 0) text += Pick(10) == 0 ? ", " : " ";
      text += kVocabulary[Pick(size)];
    }
    return text;
  }

  // `text` with `edits` words replaced, dropped or added.
  std::string Edit(const std::string& text, int edits) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start <= text.size()) {
      const size_t space = std::min(text.find(' ', start), text.size());
      words.push_back(text.substr(start, space - start));
      start = space + 1;
    }
    for (int e = 0; e < edits && !words.empty(); ++e) {
      const size_t at = static_cast<size_t>(Pick(static_cast<int>(words.size())));
      switch (Pick(3)) {
        case 0: words[at] = Words(1); break;
        case 1: words.erase(words.begin() + static_cast<std::ptrdiff_t>(at)); break;
        default: words.insert(words.begin() + static_cast<std::ptrdiff_t>(at), Words(1));
      }
    }
    std::string edited;
    for (const std::string& word : words) edited += (edited.empty() ? "" : " ") + word;
    return Pick(4) == 0 ? "  " + edited + " " : edited;
  }

  Response Fresh() {
    Response r;
    r.attributes = {{"respondent_type", kTypes[Pick(3)]}};
    const int answers = 1 + Pick(3);
    for (int a = 0; a < answers; ++a) {
      const int words = Pick(3) == 0 ? 1 + Pick(7) : 5 + Pick(60);
      r.answers.push_back({"q" + std::to_string(a), Words(words)});
    }
    return r;
  }

  Response Next(const std::vector<Response>& earlier) {
    const int kind = Pick(20);
    if (earlier.empty() || kind < 6) return Fresh();
    Response r = earlier[static_cast<size_t>(Pick(static_cast<int>(earlier.size())))];
    if (kind < 9) {  // the same again, but for case
      if (!r.answers.empty()) {
        std::string& text = r.answers[0].text;
        if (!text.empty()) text[0] = static_cast<char>(std::toupper(text[0]));
      }
      return r;
    }
    if (kind == 9) {  // the same words from someone else
      r.attributes = {{"respondent_type", "Someone else"}};
      return r;
    }
    if (kind < 14) {  // an earlier answer edited, lightly or heavily
      for (Answer& answer : r.answers) answer.text = Edit(answer.text, Pick(16));
      if (r.answers.size() > 1 && Pick(2) == 0) std::swap(r.answers[0], r.answers.back());
      return r;
    }
    // Campaign text: a template edited, after an answer of the person's own.
    r = Fresh();
    r.answers.resize(1);
    r.answers.push_back({"q1", Edit(templates_[static_cast<size_t>(Pick(12))], Pick(16))});
    return r;
  }

  std::string Id(int i) {
    switch (Pick(8)) {
      case 0: return "";
      case 1: return "respondent-identifier-long-" + std::to_string(i);
      case 2: return "Ré-" + std::to_string(i);
      default: return "R" + std::to_string(i);
    }
  }

  static constexpr const char* kTypes[] = {"Adult carer", "Young carer", "Professional"};
  std::mt19937 random_;
  std::vector<std::string> templates_;
};

void ExpectSameGroups(const std::vector<CopyGroup>& got, const std::vector<CopyGroup>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t g = 0; g < got.size(); ++g) {
    EXPECT_EQ(got[g].kind, want[g].kind) << g;
    EXPECT_EQ(got[g].first, want[g].first) << g;
    EXPECT_EQ(got[g].copies, want[g].copies) << g;
    EXPECT_EQ(got[g].first_ordinal, want[g].first_ordinal) << g;
    EXPECT_EQ(got[g].copy_ordinals, want[g].copy_ordinals) << g;
    EXPECT_EQ(got[g].excerpt, want[g].excerpt) << g;
  }
}

TEST(DuplicatesReferenceTest, SameVerdictsAndGroupsAsTheReference) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    const std::vector<Response> responses = Generator(seed).Make(4000);
    DuplicateFinder finder;
    ReferenceFinder reference;
    int identical = 0, campaign = 0;
    for (const Response& r : responses) {
      const CopyFingerprint fingerprint = DuplicateFinder::Fingerprint(r);
      const CopyVerdict got = finder.Check(r, fingerprint);
      const CopyVerdict want = reference.Check(r, fingerprint);
      ASSERT_EQ(got.group, want.group) << "seed " << seed << ", ordinal " << r.ordinal;
      ASSERT_EQ(got.kind, want.kind) << "seed " << seed << ", ordinal " << r.ordinal;
      ASSERT_EQ(got.of, want.of) << "seed " << seed << ", ordinal " << r.ordinal;
      ASSERT_EQ(got.of_ordinal, want.of_ordinal) << "seed " << seed << ", ordinal " << r.ordinal;
      if (got.group >= 0) ++(got.kind == CopyGroup::Kind::kCampaign ? campaign : identical);
    }
    ExpectSameGroups(finder.Groups(), reference.Groups());
    // The data must exercise both kinds, or the comparison proves little.
    EXPECT_GT(identical, 300) << seed;
    EXPECT_GT(campaign, 300) << seed;
    EXPECT_GT(reference.passed_over(), 100) << seed;
  }
}

}  // namespace
}  // namespace heard
