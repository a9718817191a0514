// Reading a written HTML page the way a browser's tokenizer would, for the
// security tests: which elements it holds, their attributes, the bodies of
// its <script> and <style> elements, and its comments. Text that heard
// escaped stays text; markup that got through unescaped shows up here as an
// element, an attribute or a comment.
#ifndef HEARD_TESTS_E2E_HTML_TOKENS_H_
#define HEARD_TESTS_E2E_HTML_TOKENS_H_

#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace {

struct HtmlElement {
  std::string name;  // lower case
  std::vector<std::pair<std::string, std::string>> attributes;  // name lower case, raw value
  std::string body;  // <script> and <style> only: the raw text up to the end tag
};

struct HtmlTokens {
  std::vector<HtmlElement> elements;  // start tags, in order
  std::vector<std::string> comments;  // <!-- ... -->
};

inline std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

inline bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads the attributes of a start tag from `i` (just after its name) to its
// '>', leaving `i` after it.
inline void ReadAttributes(const std::string& page, size_t& i, HtmlElement* element) {
  while (i < page.size()) {
    while (i < page.size() && (IsTagSpace(page[i]) || page[i] == '/')) ++i;
    if (i >= page.size() || page[i] == '>') break;
    size_t start = i;
    while (i < page.size() && !IsTagSpace(page[i]) && page[i] != '/' && page[i] != '>' &&
           (page[i] != '=' || i == start)) {
      ++i;
    }
    std::string name = Lower(page.substr(start, i - start));
    while (i < page.size() && IsTagSpace(page[i])) ++i;
    std::string value;
    if (i < page.size() && page[i] == '=') {
      ++i;
      while (i < page.size() && IsTagSpace(page[i])) ++i;
      if (i < page.size() && (page[i] == '"' || page[i] == '\'')) {
        const char quote = page[i++];
        const size_t end = page.find(quote, i);
        value = page.substr(i, end == std::string::npos ? std::string::npos : end - i);
        i = end == std::string::npos ? page.size() : end + 1;
      } else {
        start = i;
        while (i < page.size() && !IsTagSpace(page[i]) && page[i] != '>') ++i;
        value = page.substr(start, i - start);
      }
    }
    element->attributes.emplace_back(std::move(name), std::move(value));
  }
  if (i < page.size()) ++i;  // '>'
}

inline HtmlTokens Tokenize(const std::string& page) {
  HtmlTokens tokens;
  size_t i = 0;
  while ((i = page.find('<', i)) != std::string::npos) {
    if (page.compare(i, 4, "<!--") == 0) {
      const size_t end = page.find("-->", i + 4);
      tokens.comments.push_back(page.substr(i + 4, end == std::string::npos ? std::string::npos
                                                                            : end - i - 4));
      i = end == std::string::npos ? page.size() : end + 3;
      continue;
    }
    if (i + 1 < page.size() && (page[i + 1] == '!' || page[i + 1] == '/' || page[i + 1] == '?')) {
      const size_t end = page.find('>', i);
      i = end == std::string::npos ? page.size() : end + 1;
      continue;
    }
    if (i + 1 >= page.size() || !std::isalpha(static_cast<unsigned char>(page[i + 1]))) {
      ++i;  // a '<' that starts no tag is text
      continue;
    }
    size_t start = ++i;
    while (i < page.size() && !IsTagSpace(page[i]) && page[i] != '/' && page[i] != '>') ++i;
    HtmlElement element;
    element.name = Lower(page.substr(start, i - start));
    ReadAttributes(page, i, &element);
    if (element.name == "script" || element.name == "style") {
      const size_t end = Lower(page).find("</" + element.name, i);
      element.body = page.substr(i, end == std::string::npos ? std::string::npos : end - i);
      i = end == std::string::npos ? page.size() : end;
    }
    tokens.elements.push_back(std::move(element));
  }
  return tokens;
}

// An attribute value as a URL scheme sees it: character references decoded,
// spaces and control characters dropped, lower case.
inline std::string UrlAsBrowserReadsIt(const std::string& value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '&' && i + 1 < value.size() && value[i + 1] == '#') {
      const bool hex = i + 2 < value.size() && (value[i + 2] == 'x' || value[i + 2] == 'X');
      size_t j = i + (hex ? 3 : 2);
      long code = 0;
      while (j < value.size() && std::isxdigit(static_cast<unsigned char>(value[j]))) {
        if (!hex && !std::isdigit(static_cast<unsigned char>(value[j]))) break;
        code = code * (hex ? 16 : 10) + (std::isdigit(static_cast<unsigned char>(value[j]))
                                             ? value[j] - '0'
                                             : std::tolower(value[j]) - 'a' + 10);
        ++j;
      }
      if (j < value.size() && value[j] == ';') ++j;
      if (code > 0 && code < 128) out += static_cast<char>(code);
      i = j - 1;
      continue;
    }
    if (value.compare(i, 7, "&colon;") == 0) {
      out += ':';
      i += 6;
      continue;
    }
    if (static_cast<unsigned char>(value[i]) > ' ') out += value[i];
  }
  return Lower(out);
}

}  // namespace

#endif  // HEARD_TESTS_E2E_HTML_TOKENS_H_
