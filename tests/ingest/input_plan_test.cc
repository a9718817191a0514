#include "ingest/input_plan.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace heard {
namespace {

namespace fs = std::filesystem;

const char kManifest[] =
    "name: carers-strategy\n"
    "sources:\n"
    "  - file: survey.csv\n"
    "    channel: survey\n"
    "    questions:\n"
    "      better: What would help?\n";

InputRequest Inputs(std::vector<std::string> inputs) {
  InputRequest request;
  request.inputs = std::move(inputs);
  return request;
}

// Each test gets its own folder under the system temporary folder.
class InputPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("heard_input_plan_test_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Writes `text` to `name` under the test folder and returns its path.
  std::string Write(const std::string& name, const std::string& text) {
    const fs::path path = root_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::string Path(const std::string& name) const { return (root_ / name).string(); }

  fs::path root_;
};

TEST_F(InputPlanTest, FolderWithManifestLoadsIt) {
  Write("carers/consultation.yaml", kManifest);
  Write("carers/survey.csv", "id,What would help?\n");
  StatusOr<Manifest> plan = PlanInputs(Inputs({Path("carers")}));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->name, "carers-strategy");
  EXPECT_EQ(plan->path, Path("carers/consultation.yaml"));
  ASSERT_EQ(plan->sources.size(), 1u);
  EXPECT_EQ(plan->sources[0].path, Path("carers/survey.csv"));
  EXPECT_FALSE(plan->sources[0].guess);
}

TEST_F(InputPlanTest, ManifestFileLoadsIt) {
  const std::string manifest = Write("spring.yaml", kManifest);
  StatusOr<Manifest> plan = PlanInputs(Inputs({manifest}));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->path, manifest);
  EXPECT_EQ(plan->sources[0].path, Path("survey.csv"));
}

TEST_F(InputPlanTest, ManifestErrorsComeThrough) {
  const std::string manifest = Write("spring.yaml", "sources:\n  - file: survey.csv\n");
  StatusOr<Manifest> plan = PlanInputs(Inputs({manifest}));
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), Status::Code::kInputError);
  EXPECT_EQ(plan.status().message(), manifest + ":2:5: error: source 'survey.csv' has no channel");
}

TEST_F(InputPlanTest, FlagsNextToAManifestAreAUsageError) {
  Write("carers/consultation.yaml", kManifest);
  const std::string folder = Path("carers");
  const std::string message =
      "--text-column, --id-column and --channel are for files without "
      "a manifest; " +
      Path("carers/consultation.yaml") + " says which columns to read";
  const InputRequest cases[] = {
      {{folder}, {"What would help?"}, "", ""},
      {{folder}, {}, "Response ID", ""},
      {{folder}, {}, "", "email"},
  };
  for (const InputRequest& request : cases) {
    StatusOr<Manifest> plan = PlanInputs(request);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.status().code(), Status::Code::kUsageError);
    EXPECT_EQ(plan.status().message(), message);
  }
}

TEST_F(InputPlanTest, AManifestMustComeAlone) {
  Write("carers/consultation.yaml", kManifest);
  const std::string csv = Write("extra.csv", "id,comment\n");
  struct Case {
    std::vector<std::string> inputs;
    std::string message;
  };
  const Case cases[] = {
      {{Path("carers"), csv},
       "a manifest describes the whole consultation: give it alone, without other inputs"},
      {{csv, Path("carers")}, "give a manifest alone, without other inputs: " + Path("carers")},
  };
  for (const Case& c : cases) {
    StatusOr<Manifest> plan = PlanInputs(Inputs(c.inputs));
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.status().code(), Status::Code::kUsageError);
    EXPECT_EQ(plan.status().message(), c.message);
  }
}

TEST_F(InputPlanTest, CsvPathBuildsAManifestFromTheFlags) {
  const std::string csv = Write("spring_survey.csv", "Ref,What would help?,Anything else?\n");
  StatusOr<Manifest> plan = PlanInputs({{csv}, {"What would help?", "Anything else?"}, "", ""});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->name, "spring_survey");
  EXPECT_EQ(plan->title, "spring_survey");
  EXPECT_EQ(plan->path, "");
  ASSERT_EQ(plan->sources.size(), 1u);
  const SourceSpec& spec = plan->sources[0];
  EXPECT_EQ(spec.file, "spring_survey.csv");
  EXPECT_EQ(spec.path, csv);
  EXPECT_EQ(spec.format, "csv");
  EXPECT_EQ(spec.channel, "survey");
  EXPECT_TRUE(spec.guess);
  EXPECT_EQ(spec.id_column, "");
  EXPECT_EQ(spec.questions, (NamedValues{{"What would help?", "What would help?"},
                                         {"Anything else?", "Anything else?"}}));
}

TEST_F(InputPlanTest, IdColumnAndChannelFlags) {
  const std::string tsv = Write("phone.tsv", "Ref\tNotes\n");
  StatusOr<Manifest> plan = PlanInputs({{tsv}, {}, "Ref", "telephone"});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  const SourceSpec& spec = plan->sources[0];
  EXPECT_EQ(spec.format, "tsv");
  EXPECT_EQ(spec.id_column, "Ref");
  EXPECT_EQ(spec.channel, "telephone");
  EXPECT_TRUE(spec.questions.empty());
}

TEST_F(InputPlanTest, NotesPathIsAWorkshopSource) {
  const std::string md = Write("dropin.md", "- more info at GP!!\n");
  StatusOr<Manifest> plan = PlanInputs(Inputs({md}));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  const SourceSpec& spec = plan->sources[0];
  EXPECT_EQ(spec.format, "notes");
  EXPECT_EQ(spec.channel, "workshop");
  EXPECT_EQ(spec.question, "discussion");
  EXPECT_FALSE(spec.guess);
}

TEST_F(InputPlanTest, FolderWithoutManifestListsItsFilesSorted) {
  Write("returns/survey_b.csv", "id\n");
  Write("returns/notes_table2.md", "- x\n");
  Write("returns/survey_a.csv", "id\n");
  Write("returns/phone.tsv", "id\n");
  Write("returns/cover letter.pdf", "%PDF");
  Write("returns/README", "read me");
  Write("returns/old/survey_2019.csv", "id\n");  // subfolders are not read
  StatusOr<Manifest> plan = PlanInputs(Inputs({Path("returns") + "/"}));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->name, "returns");
  std::vector<std::string> files;
  for (const SourceSpec& spec : plan->sources) files.push_back(spec.file);
  EXPECT_EQ(files, (std::vector<std::string>{"notes_table2.md", "phone.tsv", "survey_a.csv",
                                             "survey_b.csv"}));
  EXPECT_EQ(plan->sources[0].channel, "workshop");
  EXPECT_EQ(plan->sources[2].channel, "survey");
}

TEST_F(InputPlanTest, SeveralInputsBecomeOneManifest) {
  const std::string a = Write("a.csv", "id\n");
  const std::string b = Write("b.md", "- x\n");
  StatusOr<Manifest> plan = PlanInputs(Inputs({b, a}));
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->name, "b");  // named after the first input
  ASSERT_EQ(plan->sources.size(), 2u);
  EXPECT_EQ(plan->sources[0].path, b);
  EXPECT_EQ(plan->sources[1].path, a);
}

TEST_F(InputPlanTest, InputErrors) {
  Write("empty/.keep", "");
  Write("scan.pdf", "%PDF");
  const std::string good = Write("good.csv", "id\n");
  struct Case {
    const char* name;
    std::vector<std::string> inputs;
    Status::Code code;
    std::string message;
  };
  const Case cases[] = {
      {"no inputs", {}, Status::Code::kUsageError, "no input given"},
      {"missing path",
       {Path("nowhere.csv")},
       Status::Code::kInputError,
       Path("nowhere.csv") + ": error: no such file or folder"},
      {"missing path after a good one",
       {good, Path("nowhere")},
       Status::Code::kInputError,
       Path("nowhere") + ": error: no such file or folder"},
      {"unknown extension",
       {Path("scan.pdf")},
       Status::Code::kInputError,
       Path("scan.pdf") +
           ": error: cannot tell the format from the file name (expected .csv, .tsv, .xlsx, .txt, "
           ".md, .docx or .eml)"},
      {"folder with nothing to read",
       {Path("empty")},
       Status::Code::kInputError,
       Path("empty") +
           ": error: no consultation.yaml and no .csv, .tsv, .xlsx, .txt, .md, .docx or .eml "
           "files"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    StatusOr<Manifest> plan = PlanInputs(Inputs(c.inputs));
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.status().code(), c.code);
    EXPECT_EQ(plan.status().message(), c.message);
  }
}

// --limit sets limits over the manifest's own, on every source, with or
// without a manifest.
TEST_F(InputPlanTest, LimitFlagsOverTheManifestsLimits) {
  Write("carers/consultation.yaml",
        std::string(kManifest) + "limits:\n  max_rows: 50\n  max_xml_depth: 10\n");
  InputRequest request = Inputs({Path("carers")});
  request.limits = {"max_rows=7", "max_field_bytes=2KiB"};
  StatusOr<Manifest> plan = PlanInputs(request);
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->limits.max_rows, 7);
  EXPECT_EQ(plan->sources[0].limits.max_rows, 7);
  EXPECT_EQ(plan->sources[0].limits.max_field_bytes, 2048);
  EXPECT_EQ(plan->sources[0].limits.max_xml_depth, 10);  // the manifest's, kept

  const std::string csv = Write("loose.csv", "id,text\n");
  request = Inputs({csv});
  request.limits = {"max_zip_ratio=50"};
  plan = PlanInputs(request);
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  EXPECT_EQ(plan->sources[0].limits.max_zip_ratio, 50);
}

TEST_F(InputPlanTest, ABadLimitFlagIsAUsageError) {
  const std::string csv = Write("loose.csv", "id,text\n");
  struct Case {
    const char* flag;
    const char* message;
  };
  const Case cases[] = {
      {"max_rows", "--limit max_rows: expected NAME=VALUE"},
      {"rows=5",
       "--limit rows=5: unknown limit 'rows' (expected one of: max_field_bytes, max_rows, "
       "max_zip_entry_bytes, max_zip_ratio, max_xml_depth, max_xml_amplification, "
       "max_mime_depth)"},
      {"max_rows=-1",
       "--limit max_rows=-1: max_rows must be a whole number from 1 to 9223372036854775807, "
       "not '-1'"},
  };
  for (const Case& c : cases) {
    InputRequest request = Inputs({csv});
    request.limits = {c.flag};
    StatusOr<Manifest> plan = PlanInputs(request);
    ASSERT_FALSE(plan.ok()) << c.flag;
    EXPECT_EQ(plan.status().code(), Status::Code::kUsageError) << c.flag;
    EXPECT_EQ(plan.status().message(), c.message);
  }
}

}  // namespace
}  // namespace heard
