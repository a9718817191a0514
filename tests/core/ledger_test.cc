#include "core/ledger.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

Response WithText(const std::string& id, const std::string& text) {
  Response r;
  r.id = id;
  r.answers.push_back({"q", text});
  return r;
}

TEST(LedgerTest, CountsEveryRecordAndBalances) {
  Ledger ledger;
  std::vector<std::string> seen;
  SourceSink& sink = ledger.Open("s.csv", "survey", "csv",
                                 [&](Response r) {
                                   seen.push_back(r.id);
                                   return r.id != "3";
                                 });
  sink.Row(WithText("1", "respite"));
  sink.Row(WithText("2", "  \n "));
  sink.Row(WithText("3", "respite"));  // a repeat the consumer does not count
  sink.Rejected({"s.csv", 5, 0}, "row has 3 fields; the header has 4", "a,b,c");
  sink.Note("free-text columns detected: \"q\"");
  sink.Finished(4);
  ASSERT_EQ(ledger.sources().size(), 1u);
  const SourceTally& t = ledger.sources()[0];
  EXPECT_EQ(t.read, 4);
  EXPECT_EQ(t.accepted, 1);
  EXPECT_EQ(t.blank, 1);
  EXPECT_EQ(t.duplicate, 1);
  EXPECT_EQ(t.rejected, 1);
  EXPECT_TRUE(t.Balances());
  EXPECT_TRUE(ledger.Balances());
  EXPECT_EQ(seen, (std::vector<std::string>{"1", "2", "3"}));  // blank ones flow on too
  ASSERT_EQ(ledger.rejects().size(), 1u);
  EXPECT_EQ(ledger.rejects()[0].location.ToString(), "s.csv:5");
  EXPECT_EQ(ledger.TotalDuplicates(), 1);
  EXPECT_EQ(ledger.TotalRejected(), 1);
}

TEST(LedgerTest, RepeatsFoundAfterReadingAreMovedOver) {
  Ledger ledger;
  SourceSink& first = ledger.Open("a.csv", "survey", "csv", [](Response) { return true; });
  first.Row(WithText("1", "respite"));
  first.Row(WithText("2", "respite"));
  first.Finished(2);
  EXPECT_EQ(ledger.sources().size() - 1, 0u);  // the source being read is the last
  SourceSink& second = ledger.Open("b.csv", "survey", "csv", [](Response) { return true; });
  second.Row(WithText("3", "respite"));
  second.Row(WithText("4", " "));
  second.Finished(2);
  ledger.CountRepeats(0, 1, 0);
  ledger.CountRepeats(1, 0, 1);
  EXPECT_EQ(ledger.sources()[0].accepted, 1);
  EXPECT_EQ(ledger.sources()[0].duplicate, 1);
  EXPECT_EQ(ledger.sources()[1].accepted, 1);
  EXPECT_EQ(ledger.sources()[1].blank, 0);
  EXPECT_EQ(ledger.sources()[1].duplicate, 1);
  EXPECT_EQ(ledger.TotalDuplicates(), 2);
  EXPECT_TRUE(ledger.Balances());
}

TEST(LedgerTest, AReaderThatLosesARecordIsCaught) {
  Ledger ledger;
  SourceSink& sink = ledger.Open("s.csv", "survey", "csv", [](Response) { return true; });
  sink.Row(WithText("1", "x"));
  sink.Finished(2);  // said it read two, reported one
  EXPECT_FALSE(ledger.Balances());
}

TEST(ResponseTest, BlankMeansOnlyWhiteSpace) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \t\r\n"));
  EXPECT_TRUE(IsBlank("\xC2\xA0\xE2\x80\x8B"));  // no-break space, zero-width space
  EXPECT_FALSE(IsBlank("-"));
  EXPECT_FALSE(IsBlank("n/a"));
  EXPECT_FALSE(IsBlank("\xFF"));
}

TEST(ResponseTest, AttributesByKey) {
  Response r;
  r.attributes = {{"respondent_type", "Young carer"}, {"area", "Eastfold"}};
  EXPECT_EQ(r.Attribute("area"), "Eastfold");
  EXPECT_EQ(r.Attribute("missing"), "");
}

// Records past a row limit: one entry in the rejects, all of them in the
// count, and the account balances.
TEST(LedgerTest, ManyRecordsRejectedAtOnceAreAllCounted) {
  Ledger ledger;
  SourceSink& sink = ledger.Open("s.csv", "survey", "csv", [](Response) { return true; });
  sink.Row(WithText("1", "respite"));
  sink.RejectedRecords({"s.csv", 3, 0}, "over the limit", 41);
  sink.Finished(42);
  const SourceTally& t = ledger.sources()[0];
  EXPECT_EQ(t.rejected, 41);
  EXPECT_TRUE(t.Balances());
  ASSERT_EQ(ledger.rejects().size(), 1u);
  EXPECT_EQ(ledger.rejects()[0].location.ToString(), "s.csv:3");
  EXPECT_EQ(ledger.rejects()[0].reason, "over the limit");
  EXPECT_EQ(ledger.TotalRejected(), 41);
}

}  // namespace
}  // namespace heard
