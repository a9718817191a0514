#include "ingest/manifest_writer.h"

#include <gtest/gtest.h>

namespace heard {
namespace {

TEST(ManifestWriterTest, WrittenManifestParsesBackToTheSame) {
  Manifest manifest;
  manifest.name = "cafe";
  manifest.questions = {{"What could be better?", "What could be better?"}, {"discussion", "discussion"}};
  SourceSpec table;
  table.path = "/data/cafe/responses.csv";
  table.format = "csv";
  table.channel = "survey";
  table.id_column = "Response ID";
  table.questions = {{"What could be better?", "What could be better?"}};
  table.attributes = {{"Age: band", "Age: band"}};
  SourceSpec notes;
  notes.path = "/data/cafe/notes/table 1.md";
  notes.format = "notes";
  notes.channel = "workshop";
  notes.question = "discussion";
  manifest.sources = {table, notes};

  const std::string yaml = ManifestYaml(manifest, "/data/cafe");
  StatusOr<Manifest> back = ParseManifest(yaml, "/data/cafe/consultation.yaml");
  ASSERT_TRUE(back.ok()) << back.status().message() << "\n" << yaml;
  ASSERT_EQ(back->sources.size(), 2u);
  EXPECT_EQ(back->sources[0].file, "responses.csv");
  EXPECT_EQ(back->sources[0].id_column, "Response ID");
  EXPECT_EQ(back->sources[0].questions, table.questions);
  EXPECT_EQ(back->sources[0].attributes, table.attributes);
  EXPECT_EQ(back->sources[1].file, "notes/table 1.md");
  EXPECT_EQ(back->sources[1].question, "discussion");
  EXPECT_EQ(back->questions.size(), 2u);
}

}  // namespace
}  // namespace heard
