#include "report/summary_json.h"

#include <nlohmann/json.hpp>

#include "report/csv_writer.h"

namespace heard {
namespace {

using nlohmann::ordered_json;

ordered_json Groups(const std::vector<GroupCount>& groups) {
  ordered_json out = ordered_json::array();
  for (const GroupCount& g : groups) {
    out.push_back({{"name", g.name}, {"responses", g.responses}, {"with_text", g.with_text}});
  }
  return out;
}

ordered_json Counts(const std::map<std::string, int64_t>& counts) {
  ordered_json out = ordered_json::object();
  for (const auto& [name, n] : counts) out[name] = n;
  return out;
}

// Co-occurrence: responses carrying this theme and each other theme.
ordered_json WithTheme(const ReportContext& cx, const ThemeStats& s) {
  ordered_json out = ordered_json::object();
  for (size_t j = 0; j < s.with_theme.size(); ++j) {
    if (s.with_theme[j] > 0) out[cx.codebook.themes[j].id] = s.with_theme[j];
  }
  return out;
}

// {attribute: [{name, responses, with_text}]} for the manifest's other attributes.
ordered_json Attributes(const Summary& s) {
  ordered_json out = ordered_json::object();
  for (const AttributeGroups& attribute : s.attributes) out[attribute.key] = Groups(attribute.groups);
  return out;
}

// {attribute: {value: responses}} for one theme.
ordered_json ByAttribute(const ThemeStats& s) {
  ordered_json out = ordered_json::object();
  for (const auto& [key, counts] : s.by_attribute) out[key] = Counts(counts);
  return out;
}

ordered_json Themes(const ReportContext& cx) {
  ordered_json out = ordered_json::array();
  for (size_t i = 0; i < cx.codebook.themes.size(); ++i) {
    const Theme& t = cx.codebook.themes[i];
    const ThemeStats& s = cx.summary.themes[i];
    const double share = cx.summary.with_text > 0
                             ? static_cast<double>(s.responses) / static_cast<double>(cx.summary.with_text)
                             : 0.0;
    out.push_back({{"id", t.id},
                   {"label", t.label},
                   {"parent", t.parent.empty() ? ordered_json(nullptr) : ordered_json(t.parent)},
                   {"responses", s.responses},
                   {"respondents", s.respondents},
                   {"share", std::round(share * 10000.0) / 10000.0},
                   {"hits", s.hits},
                   {"excluded_hits", s.excluded_hits},
                   {"by_channel", Counts(s.by_channel)},
                   {"by_respondent_type", Counts(s.by_type)},
                   {"by_question", Counts(s.by_question)},
                   {"by_attribute", ByAttribute(s)},
                   {"with_theme", WithTheme(cx, s)}});
  }
  return out;
}

ordered_json Sources(const Ledger& ledger) {
  ordered_json out = ordered_json::array();
  for (const SourceTally& t : ledger.sources()) {
    out.push_back({{"source", t.source},
                   {"channel", t.channel},
                   {"format", t.format},
                   {"encoding", t.encoding},
                   {"read", t.read},
                   {"with_text", t.accepted},
                   {"blank", t.blank},
                   {"repeats", t.duplicate},
                   {"rejected", t.rejected},
                   {"balances", t.Balances()},
                   {"notes", t.notes}});
  }
  return out;
}

ordered_json Copies(const ReportContext& cx) {
  ordered_json out = ordered_json::array();
  for (const CopyGroup& g : cx.copies) {
    const bool campaign = g.kind == CopyGroup::Kind::kCampaign;
    const CopyPolicy policy = campaign ? cx.manifest.campaigns : cx.manifest.duplicates;
    out.push_back({{"kind", campaign ? "campaign" : "identical"},
                   {"first", g.first},
                   {"copies", g.copies},
                   {"counted", policy == CopyPolicy::kCountOnce ? "once" : "each"}});
  }
  return out;
}

// How many overrides there were and what they changed.
ordered_json OverridesJson(const ReportContext& cx) {
  if (cx.overrides == nullptr) {
    return {{"file", ""}, {"rows", 0}, {"added", 0}, {"removed", 0}, {"unapplied", 0}};
  }
  const Overrides::Tally tally = cx.overrides->Count();
  return {{"file", cx.overrides->path()},
          {"rows", static_cast<int64_t>(cx.overrides->all().size())},
          {"added", tally.added},
          {"removed", tally.removed},
          {"unapplied", tally.unapplied}};
}

}  // namespace

std::string SummaryJson(const ReportContext& cx) {
  const Summary& s = cx.summary;
  ordered_json doc = {
      {"schema", "heard.summary/1"},
      {"tool", {{"name", "heard"}, {"version", cx.version}}},
      {"run_date", cx.run_date},
      {"consultation",
       {{"name", cx.manifest.name},
        {"title", cx.Title()},
        {"organisation", cx.manifest.organisation},
        {"opens", cx.manifest.opens},
        {"closes", cx.manifest.closes}}},
      {"codebook",
       {{"name", cx.codebook.name}, {"version", cx.codebook.version}, {"hash", cx.codebook.hash}}},
      {"denominator", "responses with at least one non-blank free-text answer"},
      {"responses", s.responses},
      {"with_text", s.with_text},
      {"respondents_with_text", s.respondents_with_text},
      {"coded", s.coded},
      {"uncoded", s.with_text - s.coded},
      {"rejected", cx.ledger.TotalRejected()},
      {"repeats_not_counted", cx.ledger.TotalDuplicates()},
      {"ledger_balances", cx.ledger.Balances()},
      {"overrides", OverridesJson(cx)},
      {"channels", Groups(s.channels)},
      {"respondent_types", Groups(s.types)},
      {"attributes", Attributes(s)},
      {"themes", Themes(cx)},
      {"sources", Sources(cx.ledger)},
      {"copy_groups", Copies(cx)}};
  return doc.dump(2) + "\n";
}

void WriteRejectsCsv(std::ostream& out, const Ledger& ledger) {
  WriteCsvRow(out, {"source", "file", "line", "column", "reason", "raw"});
  for (const Reject& r : ledger.rejects()) {
    WriteCsvRow(out, {r.source, r.location.file, std::to_string(r.location.line),
                      std::to_string(r.location.column), r.reason, r.raw});
  }
}

}  // namespace heard
