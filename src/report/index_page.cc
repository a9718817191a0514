// index.html: who responded, what they raised most, in their words, and how
// the analysis was done; short enough for a committee to read in minutes.
#include <algorithm>

#include "report/bar_chart.h"
#include "report/html.h"
#include "report/pages.h"
#include "report/share_words.h"

namespace heard {
namespace {

std::string Figure(int64_t n, const std::string& label) {
  return "<div class=\"figure\"><b>" + Thousands(n) + "</b><span>" + Escape(label) +
         "</span></div>";
}

std::string GroupTable(const std::vector<GroupCount>& groups, const char* caption,
                       const char* heading, int64_t total, int64_t total_text) {
  std::string out = "<table><caption>" + std::string(caption) +
                    "</caption>\n<thead><tr><th scope=\"col\">" + heading +
                    "</th><th scope=\"col\" class=\"n\">Responses</th>"
                    "<th scope=\"col\" class=\"n\">With free text</th></tr></thead><tbody>\n";
  std::vector<GroupCount> sorted = groups;
  std::stable_sort(sorted.begin(), sorted.end(), [](const GroupCount& a, const GroupCount& b) {
    return a.responses > b.responses;
  });
  for (const GroupCount& group : sorted) {
    out += "<tr><th scope=\"row\">" + Escape(Capitalised(group.name)) + "</th><td class=\"n\">" +
           Thousands(group.responses) + "</td><td class=\"n\">" +
           Thousands(group.with_text) + "</td></tr>\n";
  }
  out += "<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"n\">" + Thousands(total) +
         "</td><td class=\"n\">" + Thousands(total_text) + "</td></tr></tbody></table>\n";
  return out;
}

std::string ThemeRow(const ReportContext& cx, int theme, bool sub) {
  const Theme& t = cx.codebook.themes[theme];
  const ThemeStats& stats = cx.summary.themes[theme];
  return std::string(sub ? "<tr class=\"sub\">" : "<tr>") + "<th scope=\"row\"><a href=\"themes/" +
         Slug(t.id) + ".html\">" + Escape(t.label) + "</a></th><td class=\"n\">" +
         Thousands(stats.responses) + "</td><td class=\"n\">" +
         Percent(stats.responses, cx.summary.with_text) + "</td></tr>\n";
}

std::string ThemeTable(const ReportContext& cx) {
  std::string out =
      "<table class=\"themes\"><caption>The same figures as a table, with sub-themes"
      "</caption>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\" class=\"n\">"
      "Responses</th><th scope=\"col\" class=\"n\">Share</th></tr></thead><tbody>\n";
  for (int theme : cx.summary.Ranked(cx.codebook, true)) {
    out += ThemeRow(cx, theme, false);
    for (int sub : cx.summary.Ranked(cx.codebook, false)) {
      if (cx.codebook.themes[sub].parent == cx.codebook.themes[theme].id) {
        out += ThemeRow(cx, sub, true);
      }
    }
  }
  return out + "</tbody></table>\n";
}

// "99 of the 537 responses with free text (18%): almost one in five."
std::string ShareSentence(int64_t part, int64_t whole) {
  return Thousands(part) + " of the " + Thousands(whole) + " responses with free text (" +
         Percent(part, whole) + "): " + ShareInWords(part, whole) + ".";
}

// The top themes as sentences a committee can read aloud.
std::string KeyFindings(const ReportContext& cx) {
  std::string out = "<ol class=\"findings\">\n";
  int shown = 0;
  for (int theme : cx.summary.Ranked(cx.codebook, true)) {
    const int64_t n = cx.summary.themes[theme].responses;
    if (shown++ == 5 || n == 0) break;
    out += "<li><b>" + Escape(cx.codebook.themes[theme].label) + "</b>: " +
           ShareSentence(n, cx.summary.with_text) + "</li>\n";
  }
  return out + "</ol>\n";
}

std::string ThemeChart(const ReportContext& cx) {
  std::vector<Bar> bars;
  std::string top;
  for (int theme : cx.summary.Ranked(cx.codebook, true)) {
    const int64_t n = cx.summary.themes[theme].responses;
    if (top.empty()) top = cx.codebook.themes[theme].label;
    bars.push_back({cx.codebook.themes[theme].label, n,
                    Thousands(n) + " (" + Percent(n, cx.summary.with_text) + ")"});
  }
  const std::string description =
      "Themes ranked by the number of responses raising them, out of " +
      Thousands(cx.summary.with_text) + " responses with free text" +
      (top.empty() ? "." : "; the most raised is " + top + ".");
  return "<figure class=\"chart\">" +
         BarChartSvg(bars, "Responses raising each theme", description) +
         "<figcaption>Responses raising each theme (number and share of the " +
         Thousands(cx.summary.with_text) + " with free text).</figcaption></figure>\n";
}

std::string TopQuotes(const ReportContext& cx) {
  std::string out = "<h2>In their words</h2>\n<p class=\"lede\">Short extracts for the "
                    "themes raised most, from different kinds of respondent. Personal "
                    "details are removed.</p>\n";
  int shown = 0;
  for (int theme : cx.summary.Ranked(cx.codebook, true)) {
    if (shown == 3 || cx.summary.themes[theme].responses == 0) break;
    const Theme& t = cx.codebook.themes[theme];
    out += "<h3><a href=\"themes/" + Slug(t.id) + ".html\">" + Escape(t.label) +
           "</a></h3>\n";
    for (const Quote& quote : cx.quotes.Pick(theme, 2)) out += QuoteHtml(quote, "");
    ++shown;
  }
  return out;
}

std::string Window(const Manifest& manifest) {
  if (manifest.opens.empty() && manifest.closes.empty()) return "";
  return "<p class=\"lede\">Consultation open " + Escape(manifest.opens) + " to " +
         Escape(manifest.closes) +
         (manifest.organisation.empty() ? "" : " · " + Escape(manifest.organisation)) +
         "</p>\n";
}

std::string HowDone(const ReportContext& cx) {
  return "<h2>How this was done</h2>\n<p>Every response was read by <code>heard</code> and "
         "each free-text answer was coded against the " +
         Escape(cx.codebook.name.empty() ? "given" : cx.codebook.name) + " codebook" +
         (cx.codebook.version.empty() ? "" : " (version " + Escape(cx.codebook.version) + ")") +
         ": a theme is counted when an answer uses one of its listed words or phrases, "
         "unless the wording shows another meaning. A response can raise several themes, "
         "so shares add up to more than 100%. " +
         Thousands(cx.summary.with_text - cx.summary.coded) +
         " responses with free text matched no theme; they are listed, like every other "
         "response, on the <a href=\"responses.html\">all responses</a> page. Sources, "
         "rejected records and the full codebook are on the <a href=\"method.html\">method "
         "page</a>. Produced with heard " + Escape(cx.version) + " on " + Escape(cx.run_date) +
         ".</p>\n";
}

}  // namespace

std::string IndexPage(const ReportContext& cx) {
  const Summary& s = cx.summary;
  std::string out = PageStart({"Summary", cx.Title(), "", "index"});
  out += "<h1>What people told us</h1>\n" + Window(cx.manifest);
  out += "<div class=\"figures\">" + Figure(s.responses, "responses received") +
         Figure(s.with_text, "answered in their own words") +
         Figure(static_cast<int64_t>(s.channels.size()), "ways of responding") +
         Figure(s.coded, "raised at least one theme") + "</div>\n";
  if (const int64_t repeats = cx.ledger.TotalDuplicates(); repeats > 0) {
    out += "<p class=\"note\">" + Thousands(repeats) + " repeated submission" +
           (repeats == 1 ? " was" : "s were") + " counted once; see the <a href=\"method.html\">"
           "method page</a>.</p>\n";
  }
  out += "<h2>Who responded</h2>\n<div class=\"cols\"><div>" +
         GroupTable(s.channels, "Responses by channel", "Channel", s.responses, s.with_text) +
         "</div><div>" +
         GroupTable(s.types, "Responses by respondent type", "Respondent type", s.responses,
                    s.with_text) +
         "</div></div>\n";
  out += "<h2>What they raised</h2>\n<p class=\"lede\">" + Escape(DenominatorSentence(s)) +
         " A response can raise several themes.</p>\n" + KeyFindings(cx) + ThemeChart(cx) +
         ThemeTable(cx);
  out += TopQuotes(cx) + HowDone(cx);
  return out + PageEnd(FooterHtml(cx));
}

}  // namespace heard
