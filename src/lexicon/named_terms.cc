#include "lexicon/named_terms.h"

#include <atomic>

namespace heard {

uint64_t NextMatcherId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

size_t NamedTerms::SlotOf(uint64_t matcher, int list, std::string_view span) {
  uint64_t hash = 0xcbf29ce484222325ull ^ (matcher * 0x9e3779b97f4a7c15ull) ^
                  static_cast<uint64_t>(static_cast<uint32_t>(list));
  for (char c : span) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return static_cast<size_t>(hash ^ (hash >> 29)) & (kSlots - 1);
}

bool NamedTerms::Find(uint64_t matcher, int list, std::string_view span, int* term) const {
  if (span.size() > kLongestSpan) return false;
  const Slot& slot = slots_[SlotOf(matcher, list, span)];
  if (slot.matcher != matcher || slot.list != list || slot.span != span) return false;
  *term = slot.term;
  return true;
}

void NamedTerms::Keep(uint64_t matcher, int list, std::string_view span, int term) {
  if (span.size() > kLongestSpan) return;
  Slot& slot = slots_[SlotOf(matcher, list, span)];
  slot.matcher = matcher;
  slot.list = list;
  slot.term = term;
  slot.span.assign(span);
}

NamedTerms& NamedTerms::ForThisThread() {
  thread_local NamedTerms named;
  return named;
}

}  // namespace heard
