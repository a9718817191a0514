#include "analyse/ngram_counts.h"

#include <vector>

#include "analyse/stop_words.h"
#include "analyse/tokenizer.h"

namespace heard {

void NgramCounts::Add(const NgramCounts& other) {
  for (const auto& [candidate, count] : other.counts) counts[candidate] += count;
  words += other.words;
  pairs += other.pairs;
}

int64_t NgramCounts::Count(const std::string& candidate) const {
  auto found = counts.find(candidate);
  return found == counts.end() ? 0 : found->second;
}

int64_t NgramCounts::TotalFor(std::string_view candidate) const {
  return candidate.find(' ') == std::string_view::npos ? words : pairs;
}

void CountNgrams(std::string_view normalized, NgramCounts* counts) {
  const std::vector<Token> tokens = Tokenize(normalized);
  bool previous_content = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    const bool content = IsContentWord(token.text);
    ++counts->words;
    if (content) ++counts->counts[std::string(token.text)];
    if (token.joined) {
      ++counts->pairs;
      if (content && previous_content) {
        std::string pair(tokens[i - 1].text);
        pair += ' ';
        pair += token.text;
        ++counts->counts[pair];
      }
    }
    previous_content = content;
  }
}

}  // namespace heard
