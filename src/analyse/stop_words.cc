#include "analyse/stop_words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

namespace heard {
namespace {

// Sorted, for binary search; words of one or two letters are left out,
// since IsContentWord drops those anyway.
constexpr std::string_view kStopWords[] = {
    "about", "above", "after", "again", "against", "all", "also", "and", "any", "are",
    "aren't", "because", "been", "before", "being", "below", "between", "both", "but",
    "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "does", "doesn't",
    "doing", "don't", "down", "during", "each", "even", "ever", "every", "few", "for",
    "from", "further", "get", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "having", "he'd", "he's", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "i'd", "i'll", "i'm", "i've", "into", "isn't", "it's", "its", "itself", "just",
    "let's", "like", "lot", "lots", "many", "more", "most", "much", "must", "mustn't", "myself",
    "need", "nor", "not", "now", "off", "once", "one", "only", "other", "our", "ours",
    "ourselves", "out", "over", "own", "quite", "really", "same", "she", "she'd", "she's",
    "should", "shouldn't", "some", "such", "than", "that", "that's", "the", "their",
    "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd",
    "they're", "they've", "thing", "things", "this", "those", "through", "too", "under",
    "until", "very", "was", "wasn't", "we'd", "we're", "we've", "well", "were", "weren't",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "won't", "would", "wouldn't", "yet", "you", "your"};
static_assert(std::is_sorted(std::begin(kStopWords), std::end(kStopWords)));

bool HasLetter(std::string_view word) {
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

size_t CodePoints(std::string_view word) {
  size_t count = 0;
  for (char byte : word) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  return count;
}

}  // namespace

bool IsStopWord(std::string_view word) {
  return std::binary_search(std::begin(kStopWords), std::end(kStopWords), word);
}

bool IsContentWord(std::string_view word) {
  return CodePoints(word) >= 3 && HasLetter(word) && !IsStopWord(word);
}

}  // namespace heard
