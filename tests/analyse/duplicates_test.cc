#include "analyse/duplicates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>

namespace heard {
namespace {

Response Make(const std::string& id, std::vector<std::string> answers,
              const std::string& type = "Adult carer") {
  Response r;
  r.id = id;
  r.attributes = {{"respondent_type", type}};
  for (size_t i = 0; i < answers.size(); ++i) {
    r.answers.push_back({"q" + std::to_string(i), answers[i]});
  }
  return r;
}

const char kTemplate[] =
    "We call on the council to protect the funding of the Brackenmoor carers centre, which "
    "gives thousands of unpaid carers advice, breaks and a place to be heard. Cutting it would "
    "cost far more in crisis care later on.";

TEST(DuplicatesTest, IdenticalSubmissionsAreGrouped) {
  DuplicateFinder finder;
  const std::vector<std::string> answers = {"I have not had a proper break in three years",
                                            "More respite and someone to call"};
  EXPECT_EQ(finder.Check(Make("R1", answers)).group, -1);
  EXPECT_EQ(finder.Check(Make("R2", {"something else entirely, nothing alike at all here"})).group, -1);
  CopyVerdict copy = finder.Check(Make("R3", {"I have NOT had a proper break in three years ",
                                             "More respite and someone to call"}));
  EXPECT_EQ(copy.group, 0);
  EXPECT_EQ(copy.kind, CopyGroup::Kind::kIdentical);
  EXPECT_EQ(copy.of, "R1");
  ASSERT_EQ(finder.Groups().size(), 1u);
  EXPECT_EQ(finder.Groups()[0].copies, (std::vector<std::string>{"R3"}));
}

TEST(DuplicatesTest, ShortAnswersAndOtherPeopleAreNotRepeats) {
  DuplicateFinder finder;
  EXPECT_EQ(finder.Check(Make("R1", {"More respite please"})).group, -1);
  EXPECT_EQ(finder.Check(Make("R2", {"More respite please"})).group, -1);  // under 8 words
  const std::vector<std::string> answers = {"I have not had a proper break in three years"};
  EXPECT_EQ(finder.Check(Make("R3", answers, "Adult carer")).group, -1);
  EXPECT_EQ(finder.Check(Make("R4", answers, "Parent carer")).group, -1);  // other attributes
  EXPECT_TRUE(finder.Groups().empty());
}

TEST(DuplicatesTest, LightlyEditedCampaignTextIsGrouped) {
  DuplicateFinder finder;
  EXPECT_EQ(finder.Check(Make("R1", {"short one", kTemplate})).group, -1);
  std::string edited = kTemplate;
  edited.replace(edited.find("thousands"), 9, "hundreds");
  CopyVerdict copy = finder.Check(Make("R2", {"a different first answer", edited}));
  EXPECT_EQ(copy.kind, CopyGroup::Kind::kCampaign);
  EXPECT_EQ(copy.of, "R1");
  const std::string unrelated =
      "My husband has dementia and I have cared for him for nine years without a single night "
      "off, and the only help I get is from my daughter who lives forty miles away from us.";
  EXPECT_EQ(finder.Check(Make("R3", {unrelated})).group, -1);
  ASSERT_EQ(finder.Groups().size(), 1u);
  EXPECT_EQ(finder.Groups()[0].copies, (std::vector<std::string>{"R2"}));
}

TEST(DuplicatesTest, FingerprintsMadeAheadGiveTheSameVerdicts) {
  // As a pipeline does: every fingerprint first (on any thread), then the
  // checks in reading order.
  std::string edited = kTemplate;
  edited.replace(edited.find("thousands"), 9, "hundreds");
  const std::vector<std::string> repeat = {"I have not had a proper break in three years"};
  std::vector<Response> responses = {
      Make("R1", {"short one", kTemplate}), Make("R2", repeat), Make("R3", {edited}),
      Make("R4", repeat),                   Make("R5", {"No"}), Make("R6", {kTemplate, edited})};
  for (size_t i = 0; i < responses.size(); ++i) responses[i].ordinal = static_cast<int64_t>(i);
  std::vector<CopyFingerprint> fingerprints;
  for (const Response& r : responses) fingerprints.push_back(DuplicateFinder::Fingerprint(r));
  DuplicateFinder ahead, one_by_one;
  for (size_t i = 0; i < responses.size(); ++i) {
    const CopyVerdict a = ahead.Check(responses[i], fingerprints[i]);
    const CopyVerdict b = one_by_one.Check(responses[i]);
    EXPECT_EQ(a.group, b.group) << responses[i].id;
    EXPECT_EQ(a.kind, b.kind) << responses[i].id;
    EXPECT_EQ(a.of, b.of) << responses[i].id;
    EXPECT_EQ(a.of_ordinal, b.of_ordinal) << responses[i].id;
  }
  ASSERT_EQ(ahead.Groups().size(), 2u);
  EXPECT_EQ(ahead.Groups()[0].copies, (std::vector<std::string>{"R3", "R6"}));
  EXPECT_EQ(ahead.Groups()[1].copies, (std::vector<std::string>{"R4"}));
}

// The signature as first written, one hash at a time: FingerprintBuilder's
// MinHash, which may run a vectorised build of its loop (duplicates.cc), must
// give exactly this.
CopyFingerprint::Signature ReferenceMinHash(std::string_view normalized) {
  auto fnv = [](std::string_view bytes, uint64_t hash) {
    for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
  };
  constexpr uint64_t kBasis = 0xcbf29ce484222325ULL;
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= normalized.size(); ++i) {
    const char c = i < normalized.size() ? normalized[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80 ||
        c == '\'') {
      continue;
    }
    if (i > start) words.push_back(normalized.substr(start, i - start));
    start = i + 1;
  }
  CopyFingerprint::Signature signature;
  signature.fill(std::numeric_limits<uint32_t>::max());
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    uint64_t shingle = fnv(words[i], kBasis);
    shingle = fnv(words[i + 2], fnv(" ", fnv(words[i + 1], fnv(" ", shingle))));
    for (int h = 0; h < CopyFingerprint::kHashes; ++h) {
      uint64_t x = shingle + 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(h + 1);
      x ^= x >> 30;
      x *= 0xbf58476d1ce4e5b9ULL;
      x ^= x >> 27;
      x *= 0x94d049bb133111ebULL;
      signature[h] = std::min(signature[h], static_cast<uint32_t>(x ^ (x >> 31)));
    }
  }
  return signature;
}

// `signature` with the hashes at `positions` changed to other values (their
// lowest bits too, or not, as the generator falls).
CopyFingerprint::Signature ChangedAt(CopyFingerprint::Signature signature,
                                     const std::vector<int>& positions, std::mt19937* random) {
  for (int h : positions) {
    uint32_t other = static_cast<uint32_t>((*random)());
    while (other == signature[h]) other = static_cast<uint32_t>((*random)());
    signature[h] = other;
  }
  return signature;
}

// A copy needs 20 of the 32 hashes equal (similarity 0.6): the sketches of
// two signatures that differ in at most 12 places must never rule them out,
// and those of signatures far apart mostly do.
TEST(DuplicatesTest, SketchesNeverRuleOutACopyAndRuleOutMostOthers) {
  std::mt19937 random(9);
  std::vector<int> order(CopyFingerprint::kHashes);
  for (int h = 0; h < CopyFingerprint::kHashes; ++h) order[h] = h;
  std::vector<int> passed(CopyFingerprint::kHashes + 1, 0);
  constexpr int kTries = 2000;
  for (int changed = 0; changed <= CopyFingerprint::kHashes; ++changed) {
    for (int t = 0; t < kTries; ++t) {
      CopyFingerprint::Signature a;
      for (uint32_t& hash : a) hash = static_cast<uint32_t>(random());
      std::shuffle(order.begin(), order.end(), random);
      const CopyFingerprint::Signature b =
          ChangedAt(a, std::vector<int>(order.begin(), order.begin() + changed), &random);
      const bool maybe = MayBeCopies(SignatureSketch(a), SignatureSketch(b));
      if (changed <= 12) {
        ASSERT_TRUE(maybe) << changed << " hashes changed, try " << t;
      }
      passed[changed] += maybe ? 1 : 0;
    }
  }
  EXPECT_LT(passed[24], kTries / 50);  // 8 hashes equal: a candidate from one shared band
  EXPECT_LT(passed[32], kTries / 100);
}

// The same on real signatures, whose hashes are minima and so small: their
// lowest bits still tell unrelated answers apart.
TEST(DuplicatesTest, SketchesOfUnrelatedAnswersMostlyRuleThemOut) {
  std::mt19937 random(12);
  std::vector<uint64_t> sketches;
  for (int text = 0; text < 200; ++text) {
    std::string normalized;
    for (int w = 0; w < 60; ++w) normalized += "w" + std::to_string(random() % 5000) + " ";
    FingerprintBuilder builder;
    builder.Add(normalized);
    const CopyFingerprint fingerprint = builder.Finish(Response());
    ASSERT_EQ(fingerprint.campaign.size(), 1u);
    sketches.push_back(SignatureSketch(fingerprint.campaign[0].second));
  }
  int pairs = 0, maybe = 0;
  for (size_t a = 0; a < sketches.size(); ++a) {
    for (size_t b = a + 1; b < sketches.size(); ++b, ++pairs) {
      maybe += MayBeCopies(sketches[a], sketches[b]) ? 1 : 0;
    }
  }
  EXPECT_LT(maybe, pairs / 100);
}

TEST(DuplicatesTest, MinHashMatchesTheScalarReference) {
  const std::vector<std::string> vocabulary = {
      "carer", "break", "respite", "my", "husband", "council", "help", "no", "one", "i",
      "don't", "zoë", "£20", "a", "the", "of", "dementia", "night", "x", "2024"};
  std::mt19937 random(6);
  for (int text = 0; text < 2000; ++text) {
    const int words = 25 + static_cast<int>(random() % 200);
    std::string normalized;
    for (int w = 0; w < words; ++w) {
      normalized += vocabulary[random() % vocabulary.size()];
      normalized += (random() % 7 == 0) ? ", " : " ";
    }
    FingerprintBuilder builder;
    builder.Add(normalized);
    Response response;
    const CopyFingerprint fingerprint = builder.Finish(response);
    ASSERT_EQ(fingerprint.campaign.size(), 1u) << normalized;
    ASSERT_EQ(fingerprint.campaign[0].second, ReferenceMinHash(normalized)) << normalized;
  }
}

}  // namespace
}  // namespace heard
