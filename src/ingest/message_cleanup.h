// Keeping only the respondent's own words from an e-mail or a typed-up
// letter: a quoted earlier message and a signature are removed, nothing else.
//
// Quotes: an attribution line "On <date or time>, <name> wrote:" (also
// wrapped over two lines, as Gmail does), a "-----Original Message-----"
// line, or an Outlook "From: ..." line followed by "Sent: ..." / "Date: ...",
// together with everything after it; and any line starting with ">" (except
// ">" followed by a digit, as in ">50 hours"). When an attribution is
// followed by ">" lines with the respondent's answers between them (an
// inline reply), only the attribution and the ">" lines go.
//
// Signatures, at the end of what is left: the "-- " delimiter line and what
// follows (a bare "--" only when at most 10 lines follow); trailing device
// lines ("Sent from my iPhone", "Get Outlook for Android", ...); and a closing
// valediction ("Kind regards,", "Yours faithfully,", "Thanks, Jane", ...)
// followed by at most 6 short lines (name, role, address, phone).
//
// Lines that are kept are kept byte for byte, except that "\r\n" line ends
// become "\n"; trailing blank lines are trimmed and the result has no final
// newline. English markers only.
// Tests: tests/ingest/message_cleanup_test.cc.
#ifndef HEARD_INGEST_MESSAGE_CLEANUP_H_
#define HEARD_INGEST_MESSAGE_CLEANUP_H_

#include <string>

namespace heard {

struct Cleaned {
  std::string text;  // the kept lines joined by "\n"
  bool signature_removed = false;
  bool quote_removed = false;
};

// Removes a quoted reply and a signature from `text` (UTF-8, lines ending in
// "\n" or "\r\n") as described above. Never fails; text with neither comes
// back unchanged apart from trailing blank lines. Thread-safe.
Cleaned CleanMessage(const std::string& text);

}  // namespace heard

#endif  // HEARD_INGEST_MESSAGE_CLEANUP_H_
