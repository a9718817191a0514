#include "report/response_writers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace heard {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

CodedResponse Coded(const std::string& id, const std::string& text, int64_t ordinal) {
  CodedResponse coded;
  coded.response.id = id;
  coded.response.ordinal = ordinal;
  coded.response.channel = "online";
  coded.response.answers.push_back({"q1", text});
  AnswerCoding answer;
  answer.question = "q1";
  Coding coding;
  coding.theme = 0;
  coding.hits.push_back({0, 0, 7});
  answer.codings.push_back(coding);
  coded.answers.push_back(answer);
  return coded;
}

// Coding threads make each article; the writing thread only writes it. The
// pages must be the very bytes Add writes, page breaks included.
TEST(ResponsesPageWriterTest, ArticlesMadeAheadWriteTheSamePagesAsAdd) {
  const fs::path dir = fs::path(testing::TempDir()) / "articles";
  fs::remove_all(dir);
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  Manifest manifest;
  manifest.name = "t";
  Codebook book;
  book.themes.push_back({"breaks", "Breaks <and> respite"});
  auto in = [&](const char* sub) {
    return [&, sub](const std::string& name) { return (dir / sub / name).string(); };
  };
  ResponsesPageWriter by_add(in("a"), manifest, book, "T", "</body></html>");
  ResponsesPageWriter by_article(in("b"), manifest, book, "T", "</body></html>");
  for (int64_t i = 0; i < kResponsesPerPage + 3; ++i) {
    CodedResponse coded = Coded("R<" + std::to_string(i) + ">", "respite & <b>more</b>", i);
    if (i == 5) coded.copy_of = "R<1>";
    by_add.Add(coded);
    by_article.AddArticle(by_article.ArticleHtml(coded));
  }
  ASSERT_TRUE(by_add.Finish().ok());
  ASSERT_TRUE(by_article.Finish().ok());
  EXPECT_EQ(by_add.pages(), 2);
  for (const char* page : {"responses.html", "responses-2.html"}) {
    const std::string added = Slurp(dir / "a" / page);
    ASSERT_FALSE(added.empty()) << page;
    EXPECT_EQ(Slurp(dir / "b" / page), added) << page;
  }
  const std::string article = by_article.ArticleHtml(Coded("R<9>", "respite <b>", 9));
  EXPECT_NE(article.find("<h2>R&lt;9&gt;</h2>"), std::string::npos) << article;
  EXPECT_NE(article.find("<mark"), std::string::npos) << article;
  EXPECT_EQ(article.find("<b>"), std::string::npos) << article;
}

}  // namespace
}  // namespace heard
