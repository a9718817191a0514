#include "lexicon/codebook_writer.h"

#include <gtest/gtest.h>

#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

const std::string kTestdata = HEARD_TESTDATA;

// Everything a round trip must keep, one line per field, so a failure
// shows the first difference.
std::vector<std::string> Fields(const Codebook& book) {
  std::vector<std::string> out = {"name=" + book.name, "version=" + book.version,
                                  "description=" + book.description};
  auto terms = [&out](const char* what, const std::vector<Term>& list) {
    for (const Term& term : list) {
      out.push_back(std::string(what) + "[" + std::to_string(static_cast<int>(term.kind)) +
                    "]=" + term.text);
    }
  };
  for (const Theme& theme : book.themes) {
    out.push_back("theme=" + theme.id + " label=" + theme.label + " parent=" + theme.parent +
                  " description=" + theme.description);
    terms("term", theme.terms);
    terms("exclude", theme.excludes);
  }
  return out;
}

void ExpectRoundTrip(const Codebook& book) {
  const std::string yaml = CodebookYaml(book);
  StatusOr<Codebook> again = ParseCodebook(yaml, "written.yaml");
  ASSERT_TRUE(again.ok()) << again.status().message() << "\n" << yaml;
  EXPECT_EQ(Fields(*again), Fields(book));
  // Writing is a fixed point: the reloaded book writes the same text.
  EXPECT_EQ(CodebookYaml(*again), yaml);
}

TEST(CodebookWriterTest, ShippedCodebookRoundTrips) {
  StatusOr<Codebook> book = LoadCodebook(kTestdata + "/../../lexicons/carers");
  ASSERT_TRUE(book.ok()) << book.status().message();
  ExpectRoundTrip(*book);
}

TEST(CodebookWriterTest, ImportedDictionariesRoundTrip) {
  for (const char* name : {"carers.yml", "carers.dic"}) {
    StatusOr<Codebook> book = LoadCodebook(kTestdata + "/lexicon/import/" + name);
    ASSERT_TRUE(book.ok()) << book.status().message();
    ExpectRoundTrip(*book);
  }
}

TEST(CodebookWriterTest, AwkwardTextSurvives) {
  StatusOr<Codebook> book = ParseCodebook(R"(name: "odd: name #1"
version: "2"
description: "line one\nline two, with 'quotes' and \"doubles\""
themes:
  - id: a
    label: "yes"
    terms: ["*sitting", "111", "no", "null", "~", "a&e", "carer's card",
            "[x", "{y", "- z", "? q", "%p", "@at", " é café ",
            {re: "(?:day|night) off"}, {re: "\"quoted\" \\d+ [-]"}]
    exclude: ["x #y", "a: b"]
  - id: b
    parent: a
)",
                                          "in.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  ExpectRoundTrip(*book);
}

TEST(CodebookWriterTest, WritesReadableYaml) {
  StatusOr<Codebook> book = ParseCodebook(R"(name: mini
version: "2026.11-1"
themes:
  - id: breaks
    label: Breaks and respite
    terms: [respite, short break, "*sitting", "111", {re: "(?:day|night) off"}]
    exclude: [lunch break]
  - id: breaks_children
    label: breaks_children
    parent: breaks
    terms: [playscheme*]
)",
                                          "in.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(CodebookYaml(*book), R"(name: mini
version: "2026.11-1"
themes:
  - id: breaks
    label: Breaks and respite
    terms:
      - respite
      - short break
      - "*sitting"
      - "111"
      - re: (?:day|night) off
    exclude:
      - lunch break
  - id: breaks_children
    parent: breaks
    terms:
      - playscheme*
)");
}

}  // namespace
}  // namespace heard
