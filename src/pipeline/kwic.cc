#include "pipeline/kwic.h"

#include <algorithm>
#include <vector>

#include "analyse/kwic.h"
#include "ingest/ingest.h"
#include "lexicon/term_query.h"
#include "pipeline/session.h"
#include "text/normalizer.h"

namespace heard {
namespace {

constexpr size_t kTermColumn = 24;  // code points of a term's text shown

struct KwicRow {
  std::string id;
  std::string term;  // the term that fired ("" without --theme)
  bool excluded = false;
  KwicLine line;
};

StatusOr<Codebook> QueryFor(const KwicOptions& options, const Codebook& book) {
  if (!options.theme.empty()) return ThemeCodebook(book, options.theme);
  StatusOr<Term> term = ParseQueryTerm(options.term);
  if (!term.ok()) return term.status();
  return QueryCodebook(*term);
}

// A term as the term column shows it, cut to kTermColumn code points.
std::string TermLabel(const Term& term) {
  const std::string text = term.kind == Term::Kind::kRegex ? "re:" + term.text : term.text;
  const std::string flat = Flatten(text);
  if (CodePoints(flat) <= kTermColumn) return flat;
  return std::string(LeadingCodePoints(flat, kTermColumn - 3)) + "...";
}

// The coding's counted and excluded hits, in text order; second: excluded.
std::vector<std::pair<Hit, bool>> InTextOrder(const Coding& coding) {
  std::vector<std::pair<Hit, bool>> hits;
  for (const Hit& hit : coding.hits) hits.push_back({hit, false});
  for (const Hit& hit : coding.excluded) hits.push_back({hit, true});
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  return hits;
}

// Adds a row for every hit in `response`; returns how many.
size_t CollectRows(const Response& response, const Matcher& matcher, const Theme& theme,
                   bool name_terms, size_t width, std::vector<KwicRow>* rows) {
  size_t added = 0;
  for (const Answer& answer : response.answers) {
    if (IsBlank(answer.text)) continue;
    for (const Coding& coding : matcher.Code(Normalize(answer.text), true)) {
      for (const auto& [hit, excluded] : InTextOrder(coding)) {
        rows->push_back({response.id, name_terms ? TermLabel(theme.terms[hit.term]) : "",
                         excluded, CutKwic(answer.text, hit.begin, hit.end, width)});
        ++added;
      }
    }
  }
  return added;
}

void PrintRows(const std::vector<KwicRow>& rows, bool name_terms, size_t width,
               std::ostream& out) {
  size_t id_width = 0, term_width = 0;
  for (const KwicRow& row : rows) {
    id_width = std::max(id_width, CodePoints(row.id));
    term_width = std::max(term_width, CodePoints(row.term));
  }
  for (const KwicRow& row : rows) {
    out << Pad(row.id, id_width, false) << "  ";
    if (name_terms) out << Pad(row.term, term_width, false) << "  ";
    out << FormatKwic(row.line, width) << (row.excluded ? "  (excluded)" : "") << "\n";
  }
}

}  // namespace

int Kwic(const KwicOptions& options, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Session>> opened = OpenSession(options.input, options.codebook_path);
  if (!opened.ok()) return Fail(opened.status(), err);
  const Session& session = **opened;
  StatusOr<Codebook> query = QueryFor(options, session.codebook);
  if (!query.ok()) return Fail(query.status(), err);
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*query);
  if (!matcher.ok()) return Fail(matcher.status(), err);

  const bool name_terms = !options.theme.empty();
  std::vector<KwicRow> rows;
  int64_t read = 0, with_hits = 0;
  Ledger ledger;
  Status ingested = Ingest(session.manifest, &ledger, [&](Response response) {
    ++read;
    if (CollectRows(response, **matcher, query->themes[0], name_terms, options.width, &rows)) {
      ++with_hits;
    }
    return true;
  });
  if (!ingested.ok()) return Fail(ingested, err);
  PrintRows(rows, name_terms, options.width, out);
  const int64_t excluded = std::count_if(rows.begin(), rows.end(),
                                         [](const KwicRow& row) { return row.excluded; });
  out << rows.size() << (rows.size() == 1 ? " hit" : " hits");
  if (name_terms) out << " (" << excluded << " excluded)";
  out << " in " << with_hits << (with_hits == 1 ? " response" : " responses") << " of "
      << read << " read\n";
  return kExitOk;
}

}  // namespace heard
