// Summary: the counts a report is made of, built in one pass.
//
// Denominators are explicit: a theme's share is of the responses that
// answered at least one free-text question (`with_text`), overall and per
// channel or respondent type. A theme counts a response when the response
// carries the theme or any of its sub-themes (roll-up). Memory grows with
// the number of distinct respondents (for respondent counts), not with text.
// Tests: tests/analyse/summary_test.cc.
#ifndef HEARD_ANALYSE_SUMMARY_H_
#define HEARD_ANALYSE_SUMMARY_H_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/codebook.h"
#include "tag/tagger.h"

namespace heard {

// Responses received and those with free text, for one group.
struct GroupCount {
  std::string name;
  int64_t responses = 0;
  int64_t with_text = 0;
};

// The groups of one respondent attribute named in the manifest (age band,
// area, ...), other than the respondent type, which has its own list.
struct AttributeGroups {
  std::string key;
  std::vector<GroupCount> groups;  // first-seen order
  bool capped = false;             // more values than kMaxAttributeValues
};

// An attribute with more distinct values than this is not a grouping (it is
// free text or an identifier); later values are counted as kOtherValues.
inline constexpr size_t kMaxAttributeValues = 40;
inline constexpr const char* kOtherValues = "Other values";

struct ThemeStats {
  int64_t responses = 0;    // responses carrying the theme (rolled up)
  int64_t respondents = 0;  // distinct respondents among them
  int64_t hits = 0;         // term hits, this theme only
  std::map<std::string, int64_t> by_channel;
  std::map<std::string, int64_t> by_type;
  std::map<std::string, int64_t> by_question;
  // attribute key -> value -> responses (same keys as Summary::attributes)
  std::map<std::string, std::map<std::string, int64_t>> by_attribute;
  std::vector<int64_t> term_hits;  // parallel to Theme::terms
  int64_t excluded_hits = 0;
  std::vector<int64_t> with_theme;  // responses also carrying theme j (rolled up)
};

struct Summary {
  int64_t responses = 0;   // every response received (blank ones too)
  int64_t with_text = 0;   // the denominator
  int64_t respondents_with_text = 0;
  int64_t coded = 0;       // with text and at least one theme
  std::vector<GroupCount> channels;  // in first-seen order
  std::vector<GroupCount> types;     // respondent types, first-seen order
  std::vector<AttributeGroups> attributes;  // other attributes, manifest order
  std::vector<ThemeStats> themes;    // parallel to Codebook::themes

  // Theme indices by falling response count (ties: codebook order).
  std::vector<int> Ranked(const Codebook& codebook, bool top_level_only) const;
  const GroupCount* Channel(const std::string& name) const;
  const GroupCount* Type(const std::string& name) const;
};

// What a response with no respondent type is counted under.
inline constexpr const char* kTypeNotStated = "Not stated";

class SummaryBuilder {
 public:
  explicit SummaryBuilder(const Codebook& codebook);
  void Add(const CodedResponse& coded);
  Summary Finish();

 private:
  void CountTerms(const CodedResponse& coded);

  const Codebook& codebook_;
  Summary summary_;
  // Each respondent once, numbered; per theme, one bit per number for
  // "has said this", so a million respondents cost a map and a few bits
  // per theme rather than a copy of every id for every theme they carry.
  std::unordered_map<std::string, uint32_t> respondents_;
  std::vector<std::vector<bool>> theme_respondents_;
  std::vector<int64_t> theme_respondent_counts_;
  // Per theme, its counters in by_channel, by_type and by_attribute, found
  // once and then reached by the group's index in summary_.channels, types
  // and attributes[a].groups (map entries do not move), so adding a
  // response compares no strings.
  struct ThemeCounters {
    std::vector<int64_t*> by_channel, by_type;
    std::vector<std::vector<int64_t*>> by_attribute;  // [attribute][group]
  };
  std::vector<ThemeCounters> counters_;
};

GroupCount& FindOrAdd(std::vector<GroupCount>* groups, const std::string& name);

}  // namespace heard

#endif  // HEARD_ANALYSE_SUMMARY_H_
