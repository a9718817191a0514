// Finding personal data in respondent text, so no page shows it.
//
// Patterns, on the original text: email addresses; UK phone numbers
// (07xxx xxxxxx, 01xxx/02x landlines, +44); NHS numbers (3-3-4 digits);
// UK postcodes; a title followed by a capitalised name ("Mrs Patel",
// "Dr. Okafor"); a name after a relation ("my husband Derek": the name
// only); dates of birth after "DOB"/"born"; a name signing off the text
// ("Kind regards, Jean Hill", "- Sue", "Thanks\nMo x"); and any name the
// manifest lists (`redact_names`), whole words, any case. Each is replaced on the page by a
// bracketed label such as "[name]". Recall is deepened in its own issue;
// over-redaction is the safe error here. Tests: tests/analyse/redactor_test.cc.
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
