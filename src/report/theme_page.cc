// themes/<id>.html: one theme's count and share, broken down by channel,
// respondent type and question, the terms that matched, and its best quotes.
#include <algorithm>

#include "report/html.h"
#include "report/pages.h"
#include "report/passage_pages.h"

namespace heard {
namespace {

// Counts from 1 to 4 are shown as "<5", and their shares hidden, so that a
// small group cannot be used to pick out who said what.
constexpr int64_t kSmallCell = 5;

std::string CountCell(int64_t n) {
  return n > 0 && n < kSmallCell ? "&lt;5" : Thousands(n);
}

std::string ShareCell(int64_t n, int64_t whole) {
  return n > 0 && n < kSmallCell ? "–" : Percent(n, whole);
}

// A breakdown table: for each group, mentions / group's free-text responses.
std::string Breakdown(const std::string& caption, const std::string& heading,
                      const std::vector<GroupCount>& groups,
                      const std::map<std::string, int64_t>& mentions) {
  std::string out = "<table><caption>" + Escape(caption) + "</caption>\n<thead><tr>"
                    "<th scope=\"col\">" + Escape(heading) + "</th><th scope=\"col\" class=\"n\">"
                    "Mentioned it</th><th scope=\"col\" class=\"n\">Answered in free "
                    "text</th><th scope=\"col\" class=\"n\">Share</th></tr></thead><tbody>\n";
  for (const GroupCount& group : groups) {
    if (group.with_text == 0) continue;
    auto found = mentions.find(group.name);
    const int64_t n = found == mentions.end() ? 0 : found->second;
    out += "<tr><th scope=\"row\">" + Escape(Capitalised(group.name)) + "</th><td class=\"n\">" +
           CountCell(n) +
           "</td><td class=\"n\">" + Thousands(group.with_text) + "</td><td class=\"n\">" +
           ShareCell(n, group.with_text) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n<p class=\"note\">Counts under 5 are shown as &lt;5, "
               "without a share, to protect the people in small groups.</p>\n";
}

// One breakdown per other attribute the manifest names (age band, area...).
std::string AttributeBreakdowns(const ReportContext& cx, const ThemeStats& stats) {
  std::string out;
  static const std::map<std::string, int64_t> kNone;
  for (const AttributeGroups& attribute : cx.summary.attributes) {
    std::string name = attribute.key;
    std::replace(name.begin(), name.end(), '_', ' ');
    const std::string heading = Capitalised(name);
    auto found = stats.by_attribute.find(attribute.key);
    out += Breakdown("By " + name, heading, attribute.groups,
                     found == stats.by_attribute.end() ? kNone : found->second);
  }
  return out;
}

std::string QuestionTable(const ReportContext& cx, const ThemeStats& stats) {
  if (stats.by_question.empty()) return "";
  std::string out = "<table><caption>Where it came up</caption>\n<thead><tr><th scope=\"col\">"
                    "Question</th><th scope=\"col\" class=\"n\">Answers</th></tr></thead><tbody>\n";
  for (const Question& q : cx.manifest.questions) {
    auto found = stats.by_question.find(q.id);
    if (found == stats.by_question.end()) continue;
    out += "<tr><td>" + Escape(cx.manifest.QuestionText(q.id)) + "</td><td class=\"n\">" +
           Thousands(found->second) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string TermTable(const Theme& theme, const ThemeStats& stats) {
  std::vector<size_t> order;
  for (size_t i = 0; i < stats.term_hits.size(); ++i) {
    if (stats.term_hits[i] > 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return stats.term_hits[a] > stats.term_hits[b];
  });
  std::string out = "<h2>Words and phrases that matched</h2>\n";
  if (order.empty()) return out + "<p>None of this theme's terms matched directly.</p>\n";
  out += "<table><thead><tr><th scope=\"col\">Term</th><th scope=\"col\" class=\"n\">Times "
         "matched</th></tr></thead><tbody>\n";
  for (size_t i : order) {
    out += "<tr><td><code>" + Escape(theme.terms[i].text) + "</code></td><td class=\"n\">" +
           Thousands(stats.term_hits[i]) + "</td></tr>\n";
  }
  out += "</tbody></table>\n<p class=\"note\">" +
         std::to_string(theme.terms.size() - order.size()) + " of the theme's " +
         std::to_string(theme.terms.size()) + " terms matched nothing. " +
         Thousands(stats.excluded_hits) +
         " matches were set aside because the wording showed another meaning.</p>\n";
  return out;
}

std::string CoOccurring(const ReportContext& cx, int index) {
  const ThemeStats& stats = cx.summary.themes[index];
  std::vector<int> order;
  for (size_t j = 0; j < stats.with_theme.size(); ++j) {
    if (stats.with_theme[j] > 0 && cx.codebook.themes[j].parent != cx.codebook.themes[index].id &&
        cx.codebook.themes[index].parent != cx.codebook.themes[j].id) {
      order.push_back(static_cast<int>(j));
    }
  }
  if (order.empty() || stats.responses == 0) return "";
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return stats.with_theme[a] > stats.with_theme[b];
  });
  if (order.size() > 5) order.resize(5);
  std::string out = "<h2>Often raised with</h2>\n<table><thead><tr><th scope=\"col\">Theme</th>"
                    "<th scope=\"col\" class=\"n\">Responses raising both</th>"
                    "<th scope=\"col\" class=\"n\">Share of this theme's</th></tr></thead><tbody>\n";
  for (int j : order) {
    out += "<tr><td><a href=\"" + Slug(cx.codebook.themes[j].id) + ".html\">" +
           Escape(cx.codebook.themes[j].label) + "</a></td><td class=\"n\">" +
           CountCell(stats.with_theme[j]) + "</td><td class=\"n\">" +
           ShareCell(stats.with_theme[j], stats.responses) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string SubThemes(const ReportContext& cx, const Theme& theme) {
  std::string out;
  for (size_t i = 0; i < cx.codebook.themes.size(); ++i) {
    const Theme& sub = cx.codebook.themes[i];
    if (sub.parent != theme.id) continue;
    out += "<li><a href=\"" + Slug(sub.id) + ".html\">" + Escape(sub.label) + "</a>: " +
           Thousands(cx.summary.themes[i].responses) + " responses</li>\n";
  }
  return out.empty() ? "" : "<h2>Sub-themes</h2>\n<ul>" + out + "</ul>\n";
}

}  // namespace

std::string ThemePage(const ReportContext& cx, int index) {
  const Theme& theme = cx.codebook.themes[index];
  const ThemeStats& stats = cx.summary.themes[index];
  std::string out = PageStart({theme.label, cx.Title(), "../", "theme"});
  out += "<h1>" + Escape(theme.label) + "</h1>\n";
  if (!theme.description.empty()) out += "<p class=\"lede\">" + Escape(theme.description) + "</p>\n";
  if (!theme.parent.empty()) {
    const int parent = cx.codebook.IndexOf(theme.parent);
    out += "<p>Part of <a href=\"" + Slug(theme.parent) + ".html\">" +
           Escape(cx.codebook.themes[parent].label) + "</a>.</p>\n";
  }
  out += "<p><b>" + Thousands(stats.responses) + "</b> responses (" +
         Percent(stats.responses, cx.summary.with_text) + ") from " +
         Thousands(stats.respondents) + " respondents raised this theme. " +
         Escape(DenominatorSentence(cx.summary)) + "</p>\n";
  out += "<h2>What people said</h2>\n";
  std::vector<Quote> quotes = cx.quotes.Pick(index, 8);
  if (quotes.empty()) out += "<p>No response raised this theme.</p>\n";
  for (const Quote& quote : quotes) out += QuoteHtml(quote, "../");
  out += "<p><a href=\"" + PassagePageFile(theme.id, 0).substr(7) +
         "\">Read every passage coded to this theme</a> · <a href=\"../responses.html#theme=" +
         Slug(theme.id) + "\">every response coded to it, in full</a></p>\n";
  out += "<h2>Who raised it</h2>\n" +
         Breakdown("By channel", "Channel", cx.summary.channels, stats.by_channel) +
         Breakdown("By respondent type", "Respondent type", cx.summary.types, stats.by_type) +
         AttributeBreakdowns(cx, stats) + QuestionTable(cx, stats) + SubThemes(cx, theme) + CoOccurring(cx, index) +
         TermTable(theme, stats);
  return out + PageEnd(FooterHtml(cx));
}

}  // namespace heard
