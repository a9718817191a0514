#include "lexicon/liwc_import.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "lexicon/dictionary_import.h"

namespace heard {
namespace {

constexpr std::string_view kSpace = " \t";

std::string_view Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A category number as a map key: "007" and "7" are the same category.
std::string NumberKey(std::string_view digits) {
  const size_t first = digits.find_first_not_of('0');
  return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
}

// The end of the token starting at `begin`: the next space or tab, except
// that a LIWC 2007 conditional "(02 134)125/464" or "<of>131" runs on past
// the spaces inside its brackets.
size_t TokenEnd(std::string_view s, size_t begin) {
  size_t pos = begin;
  if (s[begin] == '(' || s[begin] == '<') {
    const size_t close = s.find(s[begin] == '(' ? ')' : '>', begin);
    if (close != std::string_view::npos) pos = close;
  }
  const size_t end = s.find_first_of(kSpace, pos);
  return end == std::string_view::npos ? s.size() : end;
}

// Reads a .dic file line by line: '%', categories, '%', words.
class LiwcParser {
 public:
  LiwcParser(const std::string& file, Codebook* book) : file_(file), book_(book) {}

  Status ParseLine(std::string_view line, int number) {
    const bool percent = Trim(line) == "%";
    switch (section_) {
      case Section::kBeforeCategories:
        if (!percent) {
          return Error(number, 0, "a LIWC dictionary starts with a line holding only '%'");
        }
        section_ = Section::kCategories;
        open_line_ = number;
        return Status::Ok();
      case Section::kCategories:
        if (!percent) return ParseCategory(line, number);
        if (book_->themes.empty()) {
          return Error(number, 0, "no categories between the two '%' lines");
        }
        section_ = Section::kWords;
        close_line_ = number;
        return Status::Ok();
      case Section::kWords:
        if (!percent) return ParseWord(line, number);
        return Error(number, 0,
                     "unexpected '%' line: the category section ended at line " +
                         std::to_string(close_line_));
    }
    return Status::Ok();
  }

  // Checks what can only be checked at the end of the file.
  Status Finish() {
    if (section_ == Section::kBeforeCategories) {
      return Error(1, 0, "the dictionary is empty");
    }
    if (section_ == Section::kCategories) {
      return Error(open_line_, 0,
                   "the category section that starts here is never "
                   "closed by a line holding only '%'");
    }
    for (const Theme& theme : book_->themes) {
      if (!theme.terms.empty()) continue;
      return Status::InputError(
          FormatError(theme.location, "category '" + theme.label + "' has no words"));
    }
    return Status::Ok();
  }

 private:
  enum class Section { kBeforeCategories, kCategories, kWords };

  // "NUMBER<whitespace>name".
  Status ParseCategory(std::string_view line, int number) {
    const size_t begin = line.find_first_not_of(kSpace);
    const size_t number_end = std::min(line.find_first_of(kSpace, begin), line.size());
    const std::string_view digits = line.substr(begin, number_end - begin);
    const std::string_view rest = Trim(line.substr(number_end));
    if (!IsDigits(digits)) {
      if (IsDigits(rest.substr(0, rest.find_first_of(kSpace)))) {
        return Error(number, begin,
                     "a word line inside the category section; is the "
                     "'%' line that ends the categories missing?");
      }
      return Error(number, begin,
                   "category number '" + std::string(digits) +
                       "' is not a number (expected NUMBER<TAB>name)");
    }
    if (rest.empty()) {
      return Error(number, begin, "category " + std::string(digits) + " has no name");
    }
    const size_t name_at = static_cast<size_t>(rest.data() - line.data());
    if (rest.find('\t') != std::string_view::npos) {
      return Error(number, name_at + rest.find('\t'),
                   "a category line is NUMBER<TAB>name; this one has a second TAB");
    }
    const std::string name(rest);
    auto [it, fresh] = theme_of_number_.emplace(NumberKey(digits), book_->themes.size());
    if (!fresh) {
      const Theme& first = book_->themes[it->second];
      return Error(number, begin,
                   "category number " + std::string(digits) + " is used twice (first for '" +
                       first.label + "' at line " + std::to_string(first.location.line) + ")");
    }
    return AddTheme(name, digits, number, begin, name_at);
  }

  Status AddTheme(const std::string& name, std::string_view digits, int number, size_t number_at,
                  size_t name_at) {
    StatusOr<std::string> id = ThemeIdForCategory(name);
    if (!id.ok()) return Error(number, name_at, id.status().message());
    Status claimed = ids_.Claim(*id, name, At(number, name_at));
    if (!claimed.ok()) return claimed;
    Theme theme;
    theme.id = *id;
    theme.label = name;
    theme.description = "LIWC category " + std::string(digits) + ".";
    theme.location = At(number, number_at);
    book_->themes.push_back(std::move(theme));
    seen_.emplace_back();
    return Status::Ok();
  }

  // "word<TAB>NUMBER<TAB>NUMBER..."; numbers may also be space-separated.
  Status ParseWord(std::string_view line, int number) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return NoTab(line, number);
    const std::string_view word = Trim(line.substr(0, tab));
    if (word.empty()) {
      return Error(number, 0, "a word line has no word before its category numbers");
    }
    const size_t word_at = static_cast<size_t>(word.data() - line.data());
    std::vector<int> themes;
    Status numbers = ParseNumbers(line, tab + 1, number, &themes);
    if (!numbers.ok()) return numbers;
    if (themes.empty()) {
      return Error(number, word_at, "'" + std::string(word) + "' has no category numbers");
    }
    StatusOr<Term> term = DictionaryTerm(std::string(word), At(number, word_at), false);
    if (!term.ok()) return term.status();
    for (int theme : themes) {
      if (seen_[theme].insert(term->text).second) book_->themes[theme].terms.push_back(*term);
    }
    return Status::Ok();
  }

  // The categories named on `line` from byte `from` on, as theme indexes.
  Status ParseNumbers(std::string_view line, size_t from, int number, std::vector<int>* themes) {
    size_t pos = line.find_first_not_of(kSpace, from);
    while (pos != std::string_view::npos) {
      const size_t end = TokenEnd(line, pos);
      const std::string token(line.substr(pos, end - pos));
      if (token.find_first_of("()<>/") != std::string::npos) {
        return Error(number, pos,
                     "conditional category '" + token +
                         "' is not supported; give the word plain "
                         "category numbers");
      }
      if (!IsDigits(token)) {
        return Error(number, pos, "category number '" + token + "' is not a number");
      }
      auto it = theme_of_number_.find(NumberKey(token));
      if (it == theme_of_number_.end()) {
        return Error(number, pos, "category " + token + " is not defined in the category section");
      }
      themes->push_back(it->second);
      pos = line.find_first_not_of(kSpace, end);
    }
    return Status::Ok();
  }

  // A word line without a TAB: spaces where the TAB belongs, or no numbers.
  Status NoTab(std::string_view line, int number) {
    const std::string_view trimmed = Trim(line);
    const size_t begin = static_cast<size_t>(trimmed.data() - line.data());
    // The space before the trailing run of numbers is where the TAB belongs.
    size_t gap = std::string_view::npos;
    for (size_t end = trimmed.size(); end > 0;) {
      const size_t space = trimmed.find_last_of(' ', end - 1);
      if (space == std::string_view::npos) break;
      if (!IsDigits(trimmed.substr(space + 1, end - space - 1))) break;
      end = trimmed.find_last_not_of(' ', space) + 1;
      gap = end;
    }
    if (gap != std::string_view::npos) {
      return Error(number, begin + gap,
                   "separate the word from its category numbers "
                   "with a TAB, not spaces");
    }
    return Error(
        number, begin,
        "'" + std::string(trimmed) + "' has no category numbers (expected word<TAB>NUMBER)");
  }

  Location At(int line, size_t byte) const {
    return Location{file_, line, static_cast<int>(byte) + 1};
  }
  Status Error(int line, size_t byte, const std::string& message) const {
    return Status::InputError(FormatError(At(line, byte), message));
  }

  std::string file_;
  Codebook* book_;
  Section section_ = Section::kBeforeCategories;
  int open_line_ = 0;
  int close_line_ = 0;
  std::map<std::string, size_t> theme_of_number_;  // NumberKey -> theme index
  ThemeIdRegistry ids_;
  std::vector<std::set<std::string>> seen_;  // term texts per theme
};

}  // namespace

bool IsLiwcDictionaryPath(const std::string& file) { return HasExtension(file, ".dic"); }

StatusOr<Codebook> ImportLiwcDictionary(const std::string& text, const std::string& file) {
  Status utf8 = CheckUtf8(text, file);
  if (!utf8.ok()) return utf8;
  Codebook book = ImportedCodebook(text, file, "LIWC dictionary");
  LiwcParser parser(file, &book);
  std::string_view rest(text);
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  for (int number = 1; !rest.empty(); ++number) {
    const size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    Status parsed = parser.ParseLine(line, number);
    if (!parsed.ok()) return parsed;
  }
  Status finished = parser.Finish();
  if (!finished.ok()) return finished;
  return book;
}

}  // namespace heard
