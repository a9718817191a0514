#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace heard {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

void AddTrimmed(std::string_view text, size_t begin, size_t end,
                std::vector<Span>* out) {
  while (begin < end && IsAsciiSpace(text[begin])) ++begin;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  if (begin < end) out->push_back({begin, end});
}

// This thread's sentence iterator: making one costs more than using it on a
// short answer, and an iterator may be used by one thread only.
icu::BreakIterator* ThreadBreaker(UErrorCode* status) {
  thread_local std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getUK(), *status));
  return breaker.get();
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(),
                                static_cast<int64_t>(text.size()), &status);
  icu::BreakIterator* breaker = U_SUCCESS(status) ? ThreadBreaker(&status) : nullptr;
  if (breaker != nullptr && U_SUCCESS(status)) breaker->setText(utext, status);
  if (breaker == nullptr || U_FAILURE(status)) {
    // Without ICU's rules the whole text is one sentence: never lose text.
    utext_close(utext);
    AddTrimmed(text, 0, text.size(), &out);
    return out;
  }
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    AddTrimmed(text, static_cast<size_t>(begin), static_cast<size_t>(end), &out);
  }
  utext_close(utext);
  return out;
}

}  // namespace heard
