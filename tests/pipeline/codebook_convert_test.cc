#include "pipeline/codebook_convert.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "core/file_io.h"
#include "lexicon/codebook_loader.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

const std::string kDic = std::string(HEARD_TESTDATA) + "/lexicon/import/carers.dic";

TEST(CodebookConvertTest, AnImportedDictionaryBecomesCodebookYamlThatLoads) {
  std::ostringstream out, err;
  ASSERT_EQ(ConvertCodebook(kDic, "", out, err), 0) << err.str();
  StatusOr<Codebook> original = LoadCodebook(kDic);
  StatusOr<Codebook> converted = ParseCodebook(out.str(), "converted.yaml");
  ASSERT_TRUE(converted.ok()) << converted.status().message() << "\n" << out.str();
  ASSERT_EQ(converted->themes.size(), original->themes.size());
  for (size_t i = 0; i < original->themes.size(); ++i) {
    EXPECT_EQ(converted->themes[i].id, original->themes[i].id);
    EXPECT_EQ(converted->themes[i].terms.size(), original->themes[i].terms.size());
  }
}

TEST(CodebookConvertTest, WritesAFileButNeverReplacesOne) {
  const fs::path file = fs::temp_directory_path() / ("heard-convert-" + std::to_string(::getpid()) + ".yaml");
  fs::remove(file);
  std::ostringstream out, err;
  EXPECT_EQ(ConvertCodebook(kDic, file.string(), out, err), 0) << err.str();
  EXPECT_TRUE(ReadFile(file.string()).ok());
  std::ostringstream out2, err2;
  EXPECT_EQ(ConvertCodebook(kDic, file.string(), out2, err2), 4);
  EXPECT_NE(err2.str().find("already exists; not replaced"), std::string::npos);
  fs::remove(file);
}

TEST(CodebookConvertTest, ACodebookThatDoesNotLoadIsAnInputError) {
  std::ostringstream out, err;
  EXPECT_EQ(ConvertCodebook("/nonexistent/codebook.dic", "", out, err), 3);
  EXPECT_NE(err.str().find("/nonexistent/codebook.dic"), std::string::npos) << err.str();
}

}  // namespace
}  // namespace heard
