#include "ingest/manifest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/yaml_bomb.h"

namespace heard {
namespace {

const char kFullManifest[] = R"(name: carers-strategy-2025
title: Refreshing the Carers Strategy
organisation: Eastfold Borough Council
window:
  opens: 2025-01-06
  closes: 2025-03-31
questions:
  - id: better
    text: What would make the biggest difference to you as a carer?
  - id: else
    text: Is there anything else you want to tell us?
  - id: discussion
sources:
  - file: returns/survey.csv
    channel: survey
    id_column: Response ID
    date_column: Submitted
    questions:
      better: What would make the biggest difference?
      else: Anything else?
    attributes:
      respondent_type: Which best describes you?
      area: Area
  - file: returns/dropin.md
    channel: workshop
    question: discussion
    fixed:
      area: Westbrook
      session: drop-in
  - file: returns/phone_log.txt
    channel: telephone
    format: tsv
)";

TEST(ManifestTest, ParsesAFullManifest) {
  StatusOr<Manifest> parsed = ParseManifest(kFullManifest, "consult/consultation.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const Manifest& m = *parsed;
  EXPECT_EQ(m.name, "carers-strategy-2025");
  EXPECT_EQ(m.title, "Refreshing the Carers Strategy");
  EXPECT_EQ(m.organisation, "Eastfold Borough Council");
  EXPECT_EQ(m.opens, "2025-01-06");
  EXPECT_EQ(m.closes, "2025-03-31");
  EXPECT_EQ(m.path, "consult/consultation.yaml");

  ASSERT_EQ(m.questions.size(), 3u);
  EXPECT_EQ(m.questions[0].id, "better");
  EXPECT_EQ(m.questions[1].text, "Is there anything else you want to tell us?");
  EXPECT_EQ(m.QuestionText("better"), "What would make the biggest difference to you as a carer?");
  EXPECT_EQ(m.QuestionText("discussion"), "discussion");  // no text: the id stands in
  EXPECT_EQ(m.QuestionText("unknown"), "unknown");

  ASSERT_EQ(m.sources.size(), 3u);
  const SourceSpec& survey = m.sources[0];
  EXPECT_EQ(survey.file, "returns/survey.csv");
  EXPECT_EQ(survey.path, "consult/returns/survey.csv");
  EXPECT_EQ(survey.format, "csv");
  EXPECT_EQ(survey.channel, "survey");
  EXPECT_EQ(survey.id_column, "Response ID");
  EXPECT_EQ(survey.date_column, "Submitted");
  EXPECT_EQ(survey.questions, (NamedValues{{"better", "What would make the biggest difference?"},
                                           {"else", "Anything else?"}}));
  EXPECT_EQ(survey.attributes,
            (NamedValues{{"respondent_type", "Which best describes you?"}, {"area", "Area"}}));
  EXPECT_FALSE(survey.guess);
  EXPECT_EQ(survey.location.ToString(), "consult/consultation.yaml:14:5");

  const SourceSpec& dropin = m.sources[1];
  EXPECT_EQ(dropin.format, "notes");
  EXPECT_EQ(dropin.question, "discussion");
  EXPECT_EQ(dropin.fixed, (NamedValues{{"area", "Westbrook"}, {"session", "drop-in"}}));

  EXPECT_EQ(m.sources[2].format, "tsv");  // format: overrides the extension

  EXPECT_EQ(m.AttributeKeys(),
            (std::vector<std::string>{"respondent_type", "area", "session", "group"}));
}

TEST(ManifestTest, NameDefaultsToTheFolder) {
  StatusOr<Manifest> parsed = ParseManifest("sources:\n  - file: s.csv\n    channel: survey\n",
                                            "carers2025/consultation.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->name, "carers2025");
  EXPECT_TRUE(parsed->questions.empty());
}

TEST(ManifestTest, EmptyWindowIsNoWindow) {
  StatusOr<Manifest> parsed =
      ParseManifest("window:\nsources:\n  - file: s.csv\n    channel: survey\n", "m.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->opens, "");
  EXPECT_EQ(parsed->closes, "");
}

TEST(ManifestTest, WithoutQuestionsAnyQuestionIdIsAccepted) {
  StatusOr<Manifest> parsed = ParseManifest(
      "sources:\n  - file: s.csv\n    channel: survey\n    questions:\n      q1: Comments\n",
      "m.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->sources[0].questions, (NamedValues{{"q1", "Comments"}}));
}

TEST(ManifestTest, MistakesNameFileLineAndColumn) {
  struct Case {
    const char* name;
    std::string yaml;
    std::string message;
  };
  const std::string source_keys =
      "(expected one of: attributes, channel, date_column, file, fixed, format, header_rows, "
      "id_column, question, questions, sheet)";
  const Case cases[] = {
      {"typo in a source key",
       "sources:\n"
       "  - file: survey.csv\n"
       "    chanel: survey\n",
       "m.yaml:3:5: error: unknown key 'chanel' in source " + source_keys},
      {"typo in a top-level key",
       "source:\n"
       "  - file: survey.csv\n",
       "m.yaml:1:1: error: unknown key 'source' in manifest (expected one of: campaigns, "
       "duplicates, limits, name, organisation, questions, recode, redact_names, sources, title, "
       "window)"},
      {"typo in window",
       "window:\n"
       "  open: 2025-01-06\n"
       "sources:\n"
       "  - file: survey.csv\n"
       "    channel: survey\n",
       "m.yaml:2:3: error: unknown key 'open' in window (expected one of: closes, opens)"},
      {"typo in a question",
       "questions:\n"
       "  - id: better\n"
       "    txt: What would help?\n"
       "sources:\n"
       "  - file: survey.csv\n"
       "    channel: survey\n",
       "m.yaml:3:5: error: unknown key 'txt' in question (expected one of: id, text)"},
      {"question without an id",
       "questions:\n"
       "  - text: What would help?\n"
       "sources:\n"
       "  - file: survey.csv\n"
       "    channel: survey\n",
       "m.yaml:2:5: error: question has no id"},
      {"source without a file",
       "sources:\n"
       "  - channel: survey\n"
       "    id_column: id\n",
       "m.yaml:2:5: error: source has no file"},
      {"source without a channel",
       "sources:\n"
       "  - file: survey.csv\n"
       "    id_column: id\n",
       "m.yaml:2:5: error: source 'survey.csv' has no channel"},
      {"unknown format",
       "sources:\n"
       "  - file: survey.ods\n"
       "    channel: survey\n"
       "    format: ods\n",
       "m.yaml:4:13: error: unknown format 'ods' (expected csv, tsv, xlsx, notes, docx, email "
       "or letter)"},
      {"unknown question id in a table source",
       "questions:\n"
       "  - id: better\n"
       "sources:\n"
       "  - file: survey.csv\n"
       "    channel: survey\n"
       "    questions:\n"
       "      beter: What would help?\n",
       "m.yaml:7:7: error: unknown question id 'beter'"},
      {"unknown question id in a notes source",
       "questions:\n"
       "  - id: better\n"
       "sources:\n"
       "  - file: notes.md\n"
       "    channel: workshop\n"
       "    question: discussion\n",
       "m.yaml:6:15: error: unknown question id 'discussion'"},
      {"fixed is not a map",
       "sources:\n"
       "  - file: notes.md\n"
       "    channel: workshop\n"
       "    fixed: Westbrook\n",
       "m.yaml:4:12: error: fixed must be a map"},
      {"attribute given a list",
       "sources:\n"
       "  - file: survey.csv\n"
       "    channel: survey\n"
       "    attributes:\n"
       "      area: [Area, Postcode]\n",
       "m.yaml:5:13: error: each entry of attributes must be a single value"},
      {"bad YAML syntax: indentation",
       "sources:\n"
       "  - file: survey.csv\n"
       "   channel: survey\n",
       "m.yaml:3:4: error: end of sequence not found"},
      {"bad YAML syntax: unclosed list", "sources: [survey.csv\n",
       "m.yaml:2:1: error: end of sequence flow not found"},
      {"unknown extension and no format",
       "sources:\n"
       "  - file: survey.ods\n"
       "    channel: survey\n",
       "m.yaml:2:5: error: cannot tell the format of 'survey.ods' from its name; add format: "
       "(csv, tsv, xlsx, notes, docx, email or letter)"},
      // Regression: a window that is not a map threw out of the parser.
      {"window is a date", "window: 2025-03-31\nsources:\n  - file: s.csv\n    channel: survey\n",
       "m.yaml:1:9: error: window must be a map with opens and closes"},
      {"window is a list",
       "window: [2025-01-06, 2025-03-31]\nsources:\n  - file: s.csv\n"
       "    channel: survey\n",
       "m.yaml:1:9: error: window must be a map with opens and closes"},
      {"questions is not a list",
       "questions: better\nsources:\n  - file: s.csv\n    channel: survey\n",
       "m.yaml:1:12: error: questions must be a list"},
      {"no sources", "name: carers\n", "m.yaml:1:1: error: a manifest needs a list of sources"},
      {"empty sources", "name: carers\nsources: []\n",
       "m.yaml:2:10: error: a manifest needs a list of sources"},
      {"source is not a map", "sources:\n  - survey.csv\n",
       "m.yaml:2:5: error: a source must be a map"},
      {"not a map at all", "- survey.csv\n", "m.yaml:1:1: error: a manifest must be a YAML map"},
      {"empty file", "", "m.yaml: error: a manifest must be a YAML map"},
      {"typo in a limit's name",
       "limits:\n  max_row: 100\nsources:\n  - file: s.csv\n    channel: survey\n",
       "m.yaml:2:3: error: unknown key 'max_row' in limits (expected one of: max_field_bytes, "
       "max_mime_depth, max_rows, max_xml_amplification, max_xml_depth, max_zip_entry_bytes, "
       "max_zip_ratio)"},
      {"a limit that is not a number",
       "limits:\n  max_rows: many\nsources:\n  - file: s.csv\n    channel: survey\n",
       "m.yaml:2:13: error: max_rows must be a whole number from 1 to 9223372036854775807, "
       "not 'many'"},
      {"limits not a map", "limits: 5\nsources:\n  - file: s.csv\n    channel: survey\n",
       "m.yaml:1:9: error: limits must be a map of limit names to numbers"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    StatusOr<Manifest> parsed = ParseManifest(c.yaml, "m.yaml");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.status().code(), Status::Code::kInputError);
    EXPECT_EQ(parsed.status().message(), c.message);
  }
}

TEST(ManifestTest, LimitsBlockSetsEverySourcesLimits) {
  StatusOr<Manifest> parsed = ParseManifest(
      "limits:\n  max_field_bytes: 2 MiB\n  max_rows: 1000\n  max_zip_ratio: 50\n"
      "sources:\n  - file: a.csv\n    channel: survey\n  - file: b.docx\n"
      "    channel: workshop\n",
      "m.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->limits.max_rows, 1000);
  for (const SourceSpec& spec : parsed->sources) {
    EXPECT_EQ(spec.limits.max_field_bytes, 2 << 20) << spec.file;
    EXPECT_EQ(spec.limits.max_rows, 1000) << spec.file;
    EXPECT_EQ(spec.limits.max_zip_ratio, 50) << spec.file;
    EXPECT_EQ(spec.limits.max_xml_depth, Limits().max_xml_depth) << spec.file;
  }
}

TEST(ManifestTest, AManifestAliasBombIsRefused) {
  std::string yaml = AliasBomb(9);
  yaml += "sources:\n  - file: s.csv\n    channel: survey\n";
  StatusOr<Manifest> parsed = ParseManifest(yaml, "consult/consultation.yaml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message().rfind("consult/consultation.yaml:", 0), 0u)
      << parsed.status().message();
  EXPECT_NE(parsed.status().message().find("an alias bomb"), std::string::npos);
}

TEST(ManifestTest, LoadsAFileAndNamesItInErrors) {
  const std::string file = std::string(HEARD_TESTDATA) + "/ingest/bad_manifest.yaml";
  StatusOr<Manifest> loaded = LoadManifest(file);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().message(),
            file +
                ":9:5: error: unknown key 'chanel' in source "
                "(expected one of: attributes, channel, date_column, file, fixed, format, "
                "header_rows, id_column, question, questions, sheet)");
}

TEST(ManifestTest, MissingFileIsAnInputError) {
  StatusOr<Manifest> loaded = LoadManifest("/nonexistent/consultation.yaml");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kInputError);
  EXPECT_EQ(loaded.status().message(),
            "/nonexistent/consultation.yaml: error: cannot read file (No such file or directory)");
}

TEST(ManifestTest, FormatFromExtension) {
  const std::pair<const char*, const char*> cases[] = {
      {"survey.csv", "csv"},
      {"SURVEY.CSV", "csv"},
      {"export.tsv", "tsv"},
      {"export.tab", "tsv"},
      {"notes.txt", "notes"},
      {"notes.md", "notes"},
      {"notes.markdown", "notes"},
      {"dir.v2/notes.MD", "notes"},
      {"returns.xlsx", "xlsx"},
      {"minutes.docx", "docx"},
      {"letter.eml", "email"},
      {"survey.ods", ""},
      {"survey.csv.bak", ""},
      {"README", ""},
      {".csv", ""},
      {"", ""},
  };
  for (const auto& [file, format] : cases) {
    EXPECT_EQ(FormatFromExtension(file), format) << file;
  }
}

}  // namespace
}  // namespace heard

namespace heard {
namespace {

TEST(ManifestRedactNamesTest, IsAListOfNames) {
  StatusOr<Manifest> parsed = ParseManifest(
      "redact_names: [Julie, \"Oakfield House\"]\nsources:\n  - file: s.csv\n    channel: survey\n",
      "m.yaml");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->redact_names, (std::vector<std::string>{"Julie", "Oakfield House"}));
  StatusOr<Manifest> bad =
      ParseManifest("redact_names: Julie\nsources:\n  - file: s.csv\n    channel: survey\n", "m.yaml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "m.yaml:1:15: error: redact_names must be a list of names");
}

}  // namespace
}  // namespace heard
