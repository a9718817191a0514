// Sentence segmentation (ICU) over UTF-8, for choosing quotes.
#ifndef HEARD_TEXT_SENTENCES_H_
#define HEARD_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

namespace heard {

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// The sentences of `text` as byte spans, each trimmed of surrounding
// whitespace; blank sentences are left out. Line breaks end a sentence.
std::vector<Span> SplitSentences(std::string_view text);

}  // namespace heard

#endif  // HEARD_TEXT_SENTENCES_H_
