#include "pipeline/suggest.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <unordered_map>
#include <vector>

#include "analyse/duplicates.h"
#include "analyse/keyness.h"
#include "analyse/kwic.h"
#include "analyse/ngram_counts.h"
#include "ingest/ingest.h"
#include "pipeline/session.h"
#include "report/csv_writer.h"
#include "text/normalizer.h"

namespace heard {
namespace {

constexpr int64_t kMinUncodedResponses = 2;

// Everything counted over the stream.
struct Tally {
  int64_t responses = 0;          // with text, and counted
  int64_t answers = 0;            // non-blank
  int64_t uncoded_answers = 0;
  int64_t uncoded_responses = 0;  // with at least one uncoded answer
  std::unordered_map<std::string, int64_t> uncoded;  // candidate -> responses
  NgramCounts all;
  std::vector<NgramCounts> themes;  // per theme: the responses it coded
  std::vector<int64_t> theme_responses;
};

struct Uncoded {
  std::string text;
  int64_t responses = 0;
};

// Whether a repeat is left out of counts, as `heard run` decides it.
bool Counted(const CopyVerdict& verdict, const Manifest& manifest) {
  if (verdict.group < 0) return true;
  const CopyPolicy policy =
      verdict.kind == CopyGroup::Kind::kCampaign ? manifest.campaigns : manifest.duplicates;
  return policy == CopyPolicy::kCountEach;
}

void TallyResponse(const Response& response, const Matcher& matcher, Tally* tally) {
  NgramCounts counts;
  std::set<int> themes;
  std::set<std::string> uncoded;
  bool has_text = false, has_uncoded = false;
  for (const Answer& answer : response.answers) {
    if (IsBlank(answer.text)) continue;
    has_text = true;
    ++tally->answers;
    const NormalizedText text = Normalize(answer.text);
    const std::vector<Coding> codings = matcher.Code(text);
    NgramCounts answer_counts;
    CountNgrams(text.text, &answer_counts);
    if (codings.empty()) {
      has_uncoded = true;
      ++tally->uncoded_answers;
      for (const auto& [candidate, count] : answer_counts.counts) uncoded.insert(candidate);
    }
    for (const Coding& coding : codings) themes.insert(coding.theme);
    counts.Add(answer_counts);
  }
  if (!has_text) return;
  ++tally->responses;
  if (has_uncoded) ++tally->uncoded_responses;
  for (const std::string& candidate : uncoded) ++tally->uncoded[candidate];
  for (int theme : themes) {
    tally->themes[theme].Add(counts);
    ++tally->theme_responses[theme];
  }
  tally->all.Add(counts);
}

// The words (or, with `phrases`, the two-word phrases) most used in
// uncoded answers.
std::vector<Uncoded> TopUncoded(const Tally& tally, bool phrases, size_t top) {
  std::vector<Uncoded> list;
  for (const auto& [text, responses] : tally.uncoded) {
    const bool phrase = text.find(' ') != std::string::npos;
    if (phrase == phrases && responses >= kMinUncodedResponses) {
      list.push_back({text, responses});
    }
  }
  std::sort(list.begin(), list.end(), [](const Uncoded& a, const Uncoded& b) {
    if (a.responses != b.responses) return a.responses > b.responses;
    return a.text < b.text;
  });
  if (list.size() > top) list.resize(top);
  return list;
}

enum class Coverage { kNone, kPart, kWhole };

// How each theme's terms match `candidate` on its own (exclusions aside).
std::vector<Coverage> CoverageOf(const Matcher& matcher, size_t themes,
                                 const std::string& candidate) {
  std::vector<Coverage> coverage(themes, Coverage::kNone);
  for (const Coding& coding : matcher.Code(Normalize(candidate), true)) {
    for (const std::vector<Hit>* hits : {&coding.hits, &coding.excluded}) {
      for (const Hit& hit : *hits) {
        const bool whole = hit.begin == 0 && hit.end == candidate.size();
        if (whole) coverage[coding.theme] = Coverage::kWhole;
        if (!whole && coverage[coding.theme] == Coverage::kNone) {
          coverage[coding.theme] = Coverage::kPart;
        }
      }
    }
  }
  return coverage;
}

const char* CoverageName(Coverage coverage) {
  switch (coverage) {
    case Coverage::kWhole: return "yes";
    case Coverage::kPart: return "part";
    case Coverage::kNone: return "";
  }
  return "";
}

// "breaks, gp_hospital (part)": the themes whose terms match `candidate`.
std::string MatchedBy(const Matcher& matcher, const Codebook& codebook,
                      const std::string& candidate) {
  const std::vector<Coverage> coverage =
      CoverageOf(matcher, codebook.themes.size(), candidate);
  std::string themes;
  for (size_t t = 0; t < coverage.size(); ++t) {
    if (coverage[t] == Coverage::kNone) continue;
    themes += (themes.empty() ? "" : ", ") + codebook.themes[t].id;
    if (coverage[t] == Coverage::kPart) themes += " (part)";
  }
  return themes;
}

std::string Fixed1(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

size_t CandidateWidth(const std::vector<std::string>& candidates) {
  size_t width = 14;
  for (const std::string& text : candidates) width = std::max(width, CodePoints(text));
  return width;
}

void PrintUncoded(const std::vector<Uncoded>& list, const std::vector<std::string>& matched,
                  const std::string& heading, std::ostream& out) {
  std::vector<std::string> texts;
  for (const Uncoded& row : list) texts.push_back(row.text);
  const size_t width = CandidateWidth(texts);
  out << "  responses  " << Pad(heading, width, false) << "  a theme matches it alone\n";
  for (size_t i = 0; i < list.size(); ++i) {
    std::string line = Pad(std::to_string(list[i].responses), 11, true) + "  " +
                       Pad(list[i].text, width, false) + "  " + matched[i];
    while (line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
  if (list.empty()) out << "  (none in " << kMinUncodedResponses << " or more responses)\n";
}

void PrintKeyTerms(const std::vector<KeyTerm>& terms, const std::vector<Coverage>& in_theme,
                   std::ostream& out) {
  std::vector<std::string> texts;
  for (const KeyTerm& term : terms) texts.push_back(term.text);
  const size_t width = CandidateWidth(texts);
  out << "        G2   here  elsewhere  " << Pad("word or phrase", width, false)
      << "  in theme\n";
  for (size_t i = 0; i < terms.size(); ++i) {
    std::string line = Pad(Fixed1(terms[i].g2), 10, true) +
                       Pad(std::to_string(terms[i].target), 7, true) +
                       Pad(std::to_string(terms[i].reference), 11, true) + "  " +
                       Pad(terms[i].text, width, false) + "  " + CoverageName(in_theme[i]);
    while (line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

void WriteHeader(std::ostream& csv) {
  WriteCsvRow(csv, {"list", "theme", "candidate", "responses", "here", "elsewhere", "g2",
                    "in_theme"});
}

}  // namespace

int Suggest(const SuggestOptions& options, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Session>> opened = OpenSession(options.input, options.codebook_path);
  if (!opened.ok()) return Fail(opened.status(), err);
  const Session& session = **opened;
  const Codebook& codebook = session.codebook;
  const Matcher& matcher = *session.matcher;

  Tally tally;
  tally.themes.resize(codebook.themes.size());
  tally.theme_responses.resize(codebook.themes.size());
  DuplicateFinder copies;
  Ledger ledger;
  Status ingested = Ingest(session.manifest, &ledger, [&](Response response) {
    if (!Counted(copies.Check(response), session.manifest)) return false;
    TallyResponse(response, matcher, &tally);
    return true;
  });
  if (!ingested.ok()) return Fail(ingested, err);

  std::ofstream csv;
  if (!options.csv_path.empty()) {
    csv.open(options.csv_path, std::ios::binary);
    WriteHeader(csv);
  }
  out << tally.responses << " responses with text (" << tally.answers << " answers); no theme"
      << " coded " << tally.uncoded_answers << " answers, in " << tally.uncoded_responses
      << " responses.\n\nFrequent in answers no theme coded (in " << kMinUncodedResponses
      << " or more responses):\n";
  for (bool phrases : {false, true}) {
    const std::vector<Uncoded> uncoded = TopUncoded(tally, phrases, options.top);
    std::vector<std::string> matched;
    for (const Uncoded& row : uncoded) {
      matched.push_back(MatchedBy(matcher, codebook, row.text));
      if (csv.is_open()) {
        WriteCsvRow(csv, {"uncoded", "", row.text, std::to_string(row.responses), "", "", "",
                          matched.back()});
      }
    }
    if (phrases) out << "\n";
    PrintUncoded(uncoded, matched, phrases ? "phrase" : "word", out);
  }

  out << "\nKey words and phrases of each theme: over-represented in the responses it\n"
         "coded against all others, by log-likelihood G2 (3.84: p < 0.05; 6.63: p < 0.01).\n"
         "here / elsewhere: uses in its responses / in the rest. in theme: yes when one of\n"
         "its terms matches the whole candidate, part when one matches inside it.\n";
  KeynessLimits limits;
  limits.top = options.top;
  for (size_t t = 0; t < codebook.themes.size(); ++t) {
    const Theme& theme = codebook.themes[t];
    out << "\n" << theme.id << ": " << theme.label << " (" << tally.theme_responses[t]
        << (tally.theme_responses[t] == 1 ? " response)\n" : " responses)\n");
    const std::vector<KeyTerm> terms = KeyTerms(tally.themes[t], tally.all, limits);
    if (terms.empty()) {
      out << "  (nothing over-represented, seen " << limits.min_count << " times or more)\n";
      continue;
    }
    std::vector<Coverage> in_theme;
    for (const KeyTerm& term : terms) {
      in_theme.push_back(CoverageOf(matcher, codebook.themes.size(), term.text)[t]);
      if (csv.is_open()) {
        WriteCsvRow(csv, {"key", theme.id, term.text, "", std::to_string(term.target),
                          std::to_string(term.reference), Fixed1(term.g2),
                          CoverageName(in_theme.back())});
      }
    }
    PrintKeyTerms(terms, in_theme, out);
  }
  if (csv.is_open()) {
    csv.close();
    if (!csv) return Fail(Status::OutputError(FormatError({options.csv_path}, "cannot write")), err);
  }
  return kExitOk;
}

}  // namespace heard
