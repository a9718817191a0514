#include "tag/overrides.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

constexpr char kBook[] = R"(name: test
version: "1"
themes:
  - id: breaks
    terms: [respite, break]
  - id: information
    terms: [leaflet]
)";

class OverridesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    book_ = *ParseCodebook(kBook, "book.yaml");
    matcher_ = std::move(*Matcher::Compile(book_));
    manifest_.questions = {{"q1", "First"}, {"q2", "Second"}};
    dir_ = fs::temp_directory_path() / ("heard-overrides-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    manifest_.path = (dir_ / "consultation.yaml").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  StatusOr<Overrides> LoadCsv(const std::string& csv) {
    std::ofstream(dir_ / "overrides.csv") << csv;
    return Overrides::Load(Overrides::DefaultPath(manifest_), false, book_, manifest_);
  }

  CodedResponse Coded(const std::string& id, const std::string& q1, const std::string& q2) {
    Response r;
    r.id = id;
    r.answers = {{"q1", q1}, {"q2", q2}};
    return Tagger(*matcher_).Tag(r);
  }

  Codebook book_;
  std::unique_ptr<Matcher> matcher_;
  Manifest manifest_;
  fs::path dir_;
};

TEST_F(OverridesTest, NoFileIsNoOverrides) {
  StatusOr<Overrides> none =
      Overrides::Load(Overrides::DefaultPath(manifest_), false, book_, manifest_);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_FALSE(Overrides::Load((dir_ / "missing.csv").string(), true, book_, manifest_).ok());
}

TEST_F(OverridesTest, AddsAManualCodingWithItsNote) {
  StatusOr<Overrides> o = LoadCsv(
      "response_id,question,theme,action,note\nR1,q2,information,add,asks where to get help\n");
  ASSERT_TRUE(o.ok()) << o.status().message();
  CodedResponse coded = Coded("R1", "I need respite", "who do I ring?");
  o->Apply(&coded);
  ASSERT_EQ(coded.answers[1].codings.size(), 1u);
  const Coding& added = coded.answers[1].codings[0];
  EXPECT_EQ(added.theme, 1);
  EXPECT_EQ(added.origin, Coding::Origin::kManual);
  EXPECT_EQ(added.note, "asks where to get help");
  EXPECT_EQ(o->all()[0].applied, 1);
}

TEST_F(OverridesTest, RemovesFromEveryAnswerWhenNoQuestionIsGiven) {
  StatusOr<Overrides> o =
      LoadCsv("response_id,question,theme,action,note\nR2,,breaks,remove,a broken wrist\n");
  ASSERT_TRUE(o.ok()) << o.status().message();
  CodedResponse coded = Coded("R2", "a break in March", "still no break");
  o->Apply(&coded);
  EXPECT_TRUE(coded.Themes().empty());
  ASSERT_EQ(coded.answers[0].removed.size(), 1u);
  EXPECT_EQ(coded.answers[0].removed[0].origin, Coding::Origin::kManual);
  EXPECT_EQ(coded.answers[0].removed[0].note, "a broken wrist");
  EXPECT_EQ(o->all()[0].applied, 2);
}

TEST_F(OverridesTest, AddOfAThemeTheLexiconFoundChangesNothing) {
  StatusOr<Overrides> o = LoadCsv("response_id,question,theme,action\nR3,q1,breaks,add\n");
  CodedResponse coded = Coded("R3", "respite please", "");
  o->Apply(&coded);
  EXPECT_EQ(coded.answers[0].codings[0].origin, Coding::Origin::kLexicon);
  EXPECT_EQ(o->all()[0].applied, 0);
  EXPECT_TRUE(o->all()[0].matched);
}

TEST_F(OverridesTest, MistakesNameTheLine) {
  EXPECT_EQ(LoadCsv("response_id,question,theme,action\nR1,q1,brakes,add\n").status().message(),
            (dir_ / "overrides.csv").string() +
                ":2: error: unknown theme 'brakes' (not in codebook 'test')");
  EXPECT_EQ(LoadCsv("response_id,question,theme,action\nR1,q1,breaks,delete\n").status().message(),
            (dir_ / "overrides.csv").string() +
                ":2: error: action must be 'add' or 'remove', not 'delete'");
  EXPECT_EQ(LoadCsv("response_id,question,theme,action\n\nR1,q9,breaks,add\n").status().message(),
            (dir_ / "overrides.csv").string() +
                ":3: error: unknown question 'q9' (not in the manifest)");
}

}  // namespace
}  // namespace heard
