// QuoteSelector: the best short quotes per theme, chosen as responses stream.
//
// Candidates are sentences (ICU) that carry a hit of the theme; a sentence
// under 30 bytes takes the next one with it. Each is scored for readability
// (length near 60-240 bytes, starts with a capital, ends like a sentence),
// signal (distinct terms hit) and safety (personal data found costs a lot,
// though it is redacted anyway). Identical quotes after normalisation are
// kept once with a count. Each theme keeps a bounded pool, so memory does not
// grow with the corpus. Pick() spreads the quotes: different kinds of
// respondent and channels first, never two from the same respondent. A
// report writer's pins come first and are never pruned; drops never enter.
// Tests: tests/analyse/quote_selector_test.cc.
#ifndef HEARD_ANALYSE_QUOTE_SELECTOR_H_
#define HEARD_ANALYSE_QUOTE_SELECTOR_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/duplicates.h"
#include "analyse/quote_choices.h"
#include "analyse/redactor.h"
#include "core/codebook.h"
#include "tag/tagger.h"
#include "text/sentences.h"

namespace heard {

struct Quote {
  std::string text;            // original text of the passage
  std::vector<Span> hits;      // theme hits, relative to `text`
  std::vector<Redaction> redactions;  // relative to `text`
  std::string response_id;
  std::string respondent;
  std::string respondent_type;
  std::string channel;
  double score = 0;
  int copies = 1;              // identical quotes seen
  bool pinned = false;         // a report writer pinned it (quotes.csv)
  int64_t ordinal = -1;        // the response's Response::ordinal (for its page)
  // NormalizeForMatch(text), which tells the same passage from another: made
  // once, with the quote, on a coding thread (QuoteSelector works out any
  // left empty).
  std::string key;
};

// A passage of a response that carries a hit of `theme` (not rolled up).
struct CodedQuote {
  int theme = -1;
  Quote quote;
};

// Every coded passage of `coded`, scored and redacted (also with
// `redact_names`): computed once per response and shared by the quote
// selector and the passage pages, so sentences are segmented only once.
std::vector<CodedQuote> CodedQuotes(const CodedResponse& coded,
                                    const std::vector<std::string>& redact_names);

class QuoteSelector {
 public:
  // `choices` (pins and drops; may be null) must outlive the selector.
  QuoteSelector(const Codebook& codebook, size_t pool_size = 40,
                const QuoteChoices* choices = nullptr);

  // Names to redact besides the patterns (the manifest's redact_names).
  void set_redact_names(std::vector<std::string> names) { redact_names_ = std::move(names); }

  // Considers every coded sentence of `coded` for its themes (and parents).
  void Offer(const CodedResponse& coded);
  // The same, for passages already cut by CodedQuotes.
  void OfferAll(const std::vector<CodedQuote>& quotes);

  // Credits each quote of a group's first response with the group's copies,
  // so campaign text shows once, "said in the same words by N responses".
  void CountCopies(const std::vector<CopyGroup>& groups);

  // Up to `count` quotes for `theme`, best first, spread across groups.
  std::vector<Quote> Pick(int theme, size_t count) const;

 private:
  // A pooled quote's key, viewing Quote::key, with its hash made once.
  struct KeyRef {
    std::string_view key;
    size_t hash = 0;
    bool operator==(const KeyRef& other) const { return key == other.key; }
  };
  struct KeyRefHash {
    size_t operator()(const KeyRef& ref) const { return ref.hash; }
  };
  struct Pool {
    Pool() = default;
    Pool(const Pool& other) : quotes(other.quotes), hashes(other.hashes) { Reindex(this); }
    Pool& operator=(const Pool& other) {
      quotes = other.quotes;
      hashes = other.hashes;
      Reindex(this);
      return *this;
    }
    Pool(Pool&&) = default;  // the quotes stay where they are
    Pool& operator=(Pool&&) = default;

    std::vector<Quote> quotes;  // room for 2 * pool_size_, so they do not move
    std::vector<size_t> hashes;  // parallel to `quotes`: the hash of each key
    // Each quote's key, viewing quotes[i].key, to its index.
    std::unordered_map<KeyRef, size_t, KeyRefHash> by_key;
  };
  void OfferQuote(int theme, const Quote& offered);
  void Prune(Pool* pool) const;
  static void Reindex(Pool* pool);

  const Codebook& codebook_;
  size_t pool_size_;
  const QuoteChoices* choices_;
  std::vector<std::string> redact_names_;
  std::vector<Pool> pools_;
};

// The passages of `text` a quote can be: its sentences (ICU), a sentence
// shorter than 30 bytes joined to the next.
std::vector<Span> QuotePassages(const std::string& text);

// The readability-and-signal score of a passage (higher is better).
double ScoreQuote(const Quote& quote, int distinct_terms);

}  // namespace heard

#endif  // HEARD_ANALYSE_QUOTE_SELECTOR_H_
