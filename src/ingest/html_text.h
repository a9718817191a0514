// Turning an HTML e-mail body into the plain text a reader would see.
//
// A small converter, not a full parser: tags are skipped (quoted attribute
// values included), comments and <!...> / <?...> dropped, the contents of
// <script>, <style> and <title> dropped, <br> and block elements (p, div,
// li, tr, h1-h6, ...) become line breaks, whitespace collapses as a browser
// shows it, <blockquote> lines get "> " so the message cleanup sees them as
// quoted, and common named and all numeric entities are decoded (unknown
// ones are left as written). Work is linear in the input.
// Tests: tests/ingest/email_reader_test.cc (HTML-only and alternative mails).
#ifndef HEARD_INGEST_HTML_TEXT_H_
#define HEARD_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace heard {

// The text of `html` (UTF-8), lines separated by "\n".
std::string HtmlToText(std::string_view html);

}  // namespace heard

#endif  // HEARD_INGEST_HTML_TEXT_H_
