#include "analyse/quote_selector.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

#include "text/normalizer.h"

namespace heard {
namespace {

constexpr size_t kShortSentence = 30;

bool EndsLikeSentence(const std::string& text) {
  if (text.empty()) return false;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == ')' || last == '"' ||
         static_cast<unsigned char>(last) >= 0x80;
}

double LengthScore(size_t length) {
  if (length < 60) return static_cast<double>(length) / 60.0;
  if (length > 240) return 240.0 / static_cast<double>(length);
  return 1.0;
}

bool BetterQuote(const Quote& a, const Quote& b) {
  if (a.pinned != b.pinned) return a.pinned;
  if (a.score != b.score) return a.score > b.score;
  if (a.response_id != b.response_id) return a.response_id < b.response_id;
  return a.text < b.text;
}

}  // namespace

std::vector<Span> QuotePassages(const std::string& text) {
  std::vector<Span> sentences = SplitSentences(text);
  std::vector<Span> out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    Span span = sentences[i];
    if (span.end - span.begin < kShortSentence && i + 1 < sentences.size()) {
      span.end = sentences[++i].end;
    }
    out.push_back(span);
  }
  return out;
}


double ScoreQuote(const Quote& quote, int distinct_terms) {
  double score = LengthScore(quote.text.size());
  if (EndsLikeSentence(quote.text)) score += 0.2;
  if (!quote.text.empty() && quote.text[0] >= 'A' && quote.text[0] <= 'Z') score += 0.1;
  score += 0.25 * std::min(distinct_terms, 3);
  if (!quote.redactions.empty()) score -= 0.6;
  return score;
}

QuoteSelector::QuoteSelector(const Codebook& codebook, size_t pool_size,
                             const QuoteChoices* choices)
    : codebook_(codebook), pool_size_(pool_size), choices_(choices),
      pools_(codebook.themes.size()) {}

namespace {

bool Within(const Hit& hit, const Span& passage) {
  return hit.begin >= passage.begin && hit.end <= passage.end;
}

}  // namespace

std::vector<CodedQuote> CodedQuotes(const CodedResponse& coded,
                                    const std::vector<std::string>& redact_names) {
  std::vector<CodedQuote> out;
  out.reserve(16);
  const Response& response = coded.response;
  for (size_t a = 0; a < coded.answers.size(); ++a) {
    const std::vector<Coding>& codings = coded.answers[a].codings;
    if (codings.empty()) continue;
    const std::string& text = response.answers[a].text;
    const std::vector<Span> passages = QuotePassages(text);
    // A passage that several themes quote is redacted and normalised once,
    // and what was made is moved into the last quote of it.
    struct Made {
      std::vector<Redaction> redactions;
      std::string key;
    };
    std::vector<std::optional<Made>> made(passages.size());
    std::vector<int> quotes_left(passages.size(), 0);  // themes yet to quote each passage
    for (const Coding& coding : codings) {
      for (size_t p = 0; p < passages.size(); ++p) {
        const auto within = [&](const Hit& hit) { return Within(hit, passages[p]); };
        quotes_left[p] += std::any_of(coding.hits.begin(), coding.hits.end(), within) ? 1 : 0;
      }
    }
    std::vector<int> terms;  // the distinct terms hit in a passage
    for (const Coding& coding : codings) {
      for (size_t p = 0; p < passages.size(); ++p) {
        const Span& passage = passages[p];
        const auto within = [&](const Hit& hit) { return Within(hit, passage); };
        if (std::none_of(coding.hits.begin(), coding.hits.end(), within)) continue;
        CodedQuote& coded_quote = out.emplace_back();
        coded_quote.theme = coding.theme;
        Quote& quote = coded_quote.quote;
        terms.clear();
        for (const Hit& hit : coding.hits) {
          if (!within(hit)) continue;
          quote.hits.push_back({hit.begin - passage.begin, hit.end - passage.begin});
          if (std::find(terms.begin(), terms.end(), hit.term) == terms.end()) {
            terms.push_back(hit.term);
          }
        }
        quote.text = text.substr(passage.begin, passage.end - passage.begin);
        if (!made[p]) {
          made[p] = Made{FindPersonalData(quote.text, redact_names), NormalizeForMatch(quote.text)};
        }
        if (--quotes_left[p] == 0) {
          quote.redactions = std::move(made[p]->redactions);
          quote.key = std::move(made[p]->key);
        } else {
          quote.redactions = made[p]->redactions;
          quote.key = made[p]->key;
        }
        quote.response_id = response.id;
        quote.ordinal = response.ordinal;
        quote.respondent = response.respondent;
        quote.respondent_type = response.Attribute(kRespondentType);
        quote.channel = response.channel;
        quote.score = ScoreQuote(quote, static_cast<int>(terms.size()));
      }
    }
  }
  return out;
}

void QuoteSelector::Offer(const CodedResponse& coded) {
  OfferAll(CodedQuotes(coded, redact_names_));
}

void QuoteSelector::OfferAll(const std::vector<CodedQuote>& quotes) {
  for (const CodedQuote& coded : quotes) {
    const std::string& parent = codebook_.themes[coded.theme].parent;
    if (!parent.empty()) OfferQuote(codebook_.IndexOf(parent), coded.quote);
    OfferQuote(coded.theme, coded.quote);
  }
}

void QuoteSelector::OfferQuote(int theme, const Quote& offered) {
  bool pin = false;
  if (choices_ != nullptr) {
    if (const QuoteChoice* choice = choices_->Find(theme, offered.response_id, offered.text)) {
      ++choice->matched;
      if (!choice->pin) return;
      pin = true;
    }
  }
  Pool& pool = pools_[theme];
  // Copied only when it joins the pool; a passage the pool already holds only counts.
  std::string made_key;
  if (offered.key.empty()) made_key = NormalizeForMatch(offered.text);
  const std::string& key = offered.key.empty() ? made_key : offered.key;
  const size_t hash = std::hash<std::string_view>()(key);
  auto found = pool.by_key.find(KeyRef{key, hash});
  if (found != pool.by_key.end()) {
    ++pool.quotes[found->second].copies;
    return;
  }
  if (pool.quotes.capacity() < 2 * pool_size_) pool.quotes.reserve(2 * pool_size_);
  const Quote* before = pool.quotes.data();
  Quote& quote = pool.quotes.emplace_back(offered);
  pool.hashes.push_back(hash);
  if (offered.key.empty()) quote.key = std::move(made_key);
  if (pin) quote.pinned = true;
  if (pool.quotes.data() == before) {
    pool.by_key.emplace(KeyRef{quote.key, hash}, pool.quotes.size() - 1);
  } else {
    Reindex(&pool);  // the quotes moved, and with them the keys by_key views
  }
  if (pool.quotes.size() >= 2 * pool_size_) Prune(&pool);
}

void QuoteSelector::Reindex(Pool* pool) {
  pool->by_key.clear();
  for (size_t i = 0; i < pool->quotes.size(); ++i) {
    pool->by_key.emplace(KeyRef{pool->quotes[i].key, pool->hashes[i]}, i);
  }
}

// Keeps the pool_size_ best, best first. Quotes are large, so the ranking
// sorts pointers and the kept ones are moved once. BetterQuote is a strict
// total order on a pool (no two quotes in it have the same text), so this is
// the order a full sort of the quotes gives.
void QuoteSelector::Prune(Pool* pool) const {
  std::vector<Quote*> ranked;
  ranked.reserve(pool->quotes.size());
  for (Quote& quote : pool->quotes) ranked.push_back(&quote);
  const size_t kept = std::min(pool_size_, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(),
                    [](const Quote* a, const Quote* b) { return BetterQuote(*a, *b); });
  std::vector<Quote> best;
  std::vector<size_t> hashes;
  best.reserve(2 * pool_size_);
  hashes.reserve(2 * pool_size_);
  for (size_t i = 0; i < kept; ++i) {
    hashes.push_back(pool->hashes[static_cast<size_t>(ranked[i] - pool->quotes.data())]);
    best.push_back(std::move(*ranked[i]));
  }
  pool->quotes = std::move(best);
  pool->hashes = std::move(hashes);
  Reindex(pool);
}

void QuoteSelector::CountCopies(const std::vector<CopyGroup>& groups) {
  std::unordered_map<std::string, int> copies;
  for (const CopyGroup& group : groups) copies[group.first] += static_cast<int>(group.copies.size());
  for (Pool& pool : pools_) {
    for (Quote& quote : pool.quotes) {
      auto found = copies.find(quote.response_id);
      if (found != copies.end()) quote.copies += found->second;
    }
  }
}

std::vector<Quote> QuoteSelector::Pick(int theme, size_t count) const {
  std::vector<Quote> ranked = pools_[theme].quotes;
  std::sort(ranked.begin(), ranked.end(), BetterQuote);
  std::vector<Quote> picked;
  std::set<std::string> respondents;
  std::set<std::string> groups;
  for (const Quote& quote : ranked) {
    if (!quote.pinned || picked.size() >= count) break;  // pins first, whoever said them
    picked.push_back(quote);
    respondents.insert(quote.respondent);
    groups.insert(quote.respondent_type + "\n" + quote.channel);
  }
  for (int pass = 0; pass < 2 && picked.size() < count; ++pass) {
    for (const Quote& quote : ranked) {
      if (picked.size() >= count) break;
      if (quote.pinned) continue;
      if (respondents.count(quote.respondent)) continue;
      const std::string group = quote.respondent_type + "\n" + quote.channel;
      if (pass == 0 && groups.count(group)) continue;
      picked.push_back(quote);
      respondents.insert(quote.respondent);
      groups.insert(group);
    }
  }
  std::stable_sort(picked.begin(), picked.end(), BetterQuote);
  return picked;
}

}  // namespace heard
