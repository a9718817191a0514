// Shares in words a committee reads without misreading them: "almost one in
// five", "more than half". Honest by construction: a share is only called
// a majority when it is over half, and "almost" is used only within a tenth
// below the named fraction, so the words never round a minority up into
// "most" or a small share up into "many".
// Tests: tests/report/share_words_test.cc.
#ifndef HEARD_REPORT_SHARE_WORDS_H_
#define HEARD_REPORT_SHARE_WORDS_H_

#include <cstdint>
#include <string>

namespace heard {

// `part` of `whole` in words: "none", "all", "more than half", "exactly
// half", "almost one in three", "more than one in ten", "fewer than one in
// ten", ... ("" when `whole` is 0).
std::string ShareInWords(int64_t part, int64_t whole);

}  // namespace heard

#endif  // HEARD_REPORT_SHARE_WORDS_H_
