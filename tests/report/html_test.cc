#include "report/html.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

// Escape as first written, a byte at a time: the version that skips 16
// bytes at once must give exactly this.
std::string ReferenceEscape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size()) {
      const int cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
          cp == 0x200F) {
        char code[16];
        std::snprintf(code, sizeof code, "[U+%04X]", cp);
        out += code;
        i += 2;
        continue;
      }
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;
      default: out += static_cast<char>(c);
    }
  }
  return out;
}

TEST(HtmlTest, EscapeMatchesTheByteAtATimeReference) {
  const std::vector<std::string> pieces = {"a",  "carer", " ", "&", "<", ">", "\"", "'",
                                           std::string(1, '\0'), "\xE2\x80\xAE", "\xE2\x80\x99",
                                           "\xE2", "\xE2\x80", "é", "0123456789abcdef"};
  std::mt19937 random(17);
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    const int count = static_cast<int>(random() % 40);
    for (int p = 0; p < count; ++p) text += pieces[random() % pieces.size()];
    ASSERT_EQ(Escape(text), ReferenceEscape(text)) << text;
  }
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
