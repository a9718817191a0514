// Reading one e-mail (.eml, RFC 5322 with MIME) into the respondent's text.
//
// GMime parses the structure and undoes quoted-printable, base64 and RFC 2047
// header encodings. The body is the text/plain part (the preferred
// alternative of a multipart/alternative), else the text/html part turned
// into plain text; several inline text parts of a multipart/mixed are joined
// with a blank line. Every other part (a file name, Content-Disposition:
// attachment, a non-text part, a forwarded message/rfc822) is an attachment,
// listed by name and never read. The body is then cleaned of quoted replies
// and signatures (ingest/message_cleanup.h). The sender's name and address
// are never kept; a last line that is only the sender's name or address is
// removed as a signature. Tests: tests/ingest/email_reader_test.cc.
#ifndef HEARD_INGEST_EMAIL_READER_H_
#define HEARD_INGEST_EMAIL_READER_H_

#include <string>
#include <vector>

#include "core/limits.h"
#include "core/status.h"

namespace heard {

struct EmailMessage {
  std::string subject;  // decoded, UTF-8; "" when absent
  std::string date;     // "YYYY-MM-DD" in the sender's own time zone when the
                        // Date header parses, else ""
  std::string body;     // the respondent's text, UTF-8, lines separated by "\n"
                        // (no final one), quote and signature removed; may be ""
  // Names of the attached files in message order; an attachment without a
  // name is listed as "(unnamed <type>/<subtype>)".
  std::vector<std::string> attachments;
  bool signature_removed = false;
  bool quote_removed = false;
  bool from_html = false;  // body came from an HTML part (no plain part)
};

// Parses `bytes`, the whole of one .eml file; `file` names it in errors.
// Fails with an InputError "<file>: error: not an e-mail message: ..." when
// the bytes do not start with e-mail headers. A truncated message gives
// whatever could be read. Text in any charset GMime or ICU knows becomes
// UTF-8; a body part that is not valid in its declared charset is read as
// UTF-8 when mostly valid (bad bytes become U+FFFD), else as Windows-1252.
// Multiparts nested deeper than limits.max_mime_depth (or declaring more
// than eight boundaries per level allowed) are an InputError naming the
// file. Thread-safe.
StatusOr<EmailMessage> ParseEmail(const std::string& bytes, const std::string& file,
                                  const Limits& limits = Limits());

}  // namespace heard

#endif  // HEARD_INGEST_EMAIL_READER_H_
