// How it works: the text is split into lines (views into the input), and
// three passes drop lines from the list: the quote header and what follows
// it, then ">" lines, then signatures at the end. Each marker is matched on
// the line with surrounding whitespace ignored; the lines that are kept are
// joined unchanged. Every rule errs towards keeping text: an
// attribution must carry a time or a year and a comma and be short, a bare
// "--" must have a short tail, a valediction must be followed by at most six
// short lines. Tests: tests/ingest/message_cleanup_test.cc (table of cases
// and the typed-up letters in tests/testdata/ingest/letters/).
#include "ingest/message_cleanup.h"

#include <re2/re2.h>

#include <optional>
#include <string_view>
#include <vector>

namespace heard {
namespace {

using Lines = std::vector<std::string_view>;

constexpr size_t kMaxAttributionBytes = 250;
constexpr size_t kMaxSignatureLineBytes = 60;
constexpr int kMaxLinesAfterValediction = 6;
constexpr int kMaxLinesAfterBareDelimiter = 10;

Lines SplitLines(std::string_view text) {
  Lines lines;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

std::string_view Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

bool BlankLine(std::string_view line) { return Trim(line).empty(); }

void TrimTrailingBlank(Lines* lines) {
  while (!lines->empty() && BlankLine(lines->back())) lines->pop_back();
}

bool Matches(std::string_view line, const RE2& re) {
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

// "On Mon, 2 Nov 2026 at 10:12, Jane <jane@example.org> wrote:"
bool IsAttribution(std::string_view line) {
  static const RE2 kShape(R"((?i)\s*On\s.+\swrote:\s*)");
  static const RE2 kTimeOrYear(R"(\b(\d{1,2}:\d{2}|(19|20)\d\d)\b)");
  return line.size() <= kMaxAttributionBytes && Matches(line, kShape) &&
         line.find(',') != std::string_view::npos &&
         RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kTimeOrYear);
}

bool IsOriginalMessage(std::string_view line) {
  static const RE2 kOriginal(R"((?i)\s*-{2,}\s*Original Message\s*-{2,}\s*)");
  return Matches(line, kOriginal);
}

// Outlook's header block: "From: ..." then "Sent: ..." or "Date: ...".
bool IsOutlookHeader(const Lines& lines, size_t i) {
  static const RE2 kFrom(R"(\s*\*?From:.*)");
  static const RE2 kSent(R"(\s*\*?(Sent|Date):.*)");
  return i + 1 < lines.size() && Matches(lines[i], kFrom) && Matches(lines[i + 1], kSent);
}

bool IsUnderscoreRule(std::string_view line) {
  line = Trim(line);
  return line.size() >= 8 && line.find_first_not_of('_') == std::string_view::npos;
}

struct QuoteHeader {
  size_t begin = 0;  // first line to remove
  size_t end = 0;    // one past the header's last line
  bool attribution = false;
};

std::optional<QuoteHeader> FindQuoteHeader(const Lines& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (IsAttribution(lines[i])) return QuoteHeader{i, i + 1, true};
    // Gmail wraps a long attribution: "On ..., Jane <" / "jane@x.org> wrote:".
    if (i + 1 < lines.size() && Trim(lines[i]).substr(0, 3) == "On " &&
        IsAttribution(std::string(Trim(lines[i])) + " " + std::string(Trim(lines[i + 1])))) {
      return QuoteHeader{i, i + 2, true};
    }
    if (IsOriginalMessage(lines[i]) || IsOutlookHeader(lines, i)) {
      size_t begin = i;
      if (begin > 0 && IsUnderscoreRule(lines[begin - 1])) --begin;
      return QuoteHeader{begin, i + 1, false};
    }
  }
  return std::nullopt;
}

// ">" starts a quoted line, except before a digit (">50 hours a week").
bool IsQuotedLine(std::string_view line) {
  return !line.empty() && line[0] == '>' && !(line.size() > 1 && line[1] >= '0' && line[1] <= '9');
}

// True when the respondent's own lines sit between or after the ">" lines
// that follow `from`: an inline or bottom-posted reply.
bool IsInlineReply(const Lines& lines, size_t from) {
  bool seen_quote = false;
  for (size_t i = from; i < lines.size(); ++i) {
    if (IsQuotedLine(lines[i])) {
      seen_quote = true;
    } else if (seen_quote && !BlankLine(lines[i])) {
      return true;
    }
  }
  return false;
}

// Drops ">" lines, and the blank lines after a run when one already precedes it.
bool RemoveQuotedRuns(Lines* lines) {
  Lines kept;
  bool removed = false;
  bool swallow_blanks = false;
  for (std::string_view line : *lines) {
    if (IsQuotedLine(line)) {
      removed = true;
      swallow_blanks = kept.empty() || BlankLine(kept.back());
    } else if (!(swallow_blanks && BlankLine(line))) {
      swallow_blanks = false;
      kept.push_back(line);
    }
  }
  *lines = std::move(kept);
  return removed;
}

bool RemoveQuotes(Lines* lines) {
  bool removed = false;
  if (std::optional<QuoteHeader> header = FindQuoteHeader(*lines)) {
    if (header->attribution && IsInlineReply(*lines, header->end)) {
      lines->erase(lines->begin() + header->begin, lines->begin() + header->end);
    } else {
      lines->resize(header->begin);
    }
    removed = true;
  }
  return RemoveQuotedRuns(lines) || removed;
}

// Whether at most `limit` non-blank lines follow line `i` (stops counting early).
bool FewLinesAfter(const Lines& lines, size_t i, int limit) {
  int count = 0;
  for (++i; i < lines.size() && count <= limit; ++i) count += BlankLine(lines[i]) ? 0 : 1;
  return count <= limit;
}

// "-- " (RFC 3676), or "--" when a client has stripped the space.
bool CutAtDelimiter(Lines* lines) {
  for (size_t i = 0; i < lines->size(); ++i) {
    const std::string_view line = (*lines)[i];
    if (line == "-- " || (line == "--" && FewLinesAfter(*lines, i, kMaxLinesAfterBareDelimiter))) {
      lines->resize(i);
      return true;
    }
  }
  return false;
}

bool IsDeviceLine(std::string_view line) {
  static const RE2 kDevice(
      R"((?i)\s*(Sent from (my|Outlook|Mail for|Yahoo|AOL|Samsung)\b.*|Get Outlook for \S+.*))");
  return line.size() <= 80 && Matches(line, kDevice);
}

bool RemoveDeviceLines(Lines* lines) {
  bool removed = false;
  TrimTrailingBlank(lines);
  while (!lines->empty() && IsDeviceLine(lines->back())) {
    lines->pop_back();
    TrimTrailingBlank(lines);
    removed = true;
  }
  return removed;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "Jane", "Jane Smith", "J. Smith": one to three capitalised words.
bool IsShortName(std::string_view rest) {
  static const RE2 kName(
      R"(\s*([A-Z\x{80}-\x{10FFFF}]\S{0,20})(\s+[A-Z\x{80}-\x{10FFFF}]\S{0,20}){0,2}\s*)");
  return Matches(rest, kName);
}

bool IsValediction(std::string_view line) {
  // clang-format off
  static constexpr std::string_view kClosings[] = {
      "kind regards", "kindest regards", "best regards", "warm regards", "warmest regards",
      "with kind regards", "with best regards", "regards", "best wishes", "with best wishes",
      "all the best", "many thanks", "thanks", "thank you", "thanks again", "with thanks",
      "yours sincerely", "yours faithfully", "yours truly", "sincerely", "best", "cheers"};
  // clang-format on
  const std::string lower = LowerAscii(Trim(line));
  const std::string_view bare =
      std::string_view(lower).substr(0, lower.find_last_not_of(",.! ") + 1);
  for (std::string_view closing : kClosings) {
    if (bare == closing) return true;
    // "Thanks, Jane" / "Kind regards, Jane Smith" on one line.
    if (lower.size() > closing.size() + 1 && lower.compare(0, closing.size(), closing) == 0 &&
        lower[closing.size()] == ',' && IsShortName(Trim(line).substr(closing.size() + 1))) {
      return true;
    }
  }
  return false;
}

// A valediction among the last lines, followed only by short lines.
bool CutAtValediction(Lines* lines) {
  TrimTrailingBlank(lines);
  std::vector<size_t> tail;  // the last non-blank lines, latest first
  for (size_t i = lines->size(); i > 0 && tail.size() <= kMaxLinesAfterValediction; --i) {
    if (!BlankLine((*lines)[i - 1])) tail.push_back(i - 1);
  }
  for (size_t k = tail.size(); k > 0; --k) {  // earliest candidate first
    if (!IsValediction((*lines)[tail[k - 1]])) continue;
    bool short_tail = true;
    for (size_t j = 0; j + 1 < k; ++j) {
      short_tail = short_tail && Trim((*lines)[tail[j]]).size() <= kMaxSignatureLineBytes;
    }
    if (short_tail) {
      lines->resize(tail[k - 1]);
      return true;
    }
  }
  return false;
}

bool RemoveSignature(Lines* lines) {
  bool removed = CutAtDelimiter(lines);
  removed = RemoveDeviceLines(lines) || removed;
  return CutAtValediction(lines) || removed;
}

}  // namespace

Cleaned CleanMessage(const std::string& text) {
  Cleaned out;
  Lines lines = SplitLines(text);
  out.quote_removed = RemoveQuotes(&lines);
  out.signature_removed = RemoveSignature(&lines);
  TrimTrailingBlank(&lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out.text += '\n';
    out.text += lines[i];
  }
  return out;
}

}  // namespace heard
