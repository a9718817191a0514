// How it works. One RE2, the alternation of every pattern below, finds
// where the next proposal starts; the patterns, each with exactly one
// capturing group (the span it proposes), are tried in order anchored there,
// and the first that matches is the one the alternation chose. Patterns
// for emails, phones, NHS numbers, postcodes and dates of birth are taken as
// they match. Patterns for names only propose a word after a cue ("my son",
// "Dr", "Kind regards", "I'm"); AcceptName (redactor_names.h) settles it with
// the word lists, and a rejected word lets the scan resume just before it, so
// it can still be proposed by another cue. Then one pass over the words
// finds the given names on the list wherever they stand, and the names the
// manifest lists are found as whole words. Spans are merged; neighbouring
// names ("Jean" "Hill") become one.
//
// The scan is linear in the text (RE2 guarantees it): one DFA pass of the
// alternation, a short anchored match where it stops, and one word pass.
// Tests: tests/analyse/redactor_test.cc (behaviour), and
// tests/analyse/redactor_recall_test.cc (recall and false redactions on the
// table in tests/testdata/redaction/).
#include "analyse/redactor.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "analyse/redactor_names.h"

namespace heard {
namespace {

// What is done with a pattern's span before it is taken.
enum class Check {
  kNone,       // taken as it is
  kTitleName,  // a name after a title (AcceptName, Cue::kWeak)
  kWeakName,   // the same, and after a capitalised cue only a listed name
  kStrongName, // a name after a strong cue (AcceptName, Cue::kStrong)
  kSubject,    // a weak name that is also not the tail of a proper noun
  kSignature,  // a signature of several words (AcceptSignature)
};

struct Pattern {
  const char* label;
  Check check;
  std::string regex;  // exactly one capturing group: the span
};

// Building blocks. Letters are those of the Latin script (ASCII and the
// accented letters of U+00C0-U+024F: "Zoë", "Łukasz", "Siân"), not all of
// Unicode: RE2 compiles \p{L} into a program twenty times the size, which
// cost most of a second at start-up and slowed every match. Names written
// in other scripts are not found by these patterns (see doc/checking.md).
// Between U+0100 and U+024F capitals and small letters alternate, so there
// both count as either.
const std::string kLetter = R"([A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}])";
const std::string kUpper = R"([A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}])";
const std::string kLower = R"([a-z\x{DF}-\x{F6}\x{F8}-\x{24F}])";
// A capitalised word may be all capitals or have an inner capital
// ("McAllister", "O'Brien"); a word is letters with inner apostrophes and
// hyphens, so a possessive is part of it and trimmed later.
const std::string kInner = R"((?:['’\-])" + kLetter + "+)*";
const std::string kCap = kUpper + kLetter + "*" + kInner;
const std::string kTitleCap = kUpper + kLower + "+" + kInner;
const std::string kWord = kLetter + "+" + kInner;
const std::string kNotLetter = R"((?:^|[^A-Za-z0-9\x{C0}-\x{24F}]))";
const std::string kPossessive = R"((?:my|our|his|her|their|the|a|me|mi|ma|your|ur))";
const std::string kRelationAdjective =
    R"((?:little|big|baby|older|younger|elder|eldest|youngest|twin|step|lovely|late|)"
    R"(dear|disabled|adult|autistic|teenage|new|two|three|grown\s+up))";
const std::string kRelation =
    R"((?:husband|hubby|hubbie|wife|wifey|partner|other\s+half|oh|fianc[eé]e?|boyfriend|)"
    R"(girlfriend|son|daughter|child|kid|baby|boy|girl|lad|lass|brother|bro|sister|sis|)"
    R"(sibling|twin|mum|mam|mom|mummy|mother|dad|daddy|father|stepdad|stepmum|stepson|)"
    R"(stepdaughter|parent|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|)"
    R"(granddad|grandpa|grandfather|grandson|granddaughter|grandchild|uncle|aunt|auntie|)"
    R"(aunty|cousin|nephew|niece|friend|neighbour|neighbor|eldest|youngest|oldest|carer|)"
    R"(pa|social\s+worker|support\s+worker|key\s*worker|care\s+worker|case\s+worker|)"
    R"(worker|care\s+co-?ordinator|gp|consultant|nurse|ot|physio|therapist|)"
    R"(health\s+visitor|senco|teacher|head\s*teacher|tutor|mentor|advis[oe]r|manager)"
    R"()(?:s|es)?(?:[\s\-]+in[\s\-]+law)?)";
// Relations used before a name without "my": "Grandad Jim", "Nana Joyce".
const std::string kKin =
    R"((?:nan|nana|nanna|nanny|gran|granny|grandma|grandad|granddad|grandpa|auntie|aunty|)"
    R"(aunt|uncle|mum|mam|mom|dad|cousin))";
// A title and the space after it; only an abbreviation takes a full stop,
// so "her nurse. Afterwards" is not "Nurse Afterwards". Abbreviations are
// spelt out by case because "MS" in capitals is multiple sclerosis.
const std::string kTitleAbbreviation =
    "(?:Mr|MR|mr|Mrs|MRS|mrs|Ms|ms|Mx|mx|Dr|DR|dr|Prof|PROF|prof|Cllr|CLLR|cllr|Rev|REV|rev|"
    "Revd|revd)";
const std::string kTitle =
    "(?:" + kTitleAbbreviation + R"(\.?|(?i:miss|doctor|professor|nurse|sister|councillor|)"
    R"(reverend|father|sir|dame)))";
const std::string kMonth =
    R"((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|)"
    R"(sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)";
const std::string kDate =
    R"((?i:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)" + kMonth +
    R"(,?\s+\d{2,4}|)" + kMonth + R"(\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|)" + kMonth +
    R"(\s+\d{4}))";
const std::string kEmailDot = R"((?:\.|\s*\(dot\)\s*|\s*\[dot\]\s*|\s+dot\s+))";
const std::string kSignatureWords =
    R"((?:(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?(?:)" + kUpper + R"(\.?[ \t]+)*)" + kWord +
    R"((?:[ \t]+(?:and|&)[ \t]+)" + kWord + R"(|[ \t]+)" + kWord + R"(){0,2})";
const std::string kSignatureTail =
    R"([ \t.!,]*(?i:x+)?[ \t]*(?:\r?\n[ \t]*\([^)\n]*\)[ \t]*)?\s*$)";
const std::string kSubjectVerb =
    R"((?:has|needs|gets|goes|can't|can’t|cant|cannot|won't|won’t|wont|doesn't|doesn’t|)"
    R"(doesnt|hasn't|hasn’t|hasnt|isn't|isn’t|isnt|loves|hates|attends|lives|keeps|)"
    R"(struggles|refuses|started|was\s+born|was\s+diagnosed|is\s+\d))";

// Order matters where two patterns can start at the same place: the first
// listed wins there.
std::vector<Pattern> MakePatterns() {
  return {
      {"[email]", Check::kNone, R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+))"},
      // "jo dot bloggs at gmail dot com", "sue(at)example.co.uk"
      {"[email]", Check::kNone,
       R"((?i:\b([a-z0-9._%+\-]+(?:\s+dot\s+[a-z0-9_%+\-]+)*)"
       R"((?:\s*\(at\)\s*|\s*\[at\]\s*|\s+at\s+)[a-z0-9\-]+(?:)" + kEmailDot +
           R"([a-z0-9\-]+)*)" + kEmailDot + R"((?:com|org|net|uk|gov|nhs|edu|info|me|io|scot|)"
           R"(wales|ie))\b))"},
      // 10 or 11 digits from a leading 0, or +44 / 0044 and 9 or 10 more.
      {"[phone]", Check::kNone,
       R"((?:^|[^\d+])((?:(?:\+|00)44[\s\-]?(?:\(0\)[\s\-]?)?|\(?0)\d(?:[\s\-\)]{0,2}\d){8,9})(?:\D|$))"},
      {"[NHS number]", Check::kNone, R"((?:^|\D)(\d{3}[\s\-]?\d{3}[\s\-]?\d{4})(?:\D|$))"},
      // Full postcodes only: an outward code alone ("LS6") is an area of
      // thousands of homes, and reads like "B12" or "M62".
      {"[postcode]", Check::kNone,
       R"((?:^|[^A-Za-z0-9])((?i:[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}))(?:[^A-Za-z0-9]|$))"},
      {"[date of birth]", Check::kNone,
       R"((?i:\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on|\s+in)?(?:\s+the)?)))"
       R"((?i:\s+(?:is|was))?[\s:\-,]{0,3}()" + kDate + ")"},
      // "Mrs Patel", "Dr. McAllister", "Mrs J Thompson", "cllr Hussain"
      {"[name]", Check::kTitleName,
       kNotLetter + kTitle + R"(\s+((?:)" + kUpper + R"(\.?\s+)?)" + kCap + ")"},
      // "dr okafor": only titles that are not also words
      {"[name]", Check::kStrongName,
       kNotLetter + kTitleAbbreviation + R"(\.?\s+()" + kLower + "+" + kInner + ")"},
      // "my son Callum", "the social worker, Tracey", "a son called Leo".
      // Only a capitalised word: a name in small letters ("my son callum")
      // is found only if it is on the list, and the list is searched
      // anyway; proposing every "my husband has" would cost a match each.
      {"[name]", Check::kWeakName,
       R"((?i:\b)" + kPossessive + R"(\s+(?:)" + kRelationAdjective + R"((?:\s+|\s*-\s*))*)" +
           kRelation + R"(\b)(?i:\s+(?:is\s+)?(?:called|named))?(?:\s+|\s*[,(]\s*)()" + kCap +
           ")"},
      {"[name]", Check::kWeakName,
       kNotLetter + "(?i:" + kKin + R"()(?:\s+|\s*[,(]\s*)()" + kTitleCap + ")"},
      {"[name]", Check::kWeakName, R"((?i:\bour)\s+()" + kTitleCap + ")"},
      // "Callum (my son)", "Brenda, my mother-in-law"
      {"[name]", Check::kWeakName,
       kNotLetter + "(" + kCap + R"()\s*[(,]\s*(?i:my|our|his|her|their)\s+(?i:(?:)" +
           kRelationAdjective + R"((?:\s+|-))*)" + kRelation + ")"},
      // "Alfie (6)", "Noah, 7,"
      {"[name]", Check::kWeakName,
       kNotLetter + "(" + kCap +
           R"()\s*(?:\(\s*(?:aged\s+)?\d{1,2}\s*\)|,\s*(?:aged\s+)?\d{1,2}\s*,))"},
      {"[name]", Check::kStrongName,
       R"((?i:\bmy\s+name(?:\s+is|'s|’s|s)|\bname\s+is|\bcall\s+me)\s+()" + kWord + ")"},
      // "I am Denise", "Im Tia": the cue in lower case, so "I Am Worn Out"
      // (every word capitalised) proposes nothing.
      {"[name]", Check::kWeakName,
       kNotLetter + R"((?:I\s+am|I'm|I’m|Im|im|i\s+am|i'm|i’m)\s+()" + kCap + ")"},
      {"[name]", Check::kWeakName, R"((?i:\bme\s+(?:and|n|&)\s+)()" + kCap + ")"},
      {"[name]", Check::kWeakName,
       kNotLetter + "(" + kCap + R"()\s+(?:and|n|&)\s+(?:me|I)\b)"},
      // "Priya needs", "because Ahmed cannot"
      {"[name]", Check::kSubject, kNotLetter + "(" + kTitleCap + R"()\s+)" + kSubjectVerb + R"(\b)"},
      // Signatures: after a sign-off, on the last line with kisses, or
      // after a dash.
      {"[name]", Check::kSignature,
       R"((?i:\b(?:(?:regards|thanks|thank\s+you|thank\s+u|thankyou|best\s+wishes|cheers|)"
       R"(sincerely|faithfully|warmly)\b[,!.]?[ \t]*|(?:best|love|truly|bye|ta)(?:[,!.][ \t]*|[ \t]*\n))))"
       R"((?:\r?\n[ \t]*)*()" +
           kSignatureWords + ")" + kSignatureTail},
      {"[name]", Check::kSignature,
       R"((?:^|[.!?][ \t]+|\n[ \t]*)(?i:from)[ \t]+()" + kSignatureWords + ")" + kSignatureTail},
      {"[name]", Check::kSignature,
       R"((?:^|\n)[ \t]*[-~\x{2013}\x{2014}]+[ \t]*()" + kSignatureWords + ")" + kSignatureTail},
      {"[name]", Check::kSignature,
       R"(\n[ \t]*()" + kSignatureWords + R"()[ \t.!,]*(?i:x+)[ \t]*\s*$)"},
  };
}

// The alternation finds where the next proposal starts with RE2's DFA
// alone, which is fast however many patterns there are; the patterns, each
// compiled on its own, are then tried in order anchored there, and the first
// that matches (the one the alternation chose) gives the span. Asking the
// alternation itself for the span would run RE2's NFA over the program of
// every pattern at once, several times slower on carers' text, where cues
// like "my husband" are common and mostly not followed by a name.
// Which patterns match there is asked of an anchored RE2::Set first, one
// DFA pass for them all, and only those are asked for their group (which
// RE2 finds with a slower engine). A set matches a text of its own, with
// no text before it, so a proposal after the text's start is given to
// `after`, whose patterns each begin by taking the character before it:
// `^` then cannot match there and `\b` sees that character, as they would
// in the whole text.
struct Scanner {
  std::unique_ptr<RE2> any;
  std::vector<Pattern> patterns;
  std::vector<std::unique_ptr<RE2>> each;
  std::unique_ptr<RE2::Set> at_start;  // the patterns, anchored
  std::unique_ptr<RE2::Set> after;     // each behind one character, anchored
};

RE2::Options ScanOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  // Room for the DFA of the whole alternation, so RE2 keeps to it on long
  // texts instead of falling back to the NFA.
  options.set_max_mem(64 << 20);
  return options;
}

// The patterns are fixed in this file: an error is a bug, and a redactor
// that quietly found nothing would publish personal data.
[[noreturn]] void PatternBug(const std::string& error, const std::string& arg) {
  std::fprintf(stderr, "heard: internal error: redactor pattern: %s: %s\n",
               error.substr(0, 80).c_str(), arg.c_str());
  std::abort();
}

std::unique_ptr<RE2> Compile(const std::string& regex) {
  auto re = std::make_unique<RE2>(regex, ScanOptions());
  if (!re->ok()) PatternBug(re->error(), re->error_arg());
  return re;
}

// `patterns` in one anchored set, each behind `before` (a pattern itself).
std::unique_ptr<RE2::Set> CompileSet(const std::vector<Pattern>& patterns,
                                     const std::string& before) {
  auto set = std::make_unique<RE2::Set>(ScanOptions(), RE2::ANCHOR_START);
  for (const Pattern& p : patterns) {
    std::string error;
    if (set->Add(before + "(?:" + p.regex + ")", &error) < 0) PatternBug(error, p.regex);
  }
  if (!set->Compile()) PatternBug("the set does not compile", "");
  return set;
}

const Scanner& TheScanner() {
  static const Scanner* scanner = [] {
    auto* out = new Scanner{.patterns = MakePatterns()};
    std::string all;
    for (const Pattern& p : out->patterns) {
      all += (all.empty() ? "(?:" : "|(?:") + p.regex + ")";
      out->each.push_back(Compile(p.regex));
    }
    out->any = Compile(all);
    out->at_start = CompileSet(out->patterns, "");
    out->after = CompileSet(out->patterns, "(?s:.)");
    return out;
  }();
  return *scanner;
}

// The end of a single-word name span, without a possessive ending.
size_t NameEnd(std::string_view text, size_t begin, size_t end) {
  std::string_view word = text.substr(begin, end - begin);
  for (std::string_view ending : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > ending.size() && word.substr(word.size() - ending.size()) == ending) {
      return end - ending.size();
    }
  }
  return end;
}

// The length of a signature without the kisses after it ("Mo x").
size_t SignatureLength(std::string_view span) {
  size_t length = span.size();
  while (true) {
    const size_t space = span.find_last_of(" \t", length - 1);
    if (space == std::string_view::npos) return length;
    const std::string_view last = span.substr(space + 1, length - space - 1);
    if (last.find_first_not_of("xX") != std::string_view::npos) return length;
    length = span.find_last_not_of(" \t", space) + 1;
  }
}

// Whether a proposed span is taken; for names, `end` may move (possessive
// trimmed, surname added) and joined names are added to `out`.
bool Take(const Pattern& pattern, std::string_view text, size_t begin, size_t* end,
          std::vector<Redaction>* out) {
  const std::string_view span = text.substr(begin, *end - begin);
  // A title's initial ("Mrs J Thompson") is checked by the surname after it.
  const size_t last_word = span.find_last_of(" \t\n");
  const std::string_view word = last_word == std::string_view::npos ? span : span.substr(last_word + 1);
  switch (pattern.check) {
    case Check::kNone:
      return true;
    case Check::kSignature:
      if (!AcceptSignature(span)) return false;
      *end = begin + SignatureLength(span);
      return true;
    case Check::kSubject:
      // Only in mid-sentence: at the start, "Demand has risen" and "Uni
      // has no idea" are as likely as a name, and names on the list are
      // found there anyway.
      if (IsSentenceStart(text, begin) || FollowsCapitalisedWord(text, begin) ||
          FollowsPlacePreposition(text, begin)) {
        return false;
      }
      [[fallthrough]];
    case Check::kWeakName:
      // "a Carers Rights Day", "in Upper Crag and I", "My Husband Keith":
      // after a capitalised word the capital proves nothing.
      if (FollowsCapitalisedWord(text, begin) && !IsListedName(word)) return false;
      [[fallthrough]];
    case Check::kTitleName:
    case Check::kStrongName:
      if (!AcceptName(word, pattern.check == Check::kStrongName ? Cue::kStrong : Cue::kWeak) ||
          (pattern.check != Check::kStrongName && IsShoutedAcronym(text, begin, word))) {
        return false;
      }
      *end = ExtendName(text, NameEnd(text, begin, *end), out);
      return true;
  }
  return false;
}

// Where the character before `at` starts, or npos when the bytes before
// `at` do not end with a well-formed UTF-8 character.
size_t CharStartBefore(std::string_view text, size_t at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c < 0 ? std::string_view::npos : static_cast<size_t>(i);
}

// The patterns that match at `at` in `text`, in order, into `which`.
void PatternsAt(const Scanner& scanner, std::string_view text, size_t at,
                std::vector<int>* which) {
  which->clear();
  const size_t from = at == 0 ? 0 : CharStartBefore(text, at);
  if (from != std::string_view::npos) {
    const RE2::Set& set = at == 0 ? *scanner.at_start : *scanner.after;
    RE2::Set::ErrorInfo error;
    if (set.Match(re2::StringPiece(text.data() + from, text.size() - from), which, &error)) {
      std::sort(which->begin(), which->end());
      return;
    }
    if (error.kind == RE2::Set::kNoError) return;
    which->clear();  // out of memory: ask each pattern instead
  }
  const re2::StringPiece whole(text.data(), text.size());
  for (size_t i = 0; i < scanner.each.size(); ++i) {
    if (scanner.each[i]->Match(whole, at, text.size(), RE2::ANCHOR_START, nullptr, 0)) {
      which->push_back(static_cast<int>(i));
    }
  }
}

void FindPatterns(std::string_view text, std::vector<Redaction>* out) {
  const Scanner& scanner = TheScanner();
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece found;
  re2::StringPiece sub[2];
  std::vector<int> which;
  size_t pos = 0;
  while (pos < text.size() &&
         scanner.any->Match(whole, pos, text.size(), RE2::UNANCHORED, &found, 1)) {
    const size_t match_begin = static_cast<size_t>(found.data() - text.data());
    size_t resume = match_begin + 1;
    PatternsAt(scanner, text, match_begin, &which);
    for (int i : which) {
      if (!scanner.each[i]->Match(whole, match_begin, text.size(), RE2::ANCHOR_START, sub, 2) ||
          sub[1].data() == nullptr) {
        continue;
      }
      const Pattern& pattern = scanner.patterns[i];
      const size_t begin = static_cast<size_t>(sub[1].data() - text.data());
      size_t end = begin + sub[1].size();
      if (begin < end && Take(pattern, text, begin, &end, out)) {
        out->push_back({begin, end, pattern.label});
        resume = std::max(end, resume);
      } else if (begin > 0) {
        // Resume just before the rejected word, so the character in front
        // of it can serve as another pattern's boundary.
        resume = std::max(begin - 1, resume);
      }
      break;
    }
    pos = resume;
  }
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// Whole-word, ASCII-case-insensitive occurrences of `name` in `text`.
void FindName(const std::string& name, std::string_view text, std::vector<Redaction>* out) {
  if (name.empty() || name.size() > text.size()) return;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  for (size_t at = 0; at + name.size() <= text.size(); ++at) {
    if (!std::equal(name.begin(), name.end(), text.begin() + at, same)) continue;
    const size_t end = at + name.size();
    if ((at > 0 && IsWordByte(text[at - 1])) || (end < text.size() && IsWordByte(text[end]))) continue;
    out->push_back({at, end, "[name]"});
    at = end - 1;
  }
}

bool OnlySpaces(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// Sorted, overlaps merged; two names with only spaces between them become
// one ("Jean" "Hill" -> "Jean Hill").
std::vector<Redaction> Merged(std::vector<Redaction> found, std::string_view text) {
  std::stable_sort(found.begin(), found.end(),
                   [](const Redaction& a, const Redaction& b) { return a.begin < b.begin; });
  std::vector<Redaction> merged;
  for (const Redaction& r : found) {
    if (!merged.empty()) {
      Redaction& last = merged.back();
      const bool overlaps = r.begin < last.end;
      const bool names_side_by_side = r.begin >= last.end && last.label == "[name]" &&
                                      r.label == "[name]" &&
                                      OnlySpaces(text.substr(last.end, r.begin - last.end));
      if (overlaps || names_side_by_side) {
        last.end = std::max(last.end, r.end);
        continue;
      }
    }
    merged.push_back(r);
  }
  return merged;
}

}  // namespace

std::vector<Redaction> FindPersonalData(std::string_view text,
                                        const std::vector<std::string>& names) {
  std::vector<Redaction> found;
  FindPatterns(text, &found);
  FindGivenNames(text, &found);
  for (const std::string& name : names) FindName(name, text, &found);
  return Merged(std::move(found), text);
}

std::string Redacted(std::string_view text, const std::vector<std::string>& names) {
  std::string out;
  size_t pos = 0;
  for (const Redaction& r : FindPersonalData(text, names)) {
    out.append(text.substr(pos, r.begin - pos));
    out += r.label;
    pos = r.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace heard
