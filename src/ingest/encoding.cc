#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <fstream>
#include <memory>

#include "core/file_io.h"
#include "core/location.h"
#include "text/utf8.h"

namespace heard {
namespace {

bool StartsWith(const std::string& bytes, const char* prefix, size_t n) {
  return bytes.size() >= n && bytes.compare(0, n, prefix, n) == 0;
}

StatusOr<std::string> Convert(const std::string& bytes, size_t skip, const char* encoding,
                              const std::string& file) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data() + skip, static_cast<int32_t>(bytes.size() - skip),
                          encoding);
  if (text.isBogus()) {
    return Status::InputError(
        FormatError(Location{file}, std::string("cannot convert from ") + encoding));
  }
  (void)status;
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The detector's best guess, or "" when it has none.
std::string Detect(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      ucsdet_close);
  if (U_FAILURE(status)) return "";
  const int32_t sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector.get(), bytes.data(), sample, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name ? name : "";
}

// The length of `block` up to the last code point its end may cut, which
// then starts the next block: counting either side of that is the same as
// counting the whole.
size_t WholeCodePoints(std::string_view block) {
  size_t cut = block.size();
  auto continuation = [&](size_t at) {
    return (static_cast<unsigned char>(block[at]) & 0xC0) == 0x80;
  };
  while (cut > 0 && block.size() - cut < 3 && continuation(cut - 1)) --cut;
  if (cut > 0 && static_cast<unsigned char>(block[cut - 1]) >= 0xC0) --cut;
  return cut;
}

}  // namespace

std::string Utf8Label(const Utf8Census& census) {
  // Mostly-valid UTF-8 stays UTF-8: its few bad rows are rejected where they
  // are, rather than the whole file being misread as Windows-1252.
  if (census.invalid == 0) return "UTF-8";
  if (census.multibyte >= census.invalid) {
    return "UTF-8 (" + std::to_string(census.invalid) + " invalid sequences)";
  }
  return "";
}

StatusOr<std::string> Utf8FileLabel(const std::string& path) {
  Status readable = CheckReadable(path);
  if (!readable.ok()) return readable;
  std::ifstream in(path, std::ios::binary);
  char head[2] = {0, 0};
  in.read(head, 2);
  if ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')) {
    return std::string();  // UTF-16
  }
  in.seekg(0);
  Utf8Census total;
  std::string block, carry;
  while (in) {
    block.resize(1 << 20);
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    block.resize(static_cast<size_t>(in.gcount()));
    block.insert(0, carry);
    const size_t whole = in ? WholeCodePoints(block) : block.size();
    carry = block.substr(whole);
    const Utf8Census part = CountUtf8(std::string_view(block).substr(0, whole));
    total.invalid += part.invalid;
    total.multibyte += part.multibyte;
  }
  if (in.bad()) return Status::InputError(FormatError(Location{path}, "cannot read"));
  return Utf8Label(total);
}

StatusOr<Decoded> DecodeToUtf8(const std::string& bytes, const std::string& file) {
  Decoded out;
  if (StartsWith(bytes, "\xEF\xBB\xBF", 3)) {
    out.encoding = "UTF-8";
    out.utf8 = bytes.substr(3);
    return out;
  }
  const char* bom_encoding = StartsWith(bytes, "\xFF\xFE", 2)   ? "UTF-16LE"
                             : StartsWith(bytes, "\xFE\xFF", 2) ? "UTF-16BE"
                                                                : nullptr;
  if (bom_encoding) {
    StatusOr<std::string> text = Convert(bytes, 2, bom_encoding, file);
    if (!text.ok()) return text.status();
    return Decoded{std::move(*text), bom_encoding, false};
  }
  const std::string label = Utf8Label(CountUtf8(bytes));
  if (!label.empty()) return Decoded{bytes, label, false};
  std::string guess = Detect(bytes);
  // Excel's "CSV" is Windows-1252; ISO-8859-1 and unknowns are read as it.
  if (guess.empty() || guess == "ISO-8859-1" || guess == "US-ASCII") guess = "windows-1252";
  if (guess == "UTF-8") guess = "windows-1252";  // mostly invalid as UTF-8, as counted above
  StatusOr<std::string> text = Convert(bytes, 0, guess.c_str(), file);
  if (!text.ok()) return text.status();
  return Decoded{std::move(*text), guess, true};
}

}  // namespace heard
