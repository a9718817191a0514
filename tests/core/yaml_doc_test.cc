// Hostile YAML for every reader of the project's YAML files: alias bombs
// and deep nesting, built here. Each must come back as an error naming the
// file and line, quickly and in little memory, before any reader walks it.
#include "core/yaml_doc.h"

#include <gtest/gtest.h>

#include "core/yaml_bomb.h"

namespace heard {
namespace {

std::string Nested(int depth) { return std::string(depth, '[') + "x" + std::string(depth, ']'); }

TEST(YamlDocTest, AnAliasBombIsRefused) {
  StatusOr<YAML::Node> parsed = YamlDoc("bomb.yaml").Parse(AliasBomb(9));
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message(),
            "bomb.yaml:7:5: error: the document stands for more than 2000000 nodes once its "
            "aliases are expanded; refusing it (an alias bomb?)");
}

TEST(YamlDocTest, AliasesWithinTheLimitAreFine) {
  // 10^4 scalars, and an alias used the ordinary way.
  StatusOr<YAML::Node> parsed =
      YamlDoc("ok.yaml").Parse(AliasBomb(4) + "base: &b {x: 1}\nuse: *b\n");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ((*parsed)["use"]["x"].as<int>(), 1);
}

TEST(YamlDocTest, DeepNestingIsRefused) {
  YamlLimits limits;
  limits.max_depth = 5;
  EXPECT_TRUE(YamlDoc("ok.yaml", limits).Parse(Nested(4)).ok());
  StatusOr<YAML::Node> parsed = YamlDoc("deep.yaml", limits).Parse("a:\n  " + Nested(5));
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message(),
            "deep.yaml:2:7: error: maps and lists nest more than 5 levels deep here; refusing "
            "the document");
}

TEST(YamlDocTest, FarTooDeepIsAnErrorNotAStackOverflow) {
  // yaml-cpp's own parser stops at 2000 levels; the default cap at 64.
  for (const int depth : {65, 1999, 100000}) {
    StatusOr<YAML::Node> parsed = YamlDoc("deep.yaml").Parse(Nested(depth));
    ASSERT_FALSE(parsed.ok()) << depth;
    EXPECT_EQ(parsed.status().message().rfind("deep.yaml:1:", 0), 0u)
        << parsed.status().message();
  }
}

}  // namespace
}  // namespace heard
