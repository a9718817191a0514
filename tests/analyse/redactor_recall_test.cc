// Measures the redactor on a table of constructed answers whose personal data
// is marked by hand (tests/testdata/redaction/cases.tsv, format in its
// header and README.md). A marked span counts as found when every non-space
// byte of it lies inside some redaction: the label does not matter, only that
// nothing of the span reaches a page. Recall is reported per category and
// overall; the test fails below kMinRecall. Rows with no marked span are
// negatives: any redaction in one is a false redaction, and the share of
// negatives falsely redacted must stay under kMaxFalseRate. The figures and
// every miss are printed so a run shows what leaked, not just a count.
//
// holdout.tsv holds cases written before the redactor was improved and never
// used to tune it; it is measured the same way with its own thresholds.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analyse/redactor.h"

namespace heard {
namespace {

// A leak of personal data into a published report is the costly error, so
// the bar is high; the issue asks for 0.98.
constexpr double kMinRecall = 0.98;
// A false redaction costs a word of a quote (and ranks the quote lower), not
// a leak, so some are tolerated; but a redactor that blanks every capitalised
// word would pass recall alone, and this keeps it honest: at most 1 negative
// in 20 may lose anything.
constexpr double kMaxFalseRate = 0.05;

struct MarkedSpan {
  std::string category;
  size_t begin = 0;
  size_t end = 0;
};

struct RedactionCase {
  std::string id;
  int line = 0;
  std::string text;  // markup removed, escapes resolved
  std::vector<MarkedSpan> spans;
};

// Resolves "\n" and "\t" escapes in a piece of a row.
std::string Unescape(const std::string& piece) {
  std::string out;
  for (size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] == '\\' && i + 1 < piece.size() && (piece[i + 1] == 'n' || piece[i + 1] == 't')) {
      out += piece[++i] == 'n' ? '\n' : '\t';
    } else {
      out += piece[i];
    }
  }
  return out;
}

// `text` on one line, as the cases file writes it.
std::string OneLine(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
  return out;
}

// Parses one row's text: "{category:words}" marks a span. Returns an error
// message (without location) or "" on success.
std::string ParseMarkup(const std::string& marked, RedactionCase* out) {
  size_t pos = 0;
  while (pos < marked.size()) {
    const size_t open = marked.find('{', pos);
    out->text += Unescape(marked.substr(pos, open == std::string::npos ? std::string::npos : open - pos));
    if (open == std::string::npos) break;
    const size_t colon = marked.find(':', open);
    const size_t close = marked.find('}', open);
    if (colon == std::string::npos || close == std::string::npos || colon > close) {
      return "'{' at column " + std::to_string(open + 1) + " is not closed as {category:words}";
    }
    MarkedSpan span;
    span.category = marked.substr(open + 1, colon - open - 1);
    span.begin = out->text.size();
    out->text += Unescape(marked.substr(colon + 1, close - colon - 1));
    span.end = out->text.size();
    if (span.category.empty() || span.begin == span.end) {
      return "empty category or span at column " + std::to_string(open + 1);
    }
    out->spans.push_back(span);
    pos = close + 1;
  }
  return "";
}

// Reads a cases file; on a malformed row, fails the test with file:line.
std::vector<RedactionCase> ReadCases(const std::string& path) {
  std::vector<RedactionCase> cases;
  std::ifstream in(path);
  if (!in) {
    ADD_FAILURE() << path << ": error: cannot open";
    return cases;
  }
  std::string row;
  for (int line = 1; std::getline(in, row); ++line) {
    if (row.empty() || row[0] == '#') continue;
    const size_t tab = row.find('\t');
    if (tab == std::string::npos) {
      ADD_FAILURE() << path << ":" << line << ": error: expected id, a tab, then the text";
      continue;
    }
    RedactionCase c;
    c.id = row.substr(0, tab);
    c.line = line;
    const std::string error = ParseMarkup(row.substr(tab + 1), &c);
    if (!error.empty()) {
      ADD_FAILURE() << path << ":" << line << ": error: " << error;
      continue;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

// True when every non-space byte of [begin, end) lies inside a redaction.
bool Covered(const std::string& text, size_t begin, size_t end,
             const std::vector<Redaction>& redactions) {
  for (size_t i = begin; i < end; ++i) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') continue;
    bool inside = false;
    for (const Redaction& r : redactions) inside = inside || (r.begin <= i && i < r.end);
    if (!inside) return false;
  }
  return true;
}

struct Tally {
  int spans = 0;
  int found = 0;
};

struct Measure {
  std::map<std::string, Tally> by_category;
  Tally overall;
  int negatives = 0;
  int falsely_redacted = 0;
  std::vector<std::string> misses;       // must-redact spans left visible
  std::vector<std::string> false_marks;  // redactions in negative rows

  double Recall() const { return overall.spans ? double(overall.found) / overall.spans : 1.0; }
  double FalseRate() const { return negatives ? double(falsely_redacted) / negatives : 0.0; }
};

Measure MeasureCases(const std::vector<RedactionCase>& cases) {
  Measure m;
  for (const RedactionCase& c : cases) {
    const std::vector<Redaction> redactions = FindPersonalData(c.text);
    for (const MarkedSpan& span : c.spans) {
      const bool found = Covered(c.text, span.begin, span.end, redactions);
      for (Tally* t : {&m.by_category[span.category], &m.overall}) {
        ++t->spans;
        t->found += found;
      }
      if (!found) {
        m.misses.push_back(c.id + " " + span.category + " '" +
                           c.text.substr(span.begin, span.end - span.begin) + "' -> " +
                           OneLine(Redacted(c.text)));
      }
    }
    if (!c.spans.empty()) continue;
    ++m.negatives;
    if (redactions.empty()) continue;
    ++m.falsely_redacted;
    m.false_marks.push_back(c.id + " -> " + OneLine(Redacted(c.text)));
  }
  return m;
}

std::string Report(const std::string& title, const Measure& m) {
  std::ostringstream out;
  char row[160];
  out << title << "\n";
  std::snprintf(row, sizeof row, "  %-10s %6s %6s %7s\n", "category", "spans", "found", "recall");
  out << row;
  for (const auto& [category, t] : m.by_category) {
    std::snprintf(row, sizeof row, "  %-10s %6d %6d %7.3f\n", category.c_str(), t.spans, t.found,
                  t.spans ? double(t.found) / t.spans : 1.0);
    out << row;
  }
  std::snprintf(row, sizeof row, "  %-10s %6d %6d %7.3f\n", "overall", m.overall.spans,
                m.overall.found, m.Recall());
  out << row;
  std::snprintf(row, sizeof row, "  negatives %d, falsely redacted %d (rate %.3f)\n", m.negatives,
                m.falsely_redacted, m.FalseRate());
  out << row;
  for (const std::string& miss : m.misses) out << "  miss: " << miss << "\n";
  for (const std::string& mark : m.false_marks) out << "  false: " << mark << "\n";
  return out.str();
}

TEST(RedactorRecallTest, CasesFileMeetsRecallAndFalseRedactionBars) {
  const std::string path = std::string(HEARD_TESTDATA) + "/redaction/cases.tsv";
  const std::vector<RedactionCase> cases = ReadCases(path);
  ASSERT_GE(cases.size(), 200u) << path;
  const Measure m = MeasureCases(cases);
  std::cout << Report(path, m);
  EXPECT_GE(m.Recall(), kMinRecall);
  EXPECT_LE(m.FalseRate(), kMaxFalseRate);
}

// Measured once, after the redactor was tuned on cases.tsv; the figures are
// in tests/testdata/redaction/README.md.
TEST(RedactorRecallTest, HoldoutCasesMeetRecallAndFalseRedactionBars) {
  const std::string path = std::string(HEARD_TESTDATA) + "/redaction/holdout.tsv";
  const std::vector<RedactionCase> cases = ReadCases(path);
  ASSERT_GE(cases.size(), 30u) << path;
  const Measure m = MeasureCases(cases);
  std::cout << Report(path, m);
  EXPECT_GE(m.Recall(), kMinRecall);
  EXPECT_LE(m.FalseRate(), kMaxFalseRate);
}

TEST(RedactorRecallTest, MarkupIsParsedIntoTextAndSpans) {
  RedactionCase c;
  EXPECT_EQ(ParseMarkup("ring {name:Jo} on {phone:07700 900123}\\nta", &c), "");
  EXPECT_EQ(c.text, "ring Jo on 07700 900123\nta");
  ASSERT_EQ(c.spans.size(), 2u);
  EXPECT_EQ(c.text.substr(c.spans[0].begin, c.spans[0].end - c.spans[0].begin), "Jo");
  EXPECT_EQ(c.spans[1].category, "phone");
  RedactionCase bad;
  EXPECT_EQ(ParseMarkup("ring {name Jo", &bad), "'{' at column 6 is not closed as {category:words}");
}

TEST(RedactorRecallTest, CoverageIgnoresSpacesBetweenRedactions) {
  const std::string text = "Jean Hill";
  EXPECT_TRUE(Covered(text, 0, 9, {{0, 4, "[name]"}, {5, 9, "[name]"}}));
  EXPECT_FALSE(Covered(text, 0, 9, {{0, 4, "[name]"}}));
}

}  // namespace
}  // namespace heard
