#include "ingest/recode.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(RecodeTest, MapsOneAttributeOntoAnother) {
  const std::vector<Recode> recodes = {
      {"respondent_type", "age_band", {{"16-17", "Young carer"}, {"Under 18", "Young carer"}}, {}},
      {"area", "area", {{"Marsh end", "Marsh End"}}, {}},
  };
  struct Case {
    std::vector<std::pair<std::string, std::string>> attributes;
    std::string type;
    std::string area;
  };
  const Case cases[] = {
      {{{"age_band", "under 18 "}, {"respondent_type", "Adult carer"}}, "Young carer", ""},
      {{{"age_band", "16-17"}}, "Young carer", ""},
      {{{"age_band", "35-44"}, {"respondent_type", "Adult carer"}}, "Adult carer", ""},
      {{{"area", "MARSH END"}}, "", "Marsh End"},
      {{}, "", ""},
  };
  for (const Case& c : cases) {
    Response r;
    r.attributes = c.attributes;
    ApplyRecodes(recodes, &r);
    EXPECT_EQ(r.Attribute("respondent_type"), c.type);
    EXPECT_EQ(r.Attribute("area"), c.area);
  }
}

}  // namespace
}  // namespace heard
