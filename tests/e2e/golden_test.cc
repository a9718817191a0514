// Golden files: every page type and export of a run on the small fixture,
// byte for byte. A change to a page shows up here as a diff to review; when
// the change is intended, regenerate with
//   HEARD_UPDATE_GOLDEN=1 build/heard_e2e_tests --gtest_filter='Golden*'
// and commit the new files with the change (tests/testdata/golden/).
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "e2e/heard_process.h"

namespace {

const char* const kFiles[] = {"index.html",    "themes/breaks.html", "themes/breaks-passages.html",
                              "responses.html", "method.html",       "summary.json",
                              "codings.csv",    "responses.csv",     "rejects.csv"};

TEST(GoldenTest, EveryPageTypeMatchesItsGoldenFile) {
  const fs::path out = fs::temp_directory_path() / ("heard-golden-" + std::to_string(::getpid()));
  fs::remove_all(out);
  // Relative paths, a fixed date: the outputs depend on nothing but the code.
  const Result run = Heard("run tests/testdata/e2e/small --codebook "
                           "tests/testdata/e2e/small/codebook.yaml --out " + Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const fs::path golden = fs::path(kSource) / "tests/testdata/golden";
  const bool update = std::getenv("HEARD_UPDATE_GOLDEN") != nullptr;
  for (const char* name : kFiles) {
    const std::string actual = Slurp(out / name);
    ASSERT_FALSE(actual.empty()) << name;
    if (update) {
      fs::create_directories((golden / name).parent_path());
      std::ofstream(golden / name, std::ios::binary) << actual;
      continue;
    }
    const std::string expected = Slurp(golden / name);
    if (actual == expected) continue;
    size_t at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
    ADD_FAILURE() << name << " differs from tests/testdata/golden/" << name << " at byte " << at
                  << ":\n  golden: " << expected.substr(at > 60 ? at - 60 : 0, 160)
                  << "\n  actual: " << actual.substr(at > 60 ? at - 60 : 0, 160)
                  << "\n(HEARD_UPDATE_GOLDEN=1 rewrites the golden files; review the diff.)";
  }
  fs::remove_all(out);
}

}  // namespace
