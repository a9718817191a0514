#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyse/duplicates.h"
#include "analyse/quote_selector.h"
#include "analyse/summary.h"
#include "core/codebook.h"
#include "core/ledger.h"
#include "ingest/manifest.h"
#include "report/pages.h"
#include "report/report_context.h"

namespace heard {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// A national consultation's campaigns: the page names the first groups and
// the first copies of each, and says where the rest are, so it stays small.
TEST(MethodPageTest, ListsOnlyTheFirstCopiesOfHugeCampaigns) {
  Manifest manifest;
  manifest.name = "national";
  Codebook book;
  book.name = "carers";
  const Summary summary = SummaryBuilder(book).Finish();
  QuoteSelector quotes(book);
  Ledger ledger;
  std::vector<CopyGroup> groups(600);
  for (size_t g = 0; g < groups.size(); ++g) {
    CopyGroup& group = groups[g];
    group.kind = CopyGroup::Kind::kCampaign;
    group.first = "G" + std::to_string(g);
    group.first_ordinal = static_cast<int64_t>(g);
    const int copies = g == 0 ? 100000 : 3;
    for (int c = 0; c < copies; ++c) {
      group.copies.push_back("C" + std::to_string(g) + "-" + std::to_string(c));
      group.copy_ordinals.push_back(1000 + c);
    }
    group.excerpt = "Please fund the carers centre properly";
  }
  const ReportContext cx{manifest, book, summary, quotes, ledger, groups, "2026-10-01", "0.1.0"};
  const std::string page = MethodPage(cx);
  EXPECT_LT(page.size(), size_t{2} << 20);
  EXPECT_NE(page.find("C0-24<"), std::string::npos);
  EXPECT_EQ(page.find("C0-25<"), std::string::npos);
  EXPECT_NE(page.find("and 99975 more (responses.csv, column copy_of)"), std::string::npos);
  EXPECT_NE(page.find("G499<"), std::string::npos);
  EXPECT_EQ(page.find("G500<"), std::string::npos);
  EXPECT_NE(page.find("The first 500 of 600 groups are listed"), std::string::npos);
  EXPECT_EQ(Count(page, "Campaign text"), 500u);
}

}  // namespace
}  // namespace heard
