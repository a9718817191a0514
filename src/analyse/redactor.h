// Finding personal data in respondent text, so no page shows it.
//
// Found, on the original text: email addresses, also written out ("jo dot
// bloggs at gmail dot com"); UK phone numbers (0 and 9-10 digits, or +44 /
// 0044, any spacing); NHS numbers (3-3-4 digits); full UK postcodes; dates of
// birth after "DOB", "born" and the like, numeric or written; names after a
// cue (a relation or role, a title, "my name is", "I'm", apposition, an age,
// "me and", a signature) unless the word is a common word; given names on the
// redactor's list wherever they stand; and any name the manifest lists
// (`redact_names`), whole words, any case. Each span is replaced on the page
// by a bracketed label such as "[name]". Over-redaction is the safe error
// here. What is and is not found, and the measured recall, are in
// doc/checking.md. Thread-safe; the patterns are compiled on first use.
// Tests: tests/analyse/redactor_test.cc, tests/analyse/redactor_recall_test.cc.
#ifndef HEARD_ANALYSE_REDACTOR_H_
#define HEARD_ANALYSE_REDACTOR_H_

#include <string>
#include <string_view>
#include <vector>

namespace heard {

struct Redaction {
  size_t begin = 0;
  size_t end = 0;
  std::string label;  // "[email]", "[phone]", "[name]", ...
};

// Spans of personal data in `text`, sorted and non-overlapping.
// `names` are extra names to find, as whole words in any case.
std::vector<Redaction> FindPersonalData(std::string_view text,
                                        const std::vector<std::string>& names = {});

// `text` with every span of FindPersonalData replaced by its label.
std::string Redacted(std::string_view text, const std::vector<std::string>& names = {});

}  // namespace heard

#endif  // HEARD_ANALYSE_REDACTOR_H_
