// The matcher's two engines (WordIndex for plain terms, RE2 for the rest)
// against the simplest correct matcher: one RE2 alternation of all of a
// list's terms, leftmost-longest, searched hit after hit, each hit named by
// the first term that matches all of it. Same themes, same hits, same
// terms, same exclusions, on the sample consultation's raw text, on text
// built from the codebook's own terms, and on a codebook made of traps.
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"
#include "lexicon/regex_expand.h"
#include "lexicon/term_identifier.h"
#include "lexicon/term_pattern.h"
#include "text/normalizer.h"

namespace heard {
namespace {

// One list (a theme's terms or its exclusions) as a single alternation.
struct ReferenceList {
  std::unique_ptr<RE2> re;
  std::unique_ptr<TermIdentifier> names;
};

ReferenceList Reference(const std::vector<Term>& terms) {
  std::vector<std::string> bodies;
  for (const Term& term : terms) bodies.push_back(*TermBody(term));
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(true);
  options.set_max_mem(256 << 20);
  return {std::make_unique<RE2>(BoundedAlternation(bodies, false), options),
          std::make_unique<TermIdentifier>(terms, bodies)};
}

bool IsWordByte(const std::string& text, size_t at) {
  UChar32 c;
  int32_t i = static_cast<int32_t>(at);
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// Every hit of `list` in `text`, as the plain search-and-resume loop finds
// them, boundary characters stripped.
std::vector<Matcher::Span> FindAll(const ReferenceList& list, const std::string& text) {
  std::vector<Matcher::Span> spans;
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() &&
         list.re->Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t start = static_cast<size_t>(match.data() - text.data());
    size_t begin = start, end = start + match.size();
    const size_t whole_begin = begin, whole_end = end;
    if (begin > 0 || !IsWordByte(text, begin)) {
      int32_t at = static_cast<int32_t>(begin);
      U8_FWD_1(text.data(), at, static_cast<int32_t>(text.size()));
      begin = static_cast<size_t>(at);
    }
    if (end > begin) {
      int32_t at = static_cast<int32_t>(end);
      U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, at);
      if (end < text.size() || !IsWordByte(text, static_cast<size_t>(at))) {
        end = static_cast<size_t>(at);
      }
    }
    end = std::max(begin, end);
    int term = list.names->Identify(std::string_view(text).substr(begin, end - begin));
    // At the text's very start or end, a non-word character ("'d", "carer?")
    // may be the term's own (re: "'d be", re: "carers?\\?") rather than the
    // boundary: then the term is named with it.
    for (size_t b : {begin, whole_begin}) {
      for (size_t e : {end, whole_end}) {
        if (term >= 0 || (b == begin && e == end) || e < b) continue;
        term = list.names->Identify(std::string_view(text).substr(b, e - b));
        if (term >= 0) std::tie(begin, end) = std::make_pair(b, e);
      }
    }
    spans.push_back({begin, end, term});
    pos = std::max(end, start + 1);
  }
  return spans;
}

std::string Describe(const std::vector<Coding>& codings) {
  std::ostringstream out;
  for (const Coding& coding : codings) {
    out << "theme " << coding.theme << ":";
    for (const Hit& hit : coding.hits) out << " " << hit.term << "@" << hit.begin << "-" << hit.end;
    for (const Hit& hit : coding.excluded) {
      out << " x" << hit.term << "@" << hit.begin << "-" << hit.end << "/" << hit.excluded_by;
    }
    out << "\n";
  }
  return out.str();
}

// The one-alternation matcher: each theme's terms and exclusions.
struct ReferenceBook {
  explicit ReferenceBook(const Codebook& book) {
    for (const Theme& theme : book.themes) {
      includes.push_back(theme.terms.empty() ? ReferenceList{} : Reference(theme.terms));
      excludes.push_back(theme.excludes.empty() ? ReferenceList{} : Reference(theme.excludes));
    }
  }
  std::vector<ReferenceList> includes, excludes;
};

// What the one-alternation matcher codes `text` as, excluded hits kept.
std::string ReferenceCode(const ReferenceBook& book, const std::string& text) {
  const NormalizedText normalized = Normalize(text);
  std::vector<Coding> codings;
  for (size_t t = 0; t < book.includes.size(); ++t) {
    if (!book.includes[t].re || normalized.text.empty()) continue;
    const std::vector<Matcher::Span> hits = FindAll(book.includes[t], normalized.text);
    if (hits.empty()) continue;
    std::vector<Matcher::Span> contexts;
    if (book.excludes[t].re) contexts = FindAll(book.excludes[t], normalized.text);
    Coding coding;
    coding.theme = static_cast<int>(t);
    for (const Matcher::Span& span : hits) {
      auto [begin, end] = normalized.ToOriginal(span.begin, span.end);
      Hit hit{span.term, begin, end};
      for (const Matcher::Span& context : contexts) {
        if (span.begin < context.end && context.begin < span.end) {
          hit.excluded_by = context.term;
          break;
        }
      }
      (hit.excluded_by >= 0 ? coding.excluded : coding.hits).push_back(hit);
    }
    codings.push_back(std::move(coding));
  }
  return Describe(codings);
}

Codebook Carers() {
  StatusOr<Codebook> book =
      LoadCodebook(std::string(HEARD_TESTDATA) + "/../../lexicons/carers/codebook.yaml");
  EXPECT_TRUE(book.ok()) << book.status().message();
  return *book;
}

// Lines of the sample consultation's text files, as they are on disk.
std::vector<std::string> SampleLines() {
  std::vector<std::string> lines;
  const std::string dir = std::string(HEARD_TESTDATA) + "/../../surveys/sample/";
  for (const char* name : {"survey.csv", "event-cards.csv", "telephone-notes.txt",
                           "workshop-carers-week.md", "young-carers-session.md",
                           "parent-carers-forum.md"}) {
    std::ifstream in(dir + name);
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
  }
  return lines;
}

// Text made of `book`'s plain terms, strings its regex terms stand for
// (three of each that regex_expand.h spells out) and near misses, joined by
// spaces, hyphens, apostrophes and punctuation.
std::vector<std::string> TermSoup(const Codebook& book, int count, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<std::string> words = {"the", "and", "carer", "a", "I", "café", "naïve", "x",
                                    "résumé", "2", "don't", "ok"};
  for (const Theme& theme : book.themes) {
    for (const std::vector<Term>* list : {&theme.terms, &theme.excludes}) {
      for (const Term& term : *list) {
        if (term.kind == Term::Kind::kRegex) {
          std::optional<std::vector<std::string>> spelled = ExpandRegex(term.text, 4096);
          for (int k = 0; spelled && k < 3; ++k) {
            words.push_back((*spelled)[random() % spelled->size()]);
          }
          continue;
        }
        std::string text = term.text;
        for (char& c : text) {
          if (c == '*') c = 's';
        }
        words.push_back(text);
      }
    }
  }
  const std::vector<std::string> gaps = {" ", " ", " ", "-", " - ", ", ", "'", ". ", "  ",
                                         "s ", "ing ", "\xE2\x80\x94", " (", ") ", "\xC3\xA9",
                                         // letters that normalising keeps (Cyrillic zhe,
                                         // Greek lambda): a boundary only RE2 knows is none
                                         "\xD0\xB6", " \xCE\xBB"};
  std::vector<std::string> texts;
  for (int i = 0; i < count; ++i) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 14);
    for (int w = 0; w < length; ++w) {
      if (w > 0) text += gaps[random() % gaps.size()];
      std::string word = words[random() % words.size()];
      if (random() % 5 == 0) word[0] = static_cast<char>(std::toupper(word[0]));
      text += word;
    }
    texts.push_back(text);
  }
  return texts;
}

void ExpectSameCodings(const Codebook& book, const std::vector<std::string>& texts) {
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(book);
  ASSERT_TRUE(matcher.ok()) << matcher.status().message();
  const ReferenceBook reference(book);
  int coded = 0;
  for (const std::string& text : texts) {
    const std::string got = Describe((*matcher)->Code(Normalize(text), true));
    ASSERT_EQ(got, ReferenceCode(reference, text)) << "text: " << text;
    coded += !got.empty();
  }
  EXPECT_GT(coded, static_cast<int>(texts.size()) / 10) << "too few texts coded to tell";
}

TEST(MatcherEquivalenceTest, SampleConsultationCodesAsOneAlternationWould) {
  ExpectSameCodings(Carers(), SampleLines());
}

TEST(MatcherEquivalenceTest, TextMadeOfTheCodebooksTermsCodesAsOneAlternationWould) {
  ExpectSameCodings(Carers(), TermSoup(Carers(), 1500, 7));
}

// Terms that meet at the same words: plain and regex terms of the same
// span (the earlier in the list names it), a phrase and its first word, a
// regex longer than a phrase, wildcards of every shape, apostrophes, accents.
TEST(MatcherEquivalenceTest, TrapCodebookCodesAsOneAlternationWould) {
  StatusOr<Codebook> book = ParseCodebook(R"yaml(name: traps
version: "1"
themes:
  - id: breaks
    terms:
      - re: "short break(?:s)?"
      - short break
      - short
      - short break away
      - break*
      - "*sitting"
      - "*sit*"
      - re: "short break away for (?:a|the) (?:day|week)"
      - carer's card
      - café
      - re: "(?:day|week) off"
      - re: "day-off|week-?end"
      - weekend
      - re: "don't (?:tell|ask)(?: anyone)?"
      - re: "carers?, not (?:visitors|guests)"
      - re: "carers?\\?"
      - re: "(?:short|long) break(?: away)?"
    exclude:
      - short break away
      - re: "no (?:short )?break"
      - lunch break
  - id: people
    terms:
      - young carer*
      - carer*
      - re: "carers?"
      - a & e
      - naïve
      - sitting service
)yaml",
                                          "traps.yaml");
  ASSERT_TRUE(book.ok()) << book.status().message();
  std::vector<std::string> texts = TermSoup(*book, 3000, 11);
  texts.insert(texts.end(),
               {"a short break away for a day off", "no short break, just a short-break",
                "Short Break Away for the week", "babysitting and sitting service", "carer's card",
                "young carers young-carer's", "A & E at the café, naive", "break short break",
                "lunch break away", "shortbreak short  break", "a day-off, a day off, a week-end",
                "don't tell anyone, don't ask. don't-tell", "carers, not visitors; carer,not guests",
                "carers? carer?? a long break away", "weekend week-end weekends"});
  ExpectSameCodings(*book, texts);
}

}  // namespace
}  // namespace heard
