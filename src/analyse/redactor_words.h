// Word lists the redactor uses to tell a name from an ordinary word, since it
// has no model of English: given names people in the UK carry, and common
// words that may follow a cue such as "my son" or start a sentence without
// being anyone's name. All lookups take a word already lower-cased (ASCII
// letters only are folded; other bytes compare as they are). The lists are
// hand-written for this project; extend them in redactor_words.cc.
// Tests: tests/analyse/redactor_recall_test.cc measures what they buy.
#ifndef HEARD_ANALYSE_REDACTOR_WORDS_H_
#define HEARD_ANALYSE_REDACTOR_WORDS_H_

#include <string>
#include <string_view>

namespace heard {

enum class GivenName {
  kNo,
  kYes,        // a name and nothing else: "callum", "priya"
  kAmbiguous,  // also an ordinary word or a month: "will", "grace", "may"
};

// Whether `lower` is a given name on the list, and whether it is also a word.
GivenName GivenNameKind(std::string_view lower);

// False when `lower` is surely not a given name on the list (GivenNameKind
// would say kNo); true for every listed name and about 1% of other words.
// Much cheaper than GivenNameKind, for a scan that looks up every word.
bool MayBeGivenName(std::string_view lower);

// A common English word (or one common in carers' answers: "respite",
// "council") that is not to be taken for a name after a cue.
bool IsCommonWord(std::string_view lower);

// A word that turns a name before it into a place or a body: "House",
// "Hospice", "Road" ("Rose Court", "Florence Nightingale Hospice").
bool IsPlaceWord(std::string_view lower);

// `word` with ASCII letters lower-cased.
std::string Lowered(std::string_view word);

}  // namespace heard

#endif  // HEARD_ANALYSE_REDACTOR_WORDS_H_
