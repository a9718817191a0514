#include "report/marked_text.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(MarkedTextTest, HighlightsAndEscapes) {
  EXPECT_EQ(MarkedHtml("need <respite> now", {{6, 13, "Breaks"}}, {}),
            "need &lt;<mark title=\"Breaks\">respite</mark>&gt; now");
}

TEST(MarkedTextTest, RedactionWinsOverHighlight) {
  // "Mrs Patel" highlighted as a hit, but the name is personal data.
  const std::string text = "ask Mrs Patel at the GP";
  std::vector<Redaction> redactions = FindPersonalData(text);
  ASSERT_EQ(redactions.size(), 1u);
  EXPECT_EQ(MarkedHtml(text, {{4, 13, ""}, {21, 23, ""}}, redactions),
            "ask <mark>Mrs </mark><span class=\"redacted\">[name]</span> at the "
            "<mark>GP</mark>");
}

TEST(MarkedTextTest, PlainTextIsOnlyEscaped) {
  EXPECT_EQ(MarkedHtml("a & b", {}, {}), "a &amp; b");
  EXPECT_EQ(MarkedHtml("", {}, {}), "");
}

}  // namespace
}  // namespace heard
