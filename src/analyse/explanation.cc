#include "analyse/explanation.h"

namespace heard {
namespace {

// 1-based character (code point) position of byte `offset` in `text`.
size_t CharacterAt(const std::string& text, size_t offset) {
  size_t characters = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++characters;
  }
  return characters;
}

std::string Where(const std::string& text, const Hit& hit) {
  const size_t first = CharacterAt(text, hit.begin);
  const size_t last = CharacterAt(text, hit.end) - 1;
  return "characters " + std::to_string(first) + "-" + std::to_string(last);
}

std::string Quoted(const std::string& text, const Hit& hit) {
  std::string words = text.substr(hit.begin, hit.end - hit.begin);
  for (char& c : words) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return "\"" + words + "\"";
}

std::string TermLine(const Term& term) {
  return DescribeTerm(term) + " (" + term.location.ToString() + ")";
}

}  // namespace

std::string DescribeTerm(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kRegex: return "re:\"" + term.text + "\"";
    case Term::Kind::kPhrase: return "\"" + term.text + "\"";
    case Term::Kind::kWord:
    case Term::Kind::kWildcard: return term.text;
  }
  return term.text;
}

std::string ExplainAnswer(const Codebook& codebook, const std::string& text,
                          const std::vector<Coding>& codings) {
  std::string lines;
  for (const Coding& coding : codings) {
    const Theme& theme = codebook.themes[coding.theme];
    if (coding.origin == Coding::Origin::kManual) {
      lines += "  " + theme.id + ": added by hand" +
               (coding.note.empty() ? "" : " (" + coding.note + ")") + "\n";
      continue;
    }
    for (const Hit& hit : coding.hits) {
      lines += "  " + theme.id + ": " + Quoted(text, hit) + " at " + Where(text, hit) +
               ", term " + TermLine(theme.terms[hit.term]) + "\n";
    }
    for (const Hit& hit : coding.excluded) {
      lines += "  not " + theme.id + ": " + Quoted(text, hit) + " at " + Where(text, hit) +
               ", term " + TermLine(theme.terms[hit.term]) + ", cancelled by exclusion " +
               (hit.excluded_by >= 0 ? TermLine(theme.excludes[hit.excluded_by]) : "?") + "\n";
    }
  }
  return lines.empty() ? "  no theme\n" : lines;
}

}  // namespace heard
