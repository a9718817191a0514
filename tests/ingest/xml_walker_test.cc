// Hostile XML parts, built here: deep nesting, entity declarations (the
// "billion laughs"), and the well-formed part that must still read.
#include "ingest/xml_walker.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

std::string Nested(int depth) {
  std::string xml;
  for (int i = 0; i < depth; ++i) xml += "<a>";
  xml += "x";
  for (int i = 0; i < depth; ++i) xml += "</a>";
  return xml;
}

Status Walk(const std::string& xml, const Limits& limits = Limits()) {
  return WalkXml(xml, "word/document.xml", "notes.docx", XmlHandlers(), limits);
}

TEST(XmlWalkerTest, AWellFormedPartCallsBackInOrder) {
  std::string seen;
  XmlHandlers h;
  h.start = [&](std::string_view name, const auto& attrs) {
    seen += "<" + std::string(name) + (attrs.count("val") ? "=" + attrs.at("val") : "") + ">";
  };
  h.end = [&](std::string_view name) { seen += "</" + std::string(name) + ">"; };
  h.text = [&](std::string_view text) { seen += std::string(text); };
  Status status = WalkXml("<w:p><w:t w:val=\"1\">hi</w:t></w:p>", "p.xml", "f.docx", h);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(seen, "<p><t=1>hi</t></p>");
}

TEST(XmlWalkerTest, NestingPastTheCapIsAnErrorAtTheTag) {
  Limits limits;
  limits.max_xml_depth = 3;
  EXPECT_TRUE(Walk(Nested(3), limits).ok());
  Status status = Walk("<a>\n <a>\n  <a>\n   <a>deep</a></a></a></a>", limits);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "notes.docx: error: word/document.xml:4:4: elements nest more than 3 deep "
            "(max_xml_depth)");
}

TEST(XmlWalkerTest, AHundredThousandLevelsStopAtTheDefaultCap) {
  Status status = Walk(Nested(100000));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "notes.docx: error: word/document.xml:1:769: elements nest more than 256 deep "
            "(max_xml_depth)");
}

// Ten levels of ten references each would expand to 10^10 "lol"s.
TEST(XmlWalkerTest, BillionLaughsIsRefusedAtItsFirstDeclaration) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    xml += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&lol" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<lolz>&lol9;</lolz>\n";
  Status status = Walk(xml);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "notes.docx: error: word/document.xml:3:16: entity declarations are not allowed");
}

TEST(XmlWalkerTest, AnExternalEntityIsNeverFetched) {
  Status status = Walk(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"/etc/passwd\">]>\n<d>&x;</d>");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            "notes.docx: error: word/document.xml:2:45: entity declarations are not allowed");
}

}  // namespace
}  // namespace heard
