#include "core/limits.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(LimitsTest, DefaultsAreTheDocumentedOnes) {
  const Limits limits;
  EXPECT_EQ(limits.max_field_bytes, 16 << 20);
  EXPECT_EQ(limits.max_rows, 5'000'000);
  EXPECT_EQ(limits.max_zip_entry_bytes, int64_t{1} << 30);
  EXPECT_EQ(limits.max_zip_ratio, 300);
  EXPECT_EQ(limits.max_xml_depth, 256);
  EXPECT_EQ(limits.max_xml_amplification, 100);
  EXPECT_EQ(limits.max_mime_depth, 32);
}

TEST(LimitsTest, SetsEachLimitByName) {
  struct Case {
    const char* name;
    const char* value;
    int64_t field_bytes, rows, zip_bytes;
    double zip_ratio;
    int xml_depth;
    double amplification;
    int mime_depth;
  };
  const Limits d;
  const Case cases[] = {
      {"max_field_bytes", "2 MiB", 2 << 20, d.max_rows, d.max_zip_entry_bytes, d.max_zip_ratio,
       d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_field_bytes", "512KiB", 512 << 10, d.max_rows, d.max_zip_entry_bytes,
       d.max_zip_ratio, d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_field_bytes", "100", 100, d.max_rows, d.max_zip_entry_bytes, d.max_zip_ratio,
       d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_rows", "20000", d.max_field_bytes, 20000, d.max_zip_entry_bytes, d.max_zip_ratio,
       d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_zip_entry_bytes", "2 GiB", d.max_field_bytes, d.max_rows, int64_t{2} << 30,
       d.max_zip_ratio, d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_zip_ratio", "1000.5", d.max_field_bytes, d.max_rows, d.max_zip_entry_bytes, 1000.5,
       d.max_xml_depth, d.max_xml_amplification, d.max_mime_depth},
      {"max_xml_depth", "40", d.max_field_bytes, d.max_rows, d.max_zip_entry_bytes,
       d.max_zip_ratio, 40, d.max_xml_amplification, d.max_mime_depth},
      {"max_xml_amplification", "10", d.max_field_bytes, d.max_rows, d.max_zip_entry_bytes,
       d.max_zip_ratio, d.max_xml_depth, 10, d.max_mime_depth},
      {"max_mime_depth", "8", d.max_field_bytes, d.max_rows, d.max_zip_entry_bytes,
       d.max_zip_ratio, d.max_xml_depth, d.max_xml_amplification, 8},
  };
  for (const Case& c : cases) {
    Limits limits;
    EXPECT_EQ(SetLimit(c.name, c.value, &limits), "") << c.name << "=" << c.value;
    EXPECT_EQ(limits.max_field_bytes, c.field_bytes) << c.name;
    EXPECT_EQ(limits.max_rows, c.rows) << c.name;
    EXPECT_EQ(limits.max_zip_entry_bytes, c.zip_bytes) << c.name;
    EXPECT_EQ(limits.max_zip_ratio, c.zip_ratio) << c.name;
    EXPECT_EQ(limits.max_xml_depth, c.xml_depth) << c.name;
    EXPECT_EQ(limits.max_xml_amplification, c.amplification) << c.name;
    EXPECT_EQ(limits.max_mime_depth, c.mime_depth) << c.name;
  }
}

TEST(LimitsTest, BadNamesAndValuesSayWhy) {
  struct Case {
    const char* name;
    const char* value;
    const char* problem;
  };
  const Case cases[] = {
      {"max_row", "10",
       "unknown limit 'max_row' (expected one of: max_field_bytes, max_rows, "
       "max_zip_entry_bytes, max_zip_ratio, max_xml_depth, max_xml_amplification, "
       "max_mime_depth)"},
      {"max_rows", "lots", "max_rows must be a whole number from 1 to 9223372036854775807, "
                           "not 'lots'"},
      {"max_rows", "0", "max_rows must be a whole number from 1 to 9223372036854775807, not '0'"},
      {"max_rows", "-5", "max_rows must be a whole number from 1 to 9223372036854775807, not '-5'"},
      {"max_rows", "2 MiB", "max_rows must be a whole number from 1 to 9223372036854775807, "
                            "not '2 MiB'"},
      {"max_field_bytes", "3 TiB",
       "max_field_bytes must be a whole number from 1 to 9223372036854775807 (a size may end "
       "in KiB, MiB or GiB), not '3 TiB'"},
      {"max_field_bytes", "99999999999 GiB",
       "max_field_bytes must be a whole number from 1 to 8589934591 (a size may end in KiB, "
       "MiB or GiB), not '99999999999 GiB'"},
      {"max_xml_depth", "2000000", "max_xml_depth must be a whole number from 1 to 1000000, "
                                   "not '2000000'"},
      {"max_zip_ratio", "0.5", "max_zip_ratio must be a number of 1 or more, not '0.5'"},
      {"max_zip_ratio", "inf", "max_zip_ratio must be a number of 1 or more, not 'inf'"},
      {"max_zip_ratio", "", "max_zip_ratio must be a number of 1 or more, not ''"},
  };
  for (const Case& c : cases) {
    Limits limits;
    EXPECT_EQ(SetLimit(c.name, c.value, &limits), c.problem) << c.name << "=" << c.value;
  }
}

TEST(LimitsTest, SizeText) {
  EXPECT_EQ(SizeText(1 << 20), "1 MiB");
  EXPECT_EQ(SizeText(3 << 10), "3 KiB");
  EXPECT_EQ(SizeText(int64_t{5} << 30), "5 GiB");
  EXPECT_EQ(SizeText((1 << 20) + 1), "1048577 bytes");
  EXPECT_EQ(SizeText(1), "1 byte");
}

}  // namespace
}  // namespace heard
