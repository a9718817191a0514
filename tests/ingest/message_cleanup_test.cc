#include "ingest/message_cleanup.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace heard {
namespace {

struct Case {
  const char* name;
  std::string text;
  std::string cleaned;
  bool signature_removed;
  bool quote_removed;
};

void Check(const Case& c) {
  const Cleaned cleaned = CleanMessage(c.text);
  EXPECT_EQ(cleaned.text, c.cleaned) << c.name;
  EXPECT_EQ(cleaned.signature_removed, c.signature_removed) << c.name;
  EXPECT_EQ(cleaned.quote_removed, c.quote_removed) << c.name;
}

TEST(MessageCleanupTest, KeepsPlainTextAndTrimsTrailingBlankLines) {
  const Case cases[] = {
      {"empty", "", "", false, false},
      {"plain", "Hello\nworld\n\n\n", "Hello\nworld", false, false},
      {"leading blank kept", "\nHello\n", "\nHello", false, false},
      {"crlf", "Breaks matter.\r\nSo do grants.\r\n", "Breaks matter.\nSo do grants.", false,
       false},
      {"thank you sentence", "I need a break.\n\nThank you for listening.",
       "I need a break.\n\nThank you for listening.", false, false},
      {"valediction mid-sentence", "Kind regards to the staff at the centre, they were great.",
       "Kind regards to the staff at the centre, they were great.", false, false},
      {"greater than a number", ">50 hours a week is normal for me.",
       ">50 hours a week is normal for me.", false, false},
      {"from without sent", "From: my point of view, breaks matter most.\nSo do grants.",
       "From: my point of view, breaks matter most.\nSo do grants.", false, false},
      {"on without date", "On Tuesday my son wrote:\nI miss you, Mum.",
       "On Tuesday my son wrote:\nI miss you, Mum.", false, false},
      {"on with day only", "On 3 November, my son wrote:\nI miss you.",
       "On 3 November, my son wrote:\nI miss you.", false, false},
      {"device line not at end", "Sent from my iPhone is how I send most things.\nMore text.",
       "Sent from my iPhone is how I send most things.\nMore text.", false, false},
  };
  for (const Case& c : cases) Check(c);
}

TEST(MessageCleanupTest, RemovesSignatures) {
  const Case cases[] = {
      {"delimiter", "I need breaks.\n-- \nJane Smith\nCarer", "I need breaks.", true, false},
      {"bare delimiter, short tail", "I need breaks.\n\n--\nJane\n07700 900123", "I need breaks.",
       true, false},
      {"bare delimiter, long tail", "Part one.\n--\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11",
       "Part one.\n--\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11", false, false},
      {"iphone", "Please help.\n\nSent from my iPhone\n", "Please help.", true, false},
      {"samsung and outlook",
       "Please help.\n\nSent from my Samsung Galaxy smartphone.\n"
       "Get Outlook for Android",
       "Please help.", true, false},
      {"kind regards", "Text.\n\nKind regards,\nJane\nCarers' rep\n07700 900123", "Text.", true,
       false},
      {"thanks on its own", "Text.\nThanks", "Text.", true, false},
      {"yours faithfully",
       "Text.\n\nYours faithfully,\n\nA Bellamy\n14 Orchard Close\nLittle "
       "Haddon\nNS7 2QP",
       "Text.", true, false},
      {"name on the valediction line", "Text.\n\nThanks, Jane", "Text.", true, false},
      {"two closings", "Text.\n\nThank you\n\nBest wishes,\nSam", "Text.", true, false},
      {"too many lines after", "Text.\nRegards,\na\nb\nc\nd\ne\nf\ng",
       "Text.\nRegards,\na\nb\nc\nd\ne\nf\ng", false, false},
      {"long line after",
       "Thanks,\nand one more thing: the carers centre should open at weekends for working carers.",
       "Thanks,\nand one more thing: the carers centre should open at weekends for working carers.",
       false, false},
      {"not a name after the comma", "Text.\nThanks, that's all from me",
       "Text.\nThanks, that's all from me", false, false},
  };
  for (const Case& c : cases) Check(c);
}

TEST(MessageCleanupTest, RemovesQuotedReplies) {
  const Case cases[] = {
      {"gmail attribution",
       "Yes please.\n\nOn Mon, 2 Nov 2026 at 10:12, Team <t@example.org> "
       "wrote:\n> Would you like a carers card?\n",
       "Yes please.", false, true},
      {"wrapped attribution",
       "Yes.\n\nOn Mon, 2 Nov 2026 at 10:12, Carers Team <\n"
       "carers@example.org> wrote:\n\n> Question\n",
       "Yes.", false, true},
      {"apple attribution, no prefix", "Yes.\n\nOn 2 Nov 2026, at 10:12, Team wrote:\n\nQuestion",
       "Yes.", false, true},
      {"original message", "Answer\n\n-----Original Message-----\nFrom: Team\nSent: today\n\nQ",
       "Answer", false, true},
      {"outlook header block",
       "Answer\n\n________________________________\nFrom: Team <t@example.org>\nSent: 02 "
       "November 2026 14:00\nTo: me\nSubject: Q\n\nQuestion",
       "Answer", false, true},
      {"inline reply", "On 02/11/2026 14:00, Team wrote:\n> Q1?\n\nA1\n\n> Q2?\n\nA2", "A1\n\nA2",
       false, true},
      {"quoted lines only", "Intro\n> quoted\nReply", "Intro\nReply", false, true},
      {"quote and signature",
       "Answer\n\nRegards,\nSam\n\nOn Mon, 2 Nov 2026 at 10:12, T "
       "wrote:\n> q",
       "Answer", true, true},
      {"quote holding a signature", "Answer\n-----Original Message-----\nQ\n-- \nTeam", "Answer",
       false, true},
  };
  for (const Case& c : cases) Check(c);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(MessageCleanupTest, LettersLoseTheirClosingAndAddress) {
  for (const char* name : {"letter_respite.txt", "letter_young_carer.txt"}) {
    const std::string letter = ReadFile(std::string(HEARD_TESTDATA) + "/ingest/letters/" + name);
    ASSERT_FALSE(letter.empty()) << name;
    const size_t closing = letter.find("\n\nYours ");
    ASSERT_NE(closing, std::string::npos) << name;
    const Cleaned cleaned = CleanMessage(letter);
    EXPECT_EQ(cleaned.text, letter.substr(0, closing)) << name;
    EXPECT_TRUE(cleaned.signature_removed) << name;
    EXPECT_FALSE(cleaned.quote_removed) << name;
  }
}

}  // namespace
}  // namespace heard
