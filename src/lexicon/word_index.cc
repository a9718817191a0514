#include "lexicon/word_index.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "lexicon/term_pattern.h"
#include "text/normalizer.h"

namespace heard {
namespace {

inline bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// True when `word` is one or more letters, digits or marks and nothing else.
bool AllWordChars(std::string_view word) {
  if (word.empty()) return false;
  size_t size = 0;
  for (size_t at = 0; at < word.size(); at += size) {
    if (!IsWordCharAt(word, at, &size)) return false;
  }
  return true;
}

// True when `gap` (the text between two words) is only spaces and hyphens.
bool IsPhraseGap(std::string_view gap) {
  for (char c : gap) {
    if (c != ' ' && c != '-') return false;
  }
  return !gap.empty();
}

void AddSize(std::vector<size_t>* sizes, size_t size) {
  if (std::find(sizes->begin(), sizes->end(), size) == sizes->end()) sizes->push_back(size);
}

}  // namespace

bool IsWordCharAt(std::string_view text, size_t at, size_t* size) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) {
    *size = 1;
    return IsAsciiWordChar(c);
  }
  int32_t next = static_cast<int32_t>(at);
  UChar32 code;
  U8_NEXT(text.data(), next, static_cast<int32_t>(text.size()), code);
  *size = static_cast<size_t>(next) - at;
  if (code < 0) return false;
  return (U_GET_GC_MASK(code) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool TermWord::Matches(std::string_view word) const {
  switch (kind) {
    case Kind::kExact:
      return word == letters;
    case Kind::kPrefix:
      return word.substr(0, letters.size()) == letters;
    case Kind::kSuffix:
      return word.size() >= letters.size() &&
             word.substr(word.size() - letters.size()) == letters;
    case Kind::kInfix:
      return word.find(letters) != std::string_view::npos;
  }
  return false;
}

std::vector<TermWord> PlainTermWords(const Term& term) {
  if (term.kind == Term::Kind::kRegex) return {};
  std::vector<TermWord> out;
  for (const std::string& written : SplitTermWords(NormalizeForMatch(term.text))) {
    std::string_view word = written;
    const bool lead = !word.empty() && word.front() == '*';
    if (lead) word.remove_prefix(1);
    const bool trail = !word.empty() && word.back() == '*';
    if (trail) word.remove_suffix(1);
    if (!AllWordChars(word)) return {};
    TermWord part;
    part.letters = std::string(word);
    part.kind = lead ? (trail ? TermWord::Kind::kInfix : TermWord::Kind::kSuffix)
                     : (trail ? TermWord::Kind::kPrefix : TermWord::Kind::kExact);
    out.push_back(std::move(part));
  }
  return out;
}

void WordIndex::Pairs::Mark(std::string_view key) {
  const unsigned first = static_cast<unsigned char>(key[0]) << 8;
  for (unsigned second = 0; second < 256; ++second) {
    if (key.size() > 1 && second != static_cast<unsigned char>(key[1])) continue;
    const unsigned pair = first | second;
    bits_[pair >> 6] |= uint64_t{1} << (pair & 63);
  }
}

bool WordIndex::Add(int list, int index, const Term& term) {
  std::vector<TermWord> words = PlainTermWords(term);
  if (words.empty()) return false;
  const int entry = static_cast<int>(entries_.size());
  const TermWord& first = words.front();
  switch (first.kind) {
    case TermWord::Kind::kExact:
      exact_.Add(first.letters, entry);
      exact_pairs_.Mark(first.letters);
      break;
    case TermWord::Kind::kPrefix:
      prefixes_.Add(first.letters, entry);
      prefix_pairs_.Mark(first.letters);
      AddSize(&prefix_sizes_, first.letters.size());
      std::sort(prefix_sizes_.begin(), prefix_sizes_.end());
      break;
    case TermWord::Kind::kSuffix:
      suffixes_.Add(first.letters, entry);
      AddSize(&suffix_sizes_, first.letters.size());
      break;
    case TermWord::Kind::kInfix:
      infixes_.push_back(entry);
      break;
  }
  entries_.push_back({list, index, std::move(words)});
  return true;
}

void WordIndex::Candidates(std::string_view word, std::vector<int>* out) const {
  out->clear();
  auto add = [out](const std::vector<int>* found) {
    if (found != nullptr) out->insert(out->end(), found->begin(), found->end());
  };
  const bool prefixes = prefix_pairs_.MayStart(word);
  const bool exact = exact_pairs_.MayStart(word);
  if (prefixes || exact) {
    uint64_t hash = WordTable::Start();
    size_t next = 0;  // the next prefix size to look up
    for (size_t i = 0; i < word.size(); ++i) {
      hash = WordTable::Step(hash, word[i]);
      if (!prefixes) continue;
      while (next < prefix_sizes_.size() && prefix_sizes_[next] < i + 1) ++next;
      if (next < prefix_sizes_.size() && prefix_sizes_[next] == i + 1) {
        add(prefixes_.Find(hash, word.substr(0, i + 1)));
      }
    }
    if (exact) add(exact_.Find(hash, word));
  }
  for (size_t size : suffix_sizes_) {
    if (size > word.size()) continue;
    const std::string_view tail = word.substr(word.size() - size);
    add(suffixes_.Find(WordTable::HashOf(tail), tail));
  }
  for (int entry : infixes_) {
    if (entries_[entry].words.front().Matches(word)) out->push_back(entry);
  }
}

uint64_t WordIndex::WordTable::HashOf(std::string_view key) {
  uint64_t hash = Start();
  for (char c : key) hash = Step(hash, c);
  return hash;
}

void WordIndex::WordTable::Add(std::string_view key, int entry) {
  const uint64_t hash = HashOf(key);
  const unsigned bit = static_cast<unsigned>(hash >> 48);
  bloom_[bit >> 6] |= uint64_t{1} << (bit & 63);
  size_t at = hash & (slots_.size() - 1);
  for (; slots_[at].key >= 0; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at].hash == hash && keys_[slots_[at].key] == key) {
      entries_[slots_[at].key].push_back(entry);
      return;
    }
  }
  slots_[at] = {hash, static_cast<int>(keys_.size())};
  keys_.emplace_back(key);
  entries_.push_back({entry});
  if (keys_.size() * 2 > slots_.size()) Grow();
}

void WordIndex::WordTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.key < 0) continue;
    size_t at = slot.hash & (slots_.size() - 1);
    while (slots_[at].key >= 0) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = slot;
  }
}

const std::vector<int>* WordIndex::WordTable::Probe(uint64_t hash, std::string_view key) const {
  for (size_t at = hash & (slots_.size() - 1); slots_[at].key >= 0;
       at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at].hash == hash && keys_[slots_[at].key] == key) return &entries_[slots_[at].key];
  }
  return nullptr;
}

bool WordIndex::AddLiterals(int list, int index, const std::vector<std::string>& literals) {
  for (const std::string& literal : literals) {
    if (!PhraseTrie::Representable(literal)) return false;
  }
  for (const std::string& literal : literals) {
    const int first = literals_.Add(list, index, literal);
    if (!literal_starts_.insert(first).second) continue;
    // Its first word goes in the table of plain terms' first words, so one
    // lookup a word serves both: entry -1 - node.
    size_t end = 0, size = 0;
    while (end < literal.size() && IsWordCharAt(literal, end, &size)) end += size;
    exact_.Add(std::string_view(literal).substr(0, end), -1 - first);
    exact_pairs_.Mark(std::string_view(literal).substr(0, end));
  }
  return true;
}

uint32_t WordIndex::MatchEnd(const Entry& e, std::string_view text,
                             const std::vector<WordSpan>& words, size_t first) const {
  if (first + e.words.size() > words.size()) return 0;
  for (size_t k = 1; k < e.words.size(); ++k) {
    const WordSpan& before = words[first + k - 1];
    const WordSpan& word = words[first + k];
    if (!IsPhraseGap(text.substr(before.end, word.begin - before.end))) return 0;
    if (!e.words[k].Matches(text.substr(word.begin, word.end - word.begin))) return 0;
  }
  return words[first + e.words.size() - 1].end;
}

void WordIndex::Keep(int list, int index, uint32_t begin, uint32_t end,
                     std::vector<Match>* matches, size_t from) {
  for (size_t i = from; i < matches->size(); ++i) {
    Match& kept = (*matches)[i];
    if (kept.list != list) continue;
    if (end > kept.end || (end == kept.end && index < kept.term)) {
      kept.term = index;
      kept.end = end;
    }
    return;
  }
  matches->push_back({list, index, begin, end});
}

void WordIndex::Find(std::string_view text, std::vector<Match>* matches) const {
  matches->clear();
  if (empty()) return;
  thread_local std::vector<WordSpan> words;
  thread_local std::vector<int> candidates;
  words.clear();
  size_t size = 0;
  auto word_char = [&](size_t at) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) {
      size = 1;
      return IsAsciiWordChar(c);
    }
    return IsWordCharAt(text, at, &size);
  };
  for (size_t at = 0; at < text.size();) {
    if (!word_char(at)) {
      at += size;
      continue;
    }
    const size_t begin = at;
    while (at < text.size() && word_char(at)) at += size;
    words.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(at)});
  }
  for (size_t i = 0; i < words.size(); ++i) {
    Candidates(text.substr(words[i].begin, words[i].end - words[i].begin), &candidates);
    const size_t from = matches->size();
    for (int entry : candidates) {
      if (entry < 0) {  // a spelled-out string's first word
        literals_.WalkFrom(text, words, i, -1 - entry, [&](int list, int index, uint32_t end) {
          Keep(list, index, words[i].begin, end, matches, from);
        });
        continue;
      }
      const Entry& e = entries_[entry];
      const uint32_t end = MatchEnd(e, text, words, i);
      if (end > 0) Keep(e.list, e.index, words[i].begin, end, matches, from);
    }
  }
}

}  // namespace heard
