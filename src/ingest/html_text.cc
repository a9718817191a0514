#include "ingest/html_text.h"

#include <unicode/utf.h>

#include <algorithm>
#include <charconv>
#include <optional>

#include "text/utf8.h"

namespace heard {
namespace {

bool AsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Compares `n` bytes of `a` and `b` ignoring ASCII case; 0 when equal.
int AsciiCaseCompare(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const char x = AsciiLower(a[i]), y = AsciiLower(b[i]);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

struct NamedEntity {
  std::string_view name;
  UChar32 code;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"pound", 0xA3},    {"euro", 0x20AC},  {"copy", 0xA9},    {"reg", 0xAE},
    {"trade", 0x2122}, {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"bull", 0x2022},  {"middot", 0xB7},   {"deg", 0xB0},     {"frac12", 0xBD},  {"frac14", 0xBC},
    {"frac34", 0xBE},  {"times", 0xD7},    {"divide", 0xF7},  {"laquo", 0xAB},   {"raquo", 0xBB},
    {"shy", 0xAD},     {"aacute", 0xE1},   {"agrave", 0xE0},  {"acirc", 0xE2},   {"auml", 0xE4},
    {"ccedil", 0xE7},  {"eacute", 0xE9},   {"egrave", 0xE8},  {"ecirc", 0xEA},   {"euml", 0xEB},
    {"iacute", 0xED},  {"icirc", 0xEE},    {"iuml", 0xEF},    {"ntilde", 0xF1},  {"oacute", 0xF3},
    {"ocirc", 0xF4},   {"ouml", 0xF6},     {"uacute", 0xFA},  {"ucirc", 0xFB},   {"uuml", 0xFC},
    {"wcirc", 0x175},  {"ycirc", 0x177},   {"Eacute", 0xC9},  {"szlig", 0xDF},
};

// What browsers show for &#128; to &#159;: the Windows-1252 characters.
constexpr UChar32 kC1Controls[32] = {0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
                                     0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
                                     0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

std::optional<UChar32> EntityCode(std::string_view ref) {
  if (ref.empty()) return std::nullopt;
  if (ref[0] != '#') {
    for (const NamedEntity& entity : kEntities) {
      if (entity.name == ref) return entity.code;
    }
    return std::nullopt;
  }
  const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
  std::string_view digits = ref.substr(hex ? 2 : 1);
  uint32_t code = 0;
  auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
  if (digits.empty() || end != digits.data() + digits.size()) return std::nullopt;
  if (error != std::errc() || code == 0 || code > 0x10FFFF || U_IS_SURROGATE(code)) return 0xFFFD;
  if (code >= 0x80 && code <= 0x9F) return kC1Controls[code - 0x80];
  return static_cast<UChar32>(code);
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsBlockElement(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "li", "ul", "ol", "tr", "table",  "h1",      "h2",      "h3",     "h4",
      "h5", "h6",  "hr", "dt", "dd", "dl", "center", "address", "section", "header", "footer"};
  for (std::string_view block : kBlocks) {
    if (name == block) return true;
  }
  return false;
}

// The plain text being written, with browser-like whitespace.
class HtmlTextWriter {
 public:
  void Text(std::string_view text) {
    if (at_line_start_) {
      // One "> " at any depth: enough for the cleanup, and nesting cannot inflate it.
      if (quote_depth_ > 0) out_ += "> ";
    } else if (pending_space_) {
      out_ += ' ';
    }
    out_ += text;
    at_line_start_ = pending_space_ = false;
  }
  void Space(char c) {
    if (preformatted_ == 0) {
      pending_space_ = true;
    } else if (c == '\n') {
      LineBreak();
    } else if (c != '\r') {
      Text(std::string_view(&c, 1));
    }
  }
  void LineBreak() {
    out_ += '\n';
    at_line_start_ = true;
    pending_space_ = false;
  }
  void BlockBoundary() {
    if (!at_line_start_) LineBreak();
  }
  void Tag(std::string_view name, bool closing) {
    if (name == "br") {
      LineBreak();
    } else if (name == "blockquote" || name == "pre") {
      BlockBoundary();
      int& depth = name == "pre" ? preformatted_ : quote_depth_;
      depth = closing ? std::max(0, depth - 1) : depth + 1;
    } else if (name == "td" || name == "th") {
      pending_space_ = true;
    } else if (IsBlockElement(name)) {
      BlockBoundary();
    }
  }
  const std::string& text() const { return out_; }

 private:
  std::string out_;
  bool at_line_start_ = true;
  bool pending_space_ = false;
  int quote_depth_ = 0;
  int preformatted_ = 0;
};

size_t FindCaseless(std::string_view html, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= html.size(); ++i) {
    if (AsciiCaseCompare(html.data() + i, needle.data(), needle.size()) == 0) return i;
  }
  return std::string_view::npos;
}

// The index after the '>' that ends a tag whose name ends at `i`.
size_t TagEnd(std::string_view html, size_t i) {
  char last = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if ((c == '"' || c == '\'') && last == '=') {
      i = html.find(c, i + 1);  // a quoted attribute value may hold '>'
      if (i == std::string_view::npos) return html.size();
    }
    if (!IsHtmlSpace(c)) last = c;
  }
  return html.size();
}

// Handles the markup starting at html[i] == '<'; returns where text resumes.
size_t Markup(std::string_view html, size_t i, HtmlTextWriter* out) {
  std::string_view rest = html.substr(i);
  if (rest.substr(0, 4) == "<!--") {
    const size_t end = html.find("-->", i + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
  }
  if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) {
    const size_t end = html.find('>', i);
    return end == std::string_view::npos ? html.size() : end + 1;
  }
  const bool closing = rest.size() > 1 && rest[1] == '/';
  const size_t name_begin = i + 1 + (closing ? 1 : 0);
  size_t name_end = name_begin;
  while (name_end < html.size() && AsciiAlnum(html[name_end])) ++name_end;
  if (name_end == name_begin) {
    out->Text("<");  // a bare '<' in text
    return i + 1;
  }
  std::string name(html.substr(name_begin, name_end - name_begin));
  for (char& c : name) c = AsciiLower(c);
  size_t end = TagEnd(html, name_end);
  if (!closing && (name == "script" || name == "style" || name == "title")) {
    const size_t close = FindCaseless(html, "</" + name, end);
    return close == std::string_view::npos ? html.size() : TagEnd(html, close + 2);
  }
  out->Tag(name, closing);
  return end;
}

// Handles html[i] == '&'; returns where text resumes.
size_t Entity(std::string_view html, size_t i, HtmlTextWriter* out) {
  // Entities are short: looking no further keeps a page of bare '&'s linear.
  const size_t length = html.substr(i + 1, 32).find(';');
  std::optional<UChar32> code;
  if (length != std::string_view::npos) code = EntityCode(html.substr(i + 1, length));
  if (!code) {
    out->Text("&");
    return i + 1;
  }
  if (*code == 0xA0) {
    out->Text(" ");  // kept, unlike collapsible spaces: Outlook's blank line is <p>&nbsp;</p>
  } else if (*code != 0xAD) {
    std::string utf8;
    AppendUtf8(*code, &utf8);
    out->Text(utf8);
  }
  return i + length + 2;
}

// Trims each line's trailing spaces and keeps at most one blank line in a row.
std::string TidyLines(std::string_view text) {
  std::string out;
  int newlines = 2;  // as if after a blank line, so leading blank lines go
  for (size_t i = 0; i < text.size();) {
    const size_t end = std::min(text.find('\n', i), text.size());
    std::string_view line = text.substr(i, end - i);
    line = line.substr(0, line.find_last_not_of(" \t") + 1);
    if (!line.empty()) {
      out.append(line);
      newlines = 0;
    }
    if (end < text.size() && newlines < 2) {
      out += '\n';
      ++newlines;
    }
    i = end + 1;
  }
  return out;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  HtmlTextWriter out;
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      i = Markup(html, i, &out);
    } else if (c == '&') {
      i = Entity(html, i, &out);
    } else if (IsHtmlSpace(c)) {
      out.Space(c);
      ++i;
    } else {
      size_t end = i + 1;
      while (end < html.size() && html[end] != '<' && html[end] != '&' && !IsHtmlSpace(html[end])) {
        ++end;
      }
      out.Text(html.substr(i, end - i));
      i = end;
    }
  }
  return TidyLines(out.text());
}

}  // namespace heard
