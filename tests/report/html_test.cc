#include "report/html.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(HtmlTest, EscapesEverythingThatCouldBeMarkup) {
  EXPECT_EQ(Escape("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  EXPECT_EQ(Escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(Escape("fish & chips"), "fish &amp; chips");
  EXPECT_EQ(Escape("carer’s café"), "carer’s café");
}

TEST(HtmlTest, ShowsBidiControlsInsteadOfObeyingThem) {
  EXPECT_EQ(Escape("abc\xE2\x80\xAE" "cba"), "abc[U+202E]cba");
  EXPECT_EQ(Escape("x\xE2\x81\xA6y"), "x[U+2066]y");
}

TEST(HtmlTest, PercentAndThousands) {
  EXPECT_EQ(Percent(41, 100), "41%");
  EXPECT_EQ(Percent(1, 3), "33%");
  EXPECT_EQ(Percent(2, 3), "67%");
  EXPECT_EQ(Percent(1, 1000), "<1%");
  EXPECT_EQ(Percent(0, 1000), "0%");
  EXPECT_EQ(Percent(5, 0), "0%");
  EXPECT_EQ(Thousands(0), "0");
  EXPECT_EQ(Thousands(999), "999");
  EXPECT_EQ(Thousands(1000), "1,000");
  EXPECT_EQ(Thousands(1234567), "1,234,567");
}

TEST(HtmlTest, PagesForbidRemoteLoads) {
  const std::string page = PageStart({"T", "C <b>", "", "index"});
  EXPECT_NE(page.find("Content-Security-Policy\" content=\"default-src 'none'"),
            std::string::npos);
  EXPECT_NE(page.find("C &lt;b&gt;"), std::string::npos);
  EXPECT_EQ(page.find("http://"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  EXPECT_EQ(page.find("src="), std::string::npos);
}

}  // namespace
}  // namespace heard
