#include "analyse/redactor_words.h"

#include <gtest/gtest.h>

#include <string>

namespace heard {
namespace {

struct WordCase {
  std::string word;  // as looked up: already lower-cased
  GivenName given;
  bool common;
  bool place;
};

// The word table keeps a word's first 16 bytes inline: a word that shares
// them, or a prefix, with a listed word must still not be taken for it.
TEST(RedactorWordsTest, LooksUpExactlyTheListedWords) {
  const WordCase cases[] = {
      {"callum", GivenName::kYes, false, false},
      {"callu", GivenName::kNo, false, false},
      {"callumm", GivenName::kNo, false, false},
      {"Callum", GivenName::kNo, false, false},  // lookups take lower case
      {"jo", GivenName::kYes, false, false},
      {"joanne", GivenName::kYes, false, false},
      {"joann", GivenName::kNo, false, false},
      {"ellie-mae", GivenName::kYes, false, false},
      {"grace", GivenName::kAmbiguous, false, false},
      {"will", GivenName::kAmbiguous, true, false},
      {"jack", GivenName::kAmbiguous, false, false},
      {"may", GivenName::kAmbiguous, true, false},
      {"carer's", GivenName::kNo, true, false},
      {"grandchildren", GivenName::kNo, true, false},
      {"nevertheless", GivenName::kNo, true, false},
      {"nevertheless ", GivenName::kNo, false, false},
      {"grandchildrenxxx", GivenName::kNo, false, false},    // 16 bytes
      {"grandchildrenxxxx", GivenName::kNo, false, false},   // 17 bytes
      {std::string(300, 'a'), GivenName::kNo, false, false},
      {"hospice", GivenName::kNo, false, true},
      {"centre", GivenName::kNo, true, true},
      {"zo\xC3\xAB", GivenName::kNo, false, false},
      {"zoe", GivenName::kYes, false, false},
      {std::string("zoe\0", 4), GivenName::kNo, false, false},
      {"", GivenName::kNo, false, false},
  };
  for (const WordCase& c : cases) {
    EXPECT_EQ(GivenNameKind(c.word), c.given) << c.word;
    EXPECT_EQ(IsCommonWord(c.word), c.common) << c.word;
    EXPECT_EQ(IsPlaceWord(c.word), c.place) << c.word;
  }
}

}  // namespace
}  // namespace heard
