#include "lexicon/term_query.h"

#include <re2/re2.h>

#include "lexicon/term_pattern.h"

namespace heard {

StatusOr<Term> ParseQueryTerm(const std::string& text) {
  Term term;
  term.location.file = "TERM";
  if (text.rfind("re:", 0) == 0) {
    term.kind = Term::Kind::kRegex;
    term.text = text.substr(3);
  } else {
    term.text = text;
    term.kind = ClassifyTerm(text);
  }
  StatusOr<std::string> body = TermBody(term);
  if (!body.ok()) return Status::UsageError("TERM '" + text + "': " + body.status().message());
  if (RE2::FullMatch("", RE2(*body, RE2::Quiet))) {
    return Status::UsageError("TERM '" + text + "' can match the empty string; make some part "
                              "of it required");
  }
  return term;
}

Codebook QueryCodebook(const Term& term) {
  Codebook book;
  book.name = "query";
  book.path = "TERM";
  Theme theme;
  theme.id = "query";
  theme.label = term.text;
  theme.terms.push_back(term);
  book.themes.push_back(std::move(theme));
  return book;
}

StatusOr<Codebook> ThemeCodebook(const Codebook& book, const std::string& id) {
  const int index = book.IndexOf(id);
  if (index < 0) {
    std::string known;
    for (const Theme& theme : book.themes) known += (known.empty() ? "" : ", ") + theme.id;
    return Status::UsageError("--theme: no theme '" + id + "' in codebook '" + book.name +
                              "' (its themes: " + known + ")");
  }
  Codebook single;
  single.name = book.name;
  single.version = book.version;
  single.path = book.path;
  single.hash = book.hash;
  single.themes.push_back(book.themes[index]);
  single.themes.back().parent.clear();  // the parent is not in this codebook
  return single;
}

}  // namespace heard
