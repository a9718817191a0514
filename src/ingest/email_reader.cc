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
// 3. HTML: ingest/html_text.h turns an HTML-only body into plain text.
// 4. Cleanup: ingest/message_cleanup.h, then a last line that is only the
//    sender's name or address goes too. The sender is read for that and
//    then forgotten.
// 5. Depth. GMime's parser checks every line against each open boundary,
//    so a message of thousands of nested multiparts costs seconds per
//    megabyte, and the walks here recurse once per level. A part can only
//    nest inside a multipart that declares its own boundary, so a message
//    declaring more boundaries than eight per allowed level is refused
//    before GMime sees it; after parsing, the real depth is held to
//    Limits::max_mime_depth before any walk.
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
#include "ingest/html_text.h"
#include "ingest/message_cleanup.h"
#include "text/utf8.h"

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

// How many times `bytes` declares a MIME boundary (boundary=, any case).
int64_t BoundaryDeclarations(std::string_view bytes) {
  static constexpr std::string_view kParameter = "boundary";
  int64_t count = 0;
  for (size_t at = 0; at + kParameter.size() < bytes.size(); ++at) {
    if ((bytes[at] | 0x20) != 'b') continue;
    size_t i = 0;
    while (i < kParameter.size() && (bytes[at + i] | 0x20) == kParameter[i]) ++i;
    if (i < kParameter.size()) continue;
    size_t after = at + i;
    while (after < bytes.size() && (bytes[after] == ' ' || bytes[after] == '\t')) ++after;
    if (after < bytes.size() && bytes[after] == '=') ++count;
  }
  return count;
}

// True when multiparts nest more than `most` levels below `object`; stops
// looking at that depth, so its own recursion is bounded too.
bool NestsDeeper(GMimeObject* object, int most) {
  if (!GMIME_IS_MULTIPART(object)) return false;
  if (most <= 0) return true;
  GMimeMultipart* multipart = GMIME_MULTIPART(object);
  for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
    if (NestsDeeper(g_mime_multipart_get_part(multipart, i), most - 1)) return true;
  }
  return false;
}

Status TooDeep(const std::string& file, int max_depth) {
  return Status::InputError(FormatError(
      Location{file}, "MIME parts nest more than " + std::to_string(max_depth) +
                          " levels deep (max_mime_depth); refusing the message"));
}

Status NotEmail(const std::string& file, const std::string& why) {
  return Status::InputError(FormatError(Location{file}, "not an e-mail message: " + why));
}

}  // namespace

StatusOr<EmailMessage> ParseEmail(const std::string& bytes, const std::string& file,
                                  const Limits& limits) {
  if (BoundaryDeclarations(bytes) > int64_t{8} * limits.max_mime_depth) {
    return TooDeep(file, limits.max_mime_depth);
  }
  InitGMime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) return NotEmail(file, "it does not start with header lines such as \"From:\"");
  if (!HasEmailHeader(message.get())) {
    return NotEmail(file, "none of its header lines is an e-mail header (From, To, Subject, Date)");
  }
  GMimeObject* root = g_mime_message_get_mime_part(message.get());
  if (root != nullptr && NestsDeeper(root, limits.max_mime_depth)) {
    return TooDeep(file, limits.max_mime_depth);
  }
  EmailMessage email;
  const char* subject = g_mime_message_get_subject(message.get());
  email.subject = subject ? ReplaceInvalidUtf8(subject) : "";
  email.date = FormatDate(g_mime_message_get_date(message.get()));
  ReadBody(message.get(), &email);
  return email;
}

}  // namespace heard
