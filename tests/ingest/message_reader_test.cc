#include "ingest/message_reader.h"

#include <gtest/gtest.h>

#include <map>

#include "ingest/fake_sink.h"

namespace heard {
namespace {

const std::string kData = std::string(HEARD_TESTDATA) + "/ingest/";

SourceSpec Spec(const std::string& path, const std::string& format) {
  SourceSpec spec;
  spec.file = path;
  spec.path = kData + path;
  spec.format = format;
  spec.channel = format;
  spec.question = "discussion";
  spec.fixed = {{"respondent_type", "Adult carer"}};
  return spec;
}

TEST(MessageReaderTest, AFolderOfEmailsIsOneResponsePerMessage) {
  FakeSink sink;
  ReadMessages(Spec("email", "email"), &sink);
  EXPECT_EQ(sink.records_read, static_cast<int64_t>(sink.rows.size() + sink.rejected.size()));
  EXPECT_GE(sink.rows.size(), 10u);
  for (const Response& r : sink.rows) {
    EXPECT_EQ(r.channel, "email");
    EXPECT_EQ(r.Attribute("respondent_type"), "Adult carer");
    ASSERT_EQ(r.answers.size(), 1u);
    EXPECT_EQ(r.answers[0].question, "discussion");
    EXPECT_EQ(r.id.substr(r.id.size() - 4), ".eml");
  }
  // The garbage file is rejected with its reason, and the run went on.
  ASSERT_FALSE(sink.rejected.empty());
  EXPECT_EQ(sink.rejected[0].where.ToString(), kData + "email/garbage.eml");
  EXPECT_NE(sink.rejected[0].reason.find("not an e-mail message"), std::string::npos)
      << sink.rejected[0].reason;
  bool attachment_noted = false, signatures_noted = false;
  for (const std::string& note : sink.notes) {
    attachment_noted |= note.find("attachment listed, not read") != std::string::npos;
    signatures_noted |= note.find("signature or sign-off removed from") == 0;
  }
  EXPECT_TRUE(attachment_noted);
  EXPECT_TRUE(signatures_noted);
}

TEST(MessageReaderTest, LettersAreCleanedOfTheirSignOff) {
  FakeSink sink;
  ReadMessages(Spec("letters", "letter"), &sink);
  ASSERT_EQ(sink.rows.size(), 2u);
  EXPECT_EQ(sink.records_read, 2);
  for (const Response& r : sink.rows) {
    EXPECT_EQ(r.answers[0].text.find("Yours faithfully"), std::string::npos) << r.answers[0].text;
    EXPECT_EQ(r.answers[0].text.find("Yours sincerely"), std::string::npos) << r.answers[0].text;
  }
}

TEST(MessageReaderTest, AMissingFileIsARejectNotACrash) {
  FakeSink sink;
  ReadMessages(Spec("email/no-such.eml", "email"), &sink);
  EXPECT_TRUE(sink.rows.empty());
  ASSERT_EQ(sink.rejected.size(), 1u);
  EXPECT_NE(sink.rejected[0].reason.find("cannot read file"), std::string::npos);
  EXPECT_EQ(sink.records_read, 1);
}

// A folder with more messages than max_rows: the first are read, the rest
// are one reject that counts them all, and the account balances.
TEST(MessageReaderTest, MessagesPastTheRowLimitAreOneRejectCountingThem) {
  SourceSpec all = Spec("letters", "letter");
  FakeSink everything;
  ReadMessages(all, &everything);
  ASSERT_GE(everything.records_read, 2);
  SourceSpec capped = all;
  capped.limits.max_rows = 1;
  FakeSink sink;
  ReadMessages(capped, &sink);
  sink.ExpectBalanced();
  EXPECT_EQ(sink.records_read, everything.records_read);
  const int64_t past = everything.records_read - 1;
  ASSERT_FALSE(sink.rejected.empty());
  // What was read: rows, and single rejects before the one for the rest.
  const int64_t read = static_cast<int64_t>(sink.rows.size() + sink.rejected.size() - 1);
  EXPECT_EQ(read, 1);
  const FakeSink::Rejection& rest = sink.rejected.back();
  EXPECT_EQ(rest.count, past);
  EXPECT_NE(rest.reason.find("messages after it (in name order) were not read: the source is "
                             "over the limit of 1 messages (max_rows)"),
            std::string::npos)
      << rest.reason;
}

}  // namespace
}  // namespace heard
