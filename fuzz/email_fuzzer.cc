// Fuzzes the e-mail reader (GMime: headers, MIME structure, transfer and
// charset decoding, HTML to text, quote and signature removal) and, on the
// same bytes, the letter path (decoding, then quote and sign-off removal).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "ingest/email_reader.h"
#include "ingest/encoding.h"
#include "ingest/message_cleanup.h"
#include "text/utf8.h"

namespace {

void ReadAsEmail(const std::string& bytes) {
  const std::string path = "/fuzz/0001.eml";
  heard::StatusOr<heard::EmailMessage> email = heard::ParseEmail(bytes, path);
  if (!email.ok()) {
    heard::CheckNamesFile(email.status(), path);
    return;
  }
  // The header promises UTF-8 whatever charset the message declared.
  heard::FuzzCheck(heard::FirstInvalidUtf8(email->body) < 0, "the e-mail body is UTF-8");
  heard::FuzzCheck(heard::FirstInvalidUtf8(email->subject) < 0, "the subject is UTF-8");
}

void ReadAsLetter(const std::string& bytes) {
  const std::string path = "/fuzz/letter.txt";
  heard::StatusOr<heard::Decoded> decoded = heard::DecodeToUtf8(bytes, path);
  if (!decoded.ok()) {
    heard::CheckNamesFile(decoded.status(), path);
    return;
  }
  const heard::Cleaned cleaned = heard::CleanMessage(decoded->utf8);
  heard::FuzzCheck(cleaned.text.size() <= decoded->utf8.size(),
                   "cleaning a letter only removes text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  ReadAsEmail(bytes);
  ReadAsLetter(bytes);
  return 0;
}
