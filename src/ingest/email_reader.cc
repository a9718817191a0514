// How it works. GMime parses the message (structure, transfer encodings,
// RFC 2047 headers); this file decides what of it is the respondent's text.
//
// 1. Parts. A depth-first walk collects the body parts: text/plain or
//    text/html with no file name and no "attachment" disposition. In a
//    multipart/alternative the first alternative without HTML wins, else the
//    first with HTML. Every other leaf is listed as an attachment by name.
// 2. Charsets. GMime's g_mime_text_part_get_text converts from the declared
//    charset, but silently drops bytes that are invalid in it, and the labels
//    senders get wrong most (none, us-ascii, iso-8859-1, utf-8) hide real
//    Windows-1252 or UTF-8. For those labels the decoded bytes are read
//    here: valid UTF-8 as is; mostly valid UTF-8 with U+FFFD for bad bytes;
//    otherwise Windows-1252 (ICU), as the WHATWG Encoding Standard reads
//    iso-8859-1 and us-ascii. format=flowed (RFC 3676) lines are re-joined.
// 3. HTML. A small converter, not a full parser: tags are skipped (quoted
//    attribute values included), comments and <!...> / <?...> dropped, the
//    contents of <script>, <style> and <title> dropped, <br> and block
//    elements (p, div, li, tr, h1-h6, ...) become line breaks, whitespace
//    collapses as a browser shows it, <blockquote> lines get "> " so the
//    cleanup sees them as quoted, and common named and all numeric entities
//    are decoded (unknown ones are left as written).
// 4. Cleanup: ingest/message_cleanup.h, then a last line that is only the
//    sender's name or address goes too. The sender is read for that and
//    then forgotten.
// Tests: tests/ingest/email_reader_test.cc, with the messages in
// tests/testdata/ingest/email/.
#include "ingest/email_reader.h"

#include <gmime/gmime.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <string_view>

#include "core/location.h"
#include "ingest/message_cleanup.h"

namespace heard {
namespace {

struct GObjectUnref {
  void operator()(gpointer object) const {
    if (object) g_object_unref(object);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
  void operator()(gpointer memory) const { g_free(memory); }
};
using GChars = std::unique_ptr<char, GFree>;

void InitGMime() {
  static const bool initialised = [] {
    g_mime_init();
    return true;
  }();
  (void)initialised;
}

// ---- UTF-8 -----------------------------------------------------------------

struct Utf8Census {
  int64_t multibyte = 0;
  int64_t invalid = 0;
};

Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census census;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c < 0) {
      ++census.invalid;
    } else if (i - start > 1) {
      ++census.multibyte;
    }
  }
  return census;
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out->append(buffer, length);
}

// Invalid sequences and NUL bytes become U+FFFD, so nothing vanishes unseen.
std::string ReplaceInvalidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c <= 0) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(bytes.data() + start, i - start);
    }
  }
  return out;
}

std::string BytesToUtf8(const std::string& bytes) {
  const Utf8Census census = CountUtf8(bytes);
  if (census.invalid == 0 || census.multibyte >= census.invalid) return ReplaceInvalidUtf8(bytes);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
  std::string out;
  text.toUTF8String(out);
  return ReplaceInvalidUtf8(out);
}

std::string UnixNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';  // a lone CR (old Mac) ends a line too
    }
  }
  return out;
}

// ---- Text parts ------------------------------------------------------------

// The part's content with its transfer encoding undone, charset untouched.
std::string ContentBytes(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return "";
  GPtr<GMimeStream> stream(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, stream.get());
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  return std::string(reinterpret_cast<const char*>(array->data), array->len);
}

bool IsOftenMislabelled(const char* charset) {
  if (charset == nullptr) return true;
  for (const char* label : {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "iso8859-1",
                            "iso_8859-1", "latin1", "latin-1"}) {
    if (g_ascii_strcasecmp(charset, label) == 0) return true;
  }
  return false;
}

// RFC 3676: a line ending in a space flows into the next one.
std::string Unflow(std::string_view text, bool delete_space) {
  std::string out;
  bool continuing = false;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    const size_t depth = std::min(line.find_first_not_of('>'), line.size());
    std::string_view content = line.substr(depth);
    if (!content.empty() && content[0] == ' ') content.remove_prefix(1);  // space-stuffing
    const bool flowed = !content.empty() && content.back() == ' ' && content != "-- ";
    if (flowed && delete_space) content.remove_suffix(1);
    if (!continuing && depth > 0) out += std::string(depth, '>') + " ";
    out += content;
    if (!flowed) out += '\n';
    continuing = flowed;
  }
  return out;
}

std::string PartText(GMimeTextPart* part) {
  GMimeObject* object = GMIME_OBJECT(part);
  std::string text;
  if (!IsOftenMislabelled(g_mime_text_part_get_charset(part))) {
    GChars converted(g_mime_text_part_get_text(part));
    if (converted && CountUtf8(converted.get()).invalid == 0) text = converted.get();
  }
  // An unknown charset comes back unconverted: read it as the others.
  if (text.empty()) text = BytesToUtf8(ContentBytes(GMIME_PART(part)));
  text = UnixNewlines(text);
  const char* format = g_mime_object_get_content_type_parameter(object, "format");
  if (format && g_ascii_strcasecmp(format, "flowed") == 0) {
    const char* delsp = g_mime_object_get_content_type_parameter(object, "delsp");
    text = Unflow(text, delsp && g_ascii_strcasecmp(delsp, "yes") == 0);
  }
  return text;
}

// ---- HTML to text ----------------------------------------------------------

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
    if (g_ascii_strncasecmp(html.data() + i, needle.data(), needle.size()) == 0) return i;
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
  while (name_end < html.size() && g_ascii_isalnum(html[name_end])) ++name_end;
  if (name_end == name_begin) {
    out->Text("<");  // a bare '<' in text
    return i + 1;
  }
  std::string name(html.substr(name_begin, name_end - name_begin));
  for (char& c : name) c = g_ascii_tolower(c);
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

// ---- Parts -----------------------------------------------------------------

struct BodyPart {
  GMimeTextPart* part;
  bool html;
};

bool IsHtml(GMimeObject* object) {
  return g_mime_content_type_is_type(g_mime_object_get_content_type(object), "text", "html");
}

bool IsBodyCandidate(GMimeObject* object) {
  if (!GMIME_IS_TEXT_PART(object)) return false;
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (!g_mime_content_type_is_type(type, "text", "plain") && !IsHtml(object)) return false;
  const char* disposition = g_mime_object_get_disposition(object);
  if (disposition && g_ascii_strcasecmp(disposition, "attachment") == 0) return false;
  return g_mime_part_get_filename(GMIME_PART(object)) == nullptr;
}

void CollectBody(GMimeObject* object, std::vector<BodyPart>* out);

// The first alternative without HTML, else the first with it.
void CollectAlternative(GMimeMultipart* multipart, std::vector<BodyPart>* out) {
  std::vector<BodyPart> fallback;
  for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
    std::vector<BodyPart> choice;
    CollectBody(g_mime_multipart_get_part(multipart, i), &choice);
    const bool has_html =
        std::any_of(choice.begin(), choice.end(), [](const BodyPart& p) { return p.html; });
    if (!choice.empty() && !has_html) {
      out->insert(out->end(), choice.begin(), choice.end());
      return;
    }
    if (fallback.empty()) fallback = std::move(choice);
  }
  out->insert(out->end(), fallback.begin(), fallback.end());
}

void CollectBody(GMimeObject* object, std::vector<BodyPart>* out) {
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    if (g_mime_content_type_is_type(g_mime_object_get_content_type(object), "multipart",
                                    "alternative")) {
      CollectAlternative(multipart, out);
      return;
    }
    for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
      CollectBody(g_mime_multipart_get_part(multipart, i), out);
    }
  } else if (IsBodyCandidate(object)) {
    out->push_back({GMIME_TEXT_PART(object), IsHtml(object)});
  }
}

std::string AttachmentName(GMimeObject* object) {
  const char* name = GMIME_IS_PART(object)
                         ? g_mime_part_get_filename(GMIME_PART(object))
                         : g_mime_object_get_content_disposition_parameter(object, "filename");
  if (name == nullptr) name = g_mime_object_get_content_type_parameter(object, "name");
  if (name != nullptr && *name != '\0') {
    // Old clients send a full path, which may hold the sender's user name.
    std::string_view base(name);
    const size_t slash = base.find_last_of("/\\");
    if (slash != std::string_view::npos && slash + 1 < base.size()) base.remove_prefix(slash + 1);
    return ReplaceInvalidUtf8(base);
  }
  GChars type(g_mime_content_type_get_mime_type(g_mime_object_get_content_type(object)));
  return std::string("(unnamed ") + (type ? type.get() : "part") + ")";
}

void ListAttachments(GMimeObject* object, std::vector<std::string>* out) {
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
      ListAttachments(g_mime_multipart_get_part(multipart, i), out);
    }
  } else if (!IsBodyCandidate(object)) {
    out->push_back(AttachmentName(object));
  }
}

// ---- Message ---------------------------------------------------------------

bool HasEmailHeader(GMimeMessage* message) {
  static constexpr const char* kEmailHeaders[] = {
      "from",       "to",           "cc",         "subject",     "date",
      "message-id", "mime-version", "received",   "return-path", "reply-to",
      "sender",     "in-reply-to",  "references", "content-type"};
  GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
  for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
    const char* name = g_mime_header_get_name(g_mime_header_list_get_header_at(headers, i));
    for (const char* known : kEmailHeaders) {
      if (g_ascii_strcasecmp(name, known) == 0) return true;
    }
  }
  return false;
}

std::string FormatDate(GDateTime* date) {
  if (date == nullptr) return "";
  GChars text(g_date_time_format(date, "%Y-%m-%d"));
  return text ? text.get() : "";
}

// The sender's full name, each word of it, and the address, ASCII-lowercased.
std::vector<std::string> SenderNames(GMimeMessage* message) {
  std::vector<std::string> names;
  InternetAddressList* from = g_mime_message_get_from(message);
  for (int i = 0; from && i < internet_address_list_length(from); ++i) {
    InternetAddress* address = internet_address_list_get_address(from, i);
    const char* name = internet_address_get_name(address);
    if (name && *name) {
      GChars lower(g_ascii_strdown(name, -1));
      const std::string full = lower.get();
      names.push_back(full);
      for (size_t i = 0; i < full.size();) {
        const size_t end = std::min(full.find_first_of(" ,\t", i), full.size());
        if (end - i >= 2) names.push_back(full.substr(i, end - i));
        i = end + 1;
      }
    }
    if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
      GChars addr(g_ascii_strdown(
          internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)), -1));
      names.push_back(addr.get());
    }
  }
  return names;
}

// Removes a last line that is only the sender's name or address ("Jane", "- J Smith").
bool RemoveSenderLine(const std::vector<std::string>& names, std::string* body) {
  const size_t start = body->rfind('\n') == std::string::npos ? 0 : body->rfind('\n') + 1;
  std::string line = body->substr(start);
  const size_t first = line.find_first_not_of(" \t-~");
  if (first == std::string::npos) return false;
  line = line.substr(first, line.find_last_not_of(" \t.,!") + 1 - first);
  GChars lower(g_ascii_strdown(line.c_str(), -1));
  if (std::find(names.begin(), names.end(), lower.get()) == names.end()) return false;
  body->resize(start);
  body->resize(body->find_last_not_of(" \t\n") + 1);  // npos + 1 == 0 empties it
  return true;
}

void ReadBody(GMimeMessage* message, EmailMessage* email) {
  GMimeObject* root = g_mime_message_get_mime_part(message);
  if (root == nullptr) return;
  std::vector<BodyPart> parts;
  CollectBody(root, &parts);
  std::string text;
  for (const BodyPart& part : parts) {
    if (!text.empty()) text += "\n\n";
    text += part.html ? HtmlToText(PartText(part.part)) : PartText(part.part);
    email->from_html = email->from_html || part.html;
  }
  ListAttachments(root, &email->attachments);
  Cleaned cleaned = CleanMessage(text);
  email->body = std::move(cleaned.text);
  email->quote_removed = cleaned.quote_removed;
  email->signature_removed = cleaned.signature_removed;
  if (RemoveSenderLine(SenderNames(message), &email->body)) email->signature_removed = true;
}

Status NotEmail(const std::string& file, const std::string& why) {
  return Status::InputError(FormatError(Location{file}, "not an e-mail message: " + why));
}

}  // namespace

StatusOr<EmailMessage> ParseEmail(const std::string& bytes, const std::string& file) {
  InitGMime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) return NotEmail(file, "it does not start with header lines such as \"From:\"");
  if (!HasEmailHeader(message.get())) {
    return NotEmail(file, "none of its header lines is an e-mail header (From, To, Subject, Date)");
  }
  EmailMessage email;
  const char* subject = g_mime_message_get_subject(message.get());
  email.subject = subject ? ReplaceInvalidUtf8(subject) : "";
  email.date = FormatDate(g_mime_message_get_date(message.get()));
  ReadBody(message.get(), &email);
  return email;
}

}  // namespace heard
