#include "analyse/summary.h"

#include <algorithm>

namespace heard {

GroupCount& FindOrAdd(std::vector<GroupCount>* groups, const std::string& name) {
  for (GroupCount& group : *groups) {
    if (group.name == name) return group;
  }
  groups->push_back({name});
  return groups->back();
}

namespace {

const GroupCount* Find(const std::vector<GroupCount>& groups, const std::string& name) {
  for (const GroupCount& group : groups) {
    if (group.name == name) return &group;
  }
  return nullptr;
}

std::string TypeOf(const Response& response) {
  const std::string& type = response.Attribute(kRespondentType);
  return type.empty() ? kTypeNotStated : type;
}

// The group `value` of attribute `key` counts under, adding the attribute
// and the group when first seen.
GroupCount& AttributeGroup(std::vector<AttributeGroups>* attributes, const std::string& key,
                           const std::string& value) {
  auto found = std::find_if(attributes->begin(), attributes->end(),
                            [&](const AttributeGroups& a) { return a.key == key; });
  if (found == attributes->end()) {
    attributes->push_back({key, {}, false});
    found = attributes->end() - 1;
  }
  const std::string name = value.empty() ? kTypeNotStated : value;
  for (GroupCount& group : found->groups) {
    if (group.name == name) return group;
  }
  if (found->groups.size() >= kMaxAttributeValues) {
    found->capped = true;
    return FindOrAdd(&found->groups, kOtherValues);
  }
  return FindOrAdd(&found->groups, name);
}

// The counter at `at` of `slots`, made by `make` the first time.
template <typename Make>
int64_t& Counter(std::vector<int64_t*>* slots, size_t at, Make make) {
  if (slots->size() <= at) slots->resize(at + 1, nullptr);
  int64_t*& slot = (*slots)[at];
  if (slot == nullptr) slot = make();
  return *slot;
}

}  // namespace

std::vector<int> Summary::Ranked(const Codebook& codebook, bool top_level_only) const {
  std::vector<int> order;
  for (size_t i = 0; i < themes.size(); ++i) {
    if (top_level_only && !codebook.themes[i].parent.empty()) continue;
    order.push_back(static_cast<int>(i));
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return themes[a].responses > themes[b].responses;
  });
  return order;
}

const GroupCount* Summary::Channel(const std::string& name) const {
  return Find(channels, name);
}

const GroupCount* Summary::Type(const std::string& name) const {
  return Find(types, name);
}

SummaryBuilder::SummaryBuilder(const Codebook& codebook)
    : codebook_(codebook),
      theme_respondents_(codebook.themes.size()),
      theme_respondent_counts_(codebook.themes.size()),
      counters_(codebook.themes.size()) {
  summary_.themes.resize(codebook.themes.size());
  for (size_t i = 0; i < codebook.themes.size(); ++i) {
    summary_.themes[i].term_hits.assign(codebook.themes[i].terms.size(), 0);
    summary_.themes[i].with_theme.assign(codebook.themes.size(), 0);
  }
}

void SummaryBuilder::CountTerms(const CodedResponse& coded) {
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& coding : answer.codings) {
      ThemeStats& stats = summary_.themes[coding.theme];
      stats.hits += static_cast<int64_t>(coding.hits.size());
      stats.excluded_hits += static_cast<int64_t>(coding.excluded.size());
      ++stats.by_question[answer.question];
      for (const Hit& hit : coding.hits) {
        if (hit.term >= 0 && hit.term < static_cast<int>(stats.term_hits.size())) {
          ++stats.term_hits[hit.term];
        }
      }
    }
  }
}

void SummaryBuilder::Add(const CodedResponse& coded) {
  const Response& response = coded.response;
  const bool has_text = response.HasText();
  const std::string type = TypeOf(response);
  GroupCount& channel = FindOrAdd(&summary_.channels, response.channel);
  GroupCount& kind = FindOrAdd(&summary_.types, type);
  std::vector<GroupCount*> groups;  // this response's group of each other attribute
  for (const auto& [key, value] : response.attributes) {
    if (key != kRespondentType) groups.push_back(&AttributeGroup(&summary_.attributes, key, value));
  }
  // Where each group stands, for counters_.
  const size_t channel_at = static_cast<size_t>(&channel - summary_.channels.data());
  const size_t type_at = static_cast<size_t>(&kind - summary_.types.data());
  std::vector<std::pair<size_t, size_t>> groups_at;  // parallel to `groups`: attribute, group
  groups_at.reserve(groups.size());
  {
    size_t g = 0;
    for (const auto& entry : response.attributes) {
      // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
      const std::string& key = entry.first;
      if (key == kRespondentType) continue;
      const auto attribute = std::find_if(summary_.attributes.begin(), summary_.attributes.end(),
                                          [&](const AttributeGroups& a) { return a.key == key; });
      groups_at.emplace_back(static_cast<size_t>(attribute - summary_.attributes.begin()),
                             static_cast<size_t>(groups[g++] - attribute->groups.data()));
    }
  }
  ++summary_.responses;
  ++channel.responses;
  ++kind.responses;
  for (GroupCount* group : groups) ++group->responses;
  if (!has_text) return;
  ++summary_.with_text;
  ++channel.with_text;
  ++kind.with_text;
  for (GroupCount* group : groups) ++group->with_text;
  const uint32_t respondent =
      respondents_.emplace(response.respondent, static_cast<uint32_t>(respondents_.size()))
          .first->second;
  const std::vector<int> themes = coded.RolledUp(codebook_);
  if (!themes.empty()) ++summary_.coded;
  for (int theme : themes) {
    ThemeStats& stats = summary_.themes[theme];
    ++stats.responses;
    ThemeCounters& counters = counters_[theme];
    ++Counter(&counters.by_channel, channel_at,
              [&] { return &stats.by_channel[response.channel]; });
    ++Counter(&counters.by_type, type_at, [&] { return &stats.by_type[type]; });
    size_t g = 0;
    for (const auto& entry : response.attributes) {
      const std::string& key = entry.first;
      if (key == kRespondentType) continue;
      const auto [attribute, group] = groups_at[g];
      if (counters.by_attribute.size() <= attribute) counters.by_attribute.resize(attribute + 1);
      const std::string& name = groups[g++]->name;
      ++Counter(&counters.by_attribute[attribute], group,
                [&] { return &stats.by_attribute[key][name]; });
    }
    std::vector<bool>& seen = theme_respondents_[theme];
    if (seen.size() <= respondent) seen.resize(respondent + 1);
    if (!seen[respondent]) {
      seen[respondent] = true;
      ++theme_respondent_counts_[theme];
    }
    for (int other : themes) {
      if (other != theme) ++stats.with_theme[other];
    }
  }
  CountTerms(coded);
}

Summary SummaryBuilder::Finish() {
  summary_.respondents_with_text = static_cast<int64_t>(respondents_.size());
  for (size_t i = 0; i < summary_.themes.size(); ++i) {
    summary_.themes[i].respondents = theme_respondent_counts_[i];
  }
  return summary_;
}

}  // namespace heard
