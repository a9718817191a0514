// The shipped carers codebook against the traps of its domain: each row is
// an answer and the core themes it must, and must not, carry. The accuracy
// on the whole development set is checked in tests/e2e/run_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"
#include "text/normalizer.h"

namespace heard {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> has;
  std::vector<std::string> lacks;
};

class CarersCodebookTest : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() {
    StatusOr<Codebook> book =
        LoadCodebook(std::string(HEARD_TESTDATA) + "/../../lexicons/carers/codebook.yaml");
    ASSERT_TRUE(book.ok()) << book.status().message();
    book_ = new Codebook(std::move(*book));
    StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*book_);
    ASSERT_TRUE(matcher.ok()) << matcher.status().message();
    matcher_ = matcher->release();
  }

  static std::vector<std::string> Themes(const std::string& text) {
    std::vector<std::string> ids;
    for (const Coding& coding : matcher_->Code(Normalize(text))) {
      const Theme& theme = book_->themes[coding.theme];
      ids.push_back(theme.parent.empty() ? theme.id : theme.parent);
    }
    return ids;
  }

  static Codebook* book_;
  static Matcher* matcher_;
};

Codebook* CarersCodebookTest::book_ = nullptr;
Matcher* CarersCodebookTest::matcher_ = nullptr;

TEST_P(CarersCodebookTest, CodesTheCoreThemesByMeaning) {
  const Case& c = GetParam();
  const std::vector<std::string> themes = Themes(c.text);
  for (const std::string& id : c.has) {
    EXPECT_NE(std::find(themes.begin(), themes.end(), id), themes.end())
        << "'" << c.text << "' should carry " << id;
  }
  for (const std::string& id : c.lacks) {
    EXPECT_EQ(std::find(themes.begin(), themes.end(), id), themes.end())
        << "'" << c.text << "' should not carry " << id;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Traps, CarersCodebookTest,
    ::testing::Values(
        // "break" that is not a break from caring
        Case{"I had a break in my wrist in June and nobody could step in", {}, {"breaks"}},
        Case{"Breakfast is the only time I sit down", {}, {"breaks"}},
        Case{"I had a breakdown two weeks later", {}, {"breaks"}},
        Case{"We are close to carer breakdown", {}, {"breaks"}},
        Case{"I'm writing this in my lunch break", {}, {"breaks"}},
        Case{"I don't need a break, I need him to be well again", {}, {"breaks"}},
        Case{"Shared care records would stop me repeating myself", {}, {"breaks"}},
        // "carer" meaning a paid care worker
        Case{"The carers arrive with a smile every morning", {}, {"identification", "young_carers"}},
        Case{"The young carers the agency sends are barely out of school", {}, {"identification"}},
        // "school" and "my son" where no young person is caring
        Case{"My son misses school because of his anxiety", {}, {"young_carers"}},
        Case{"My son is 8 and has autism", {}, {"young_carers"}},
        Case{"His teachers don't know how to support autistic children", {}, {"young_carers"}},
        // "identify" and "recognise" about a diagnosis
        Case{"They identified the fracture on the second X-ray", {}, {"identification"}},
        Case{"Her dementia wasn't recognised for 3 years", {}, {"identification"}},
        // "information" that is not information for carers
        Case{"The council's information governance is a joke", {}, {"information"}},
        Case{"The CMHT will not share information with me", {}, {"information"}}),
    [](const ::testing::TestParamInfo<Case>& info) {
      return "Trap" + std::to_string(info.index);
    });

INSTANTIATE_TEST_SUITE_P(
    Positives, CarersCodebookTest,
    ::testing::Values(
        Case{"Respite!!", {"breaks"}, {}},
        Case{"someone to sit with mum so I can have a night off", {"breaks"}, {}},
        Case{"Weekends away with the carers centre used to happen", {"breaks"}, {}},
        Case{"I didn’t know I was a carer until the pharmacist asked", {"identification"}, {}},
        Case{"Hospitals should be asking \"do you look after someone?\"", {"identification"}, {}},
        Case{"teachers dont know and think im lazy", {"identification", "young_carers"}, {}},
        Case{"The ward treated me as a visitor, not his carer", {"identification"}, {}},
        Case{"Carer passports for colleges", {"identification"}, {}},
        Case{"I'm a kinship carer for my two grandchildren", {"identification"}, {}},
        Case{"Nobody told me about Carer’s Allowance", {"information"}, {}},
        Case{"I only found out the register existed because a friend mentioned it. Wish I'd "
             "known it existed sooner",
             {"information"}, {}},
        Case{"The discharge team gave us no notice at all", {"information"}, {}},
        Case{"im 14 and i do all the cooking bc mum is poorly", {"young_carers"}, {}},
        Case{"I fell asleep in maths again", {"young_carers"}, {}},
        Case{"Our eldest (16) has basically become a second parent", {"young_carers"}, {}},
        Case{"I'm 22 and feel like my life's on hold", {"young_carers"}, {}},
        Case{"Sibling days for our other two would be lovely", {"young_carers"}, {}}),
    [](const ::testing::TestParamInfo<Case>& info) {
      return "Positive" + std::to_string(info.index);
    });

}  // namespace
}  // namespace heard
