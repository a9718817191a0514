#include "analyse/redactor.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

struct Case {
  const char* text;
  const char* redacted;
};

TEST(RedactorTest, ReplacesPersonalDataWithLabels) {
  const Case cases[] = {
      {"email me at jo.bloggs@example.org please", "email me at [email] please"},
      {"ring 07700 900123 after six", "ring [phone] after six"},
      {"call 01632 960318", "call [phone]"},
      {"or +44 7700 900417", "or [phone]"},
      {"NHS no 999 104 2271", "NHS no [NHS number]"},
      {"we live at BM3 4QT", "we live at [postcode]"},
      {"postcode bm5 8jd", "postcode [postcode]"},
      {"Mrs Patel at the surgery was lovely", "Mrs [name] at the surgery was lovely"},
      {"Dr. Okafor listened", "Dr. [name] listened"},
      {"my husband Derek has dementia", "my husband [name] has dementia"},
      {"My mum, Sheila, is 90", "My mum, [name], is 90"},
      {"DOB 12/03/1950", "DOB [date of birth]"},
      {"I need a break", "I need a break"},
      {"my husband has dementia", "my husband has dementia"},
      {"aged 35-44, 3 kids", "aged 35-44, 3 kids"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Redacted(c.text), c.redacted) << c.text;
  }
}

TEST(RedactorTest, SpansAreSortedAndDisjoint) {
  std::vector<Redaction> spans =
      FindPersonalData("Mrs Patel, 07700 900123, jo@example.org, BM3 4QT");
  ASSERT_EQ(spans.size(), 4u);
  for (size_t i = 1; i < spans.size(); ++i) EXPECT_LE(spans[i - 1].end, spans[i].begin);
}

// The cue patterns are tried where a proposal starts with the character
// before it as context (redactor.cc, PatternsAt): a letter outside ASCII,
// a byte that is not UTF-8 or a digit there must not change what is found
// after it, nor may a pattern that needs the text's start match later on.
TEST(RedactorTest, WhatComesBeforeAProposalIsItsContextOnly) {
  const char* texts[] = {"ring 07700 900123 after six",  "NHS no 999 104 2271",
                         "Mrs Patel at the surgery",     "my husband Derek has dementia",
                         "email jo.bloggs@example.org",  "we live at BM3 4QT",
                         "DOB 12/03/1950 and my mum, Sheila, is 90"};
  const char* befores[] = {"so ", "\xC3\xA9 ", "\xFF ", "\xE6\x97\xA5\xE6\x9C\xAC ", "\xE2\x80\x9C"};
  for (const char* text : texts) {
    const std::vector<Redaction> alone = FindPersonalData(text);
    ASSERT_FALSE(alone.empty()) << text;
    for (const char* before : befores) {
      const std::string joined = std::string(before) + text;
      const size_t shift = std::string_view(before).size();
      const std::vector<Redaction> spans = FindPersonalData(joined);
      ASSERT_EQ(spans.size(), alone.size()) << joined;
      for (size_t i = 0; i < spans.size(); ++i) {
        EXPECT_EQ(spans[i].begin, alone[i].begin + shift) << joined;
        EXPECT_EQ(spans[i].end, alone[i].end + shift) << joined;
        EXPECT_EQ(spans[i].label, alone[i].label) << joined;
      }
    }
  }
  // A digit just before: the phone and NHS patterns need a non-digit or the
  // text's start in front, and the start is no longer there.
  EXPECT_TRUE(FindPersonalData("5999 104 2271").empty());
  EXPECT_TRUE(FindPersonalData("x 907700 900123").empty());
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST(RedactorSignatureTest, NamesSigningOffAreRemoved) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Please fund the cafe.\nKind regards,\nJean Hill", "Please fund the cafe.\nKind regards,\n[name]"},
      {"More respite please. Thanks, Mo x", "More respite please. Thanks, [name] x"},
      {"It is a lifeline.\n- Sue", "It is a lifeline.\n- [name]"},
      {"Yours sincerely\nA. Okafor", "Yours sincerely\n[name]"},
      // Not a signature: the thanks are not at the end. (This case read
      // "Thanks to Linda at the centre": Linda is now redacted anywhere, as
      // a given name on the list, so it no longer tested the signature.)
      {"Thanks to the carers centre I got help", "Thanks to the carers centre I got help"},
      {"Thanks to Linda at the centre I got help", "Thanks to [name] at the centre I got help"},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(Redacted(text), expected) << text;
}

TEST(RedactorNamesTest, NamesTheManifestListsAreRemovedWholeWordInAnyCase) {
  const std::vector<std::string> names = {"Julie", "Oakfield"};
  EXPECT_EQ(Redacted("julie at the surgery and JULIE's team at Oakfield House", names),
            "[name] at the surgery and [name]'s team at [name] House");
  EXPECT_EQ(Redacted("Julienne is not Julie's name", names), "Julienne is not [name]'s name");
  EXPECT_EQ(Redacted("no names here", names), "no names here");
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

// Young carers name their families as they write; quotes must not.
TEST(RedactorYoungCarersTest, NamesInsideYoungCarersQuotesAreRemoved) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"i help my little brother Josh with his tea", "i help my little brother [name] with his tea"},
      {"me and my sister Amy do the washing", "me and my sister [name] do the washing"},
      {"my mum Karen has MS so i do the shopping", "my mum [name] has MS so i do the shopping"},
      {"Miss Khan lets me keep my phone on", "Miss [name] lets me keep my phone on"},
      {"text me on 07700 900 321 pls", "text me on [phone] pls"},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(Redacted(text), expected) << text;
}

// FindGivenNames finds word boundaries 16 bytes at a time and keeps a bit per
// byte (4 KB of text on the stack, longer on the heap): a name must be found
// wherever it falls against those blocks, in short and long texts alike.
TEST(RedactorNamesTest, GivenNamesAreFoundAtEveryOffset) {
  for (size_t pad : {0, 1, 7, 8, 14, 15, 16, 17, 30, 31, 32, 33, 63, 64, 65, 4090, 4100, 9000}) {
    const std::string before(pad, '.');
    EXPECT_EQ(Redacted(before + "callum\xE2\x80\x99s bag, ask priya"),
              before + "[name]\xE2\x80\x99s bag, ask [name]")
        << pad;
    EXPECT_EQ(Redacted(before + "Zo\xC3\xAB and CALLUM"), before + "Zo\xC3\xAB and [name]") << pad;
    EXPECT_EQ(Redacted(before + "callumx callu " + "\xE2\x80\x98priya\xE2\x80\x99"),
              before + "callumx callu \xE2\x80\x98[name]\xE2\x80\x99")
        << pad;
  }
}

}  // namespace
}  // namespace heard
