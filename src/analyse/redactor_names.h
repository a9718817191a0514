// How the redactor decides that a word is someone's name, without a model of
// English: a cue in the text ("my son", "Dr", "Kind regards") proposes a word,
// and the word lists (redactor_words.h) and its capitals settle it; a given
// name on the list is a name wherever it stands. Internal to the redactor.
// Tests: tests/analyse/redactor_recall_test.cc, tests/analyse/redactor_test.cc.
#ifndef HEARD_ANALYSE_REDACTOR_NAMES_H_
#define HEARD_ANALYSE_REDACTOR_NAMES_H_

#include <string_view>
#include <vector>

#include "analyse/redactor.h"

namespace heard {

// How sure the cue before a word is that a name follows.
enum class Cue {
  kWeak,    // "my son", "Mrs", "me and": a lower-case word must be a listed name
  kStrong,  // "my name is", a signature: any word that is not a common word
};

// Whether `word` (as written, possibly ending in 's) is taken for a name
// after a cue of strength `cue`.
bool AcceptName(std::string_view word, Cue cue);

// Whether `word` (possibly ending in 's) is a given name on the list, also
// one that is a word ("Grace").
bool IsListedName(std::string_view word);

// True when `word`, at `begin`, is in capitals, is not a listed name and the
// word before it is not in capitals too: an acronym ("MS", "ADHD") after a
// cue, not a name. In text written all in capitals ("DR SHAH", "MY HUSBAND
// KEITH") a capitalised word may still be a name.
bool IsShoutedAcronym(std::string_view text, size_t begin, std::string_view word);

// Whether every word of a signature ("Mr D Evans", "Sarah and Tom", "Nan
// Pat") that could be a name is one; titles, initials, relation words and
// "and" are let through, but at least one word must be a name.
bool AcceptSignature(std::string_view words);

// True when the word at `pos` opens a sentence (start of text, after . ! ?
// or a line break, quotes and brackets aside).
bool IsSentenceStart(std::string_view text, size_t pos);

// True when the word before `pos` (on the same line) is capitalised and is
// either not at the start of a sentence or not a common word: the word at
// `pos` then belongs to a proper noun ("Social Services", "Christmas Eve",
// "Rural North"), not a name on its own. "When Dylan" is not such a case.
bool FollowsCapitalisedWord(std::string_view text, size_t pos);

// True when the word before `pos` places what follows ("in", "at", "near"):
// "in Brackenmoor has" is a place, not a person.
bool FollowsPlacePreposition(std::string_view text, size_t pos);

// Adds every given name on the list found in `text` (see GivenNameKind).
void FindGivenNames(std::string_view text, std::vector<Redaction>* out);

// After a name ending at `end`: the end of the name with any hyphenated part
// and surname that follow ("Lily-Rose", "Tracey Burns"); names joined to it
// ("Jack and Harry", "Josh, Liam and Kai") are added to `out`.
size_t ExtendName(std::string_view text, size_t end, std::vector<Redaction>* out);

}  // namespace heard

#endif  // HEARD_ANALYSE_REDACTOR_NAMES_H_
