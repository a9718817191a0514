// Keyword-in-context lines: a hit with the text either side of it, as
// `heard kwic` prints them.
//
// Context is cut from the answer as the respondent wrote it. Line breaks,
// tabs, other control characters and runs of white space become one space,
// so every hit fits on one line; the context touching the hit is trimmed,
// since the separators space it. Widths are counted in code points (wide
// East Asian characters and combining marks are not told apart), and no
// cut ever falls inside a code point.
// Tests: tests/analyse/kwic_test.cc.
#ifndef HEARD_ANALYSE_KWIC_H_
#define HEARD_ANALYSE_KWIC_H_

#include <string>
#include <string_view>

namespace heard {

struct KwicLine {
  std::string left;   // at most `width` code points, the end nearest the hit
  std::string hit;
  std::string right;  // at most `width` code points, from just after the hit
};

// The hit [begin, end) of `text` (UTF-8 byte offsets on code point
// boundaries) and its context. Offsets past the end are clamped, and an end
// before `begin` gives an empty hit.
KwicLine CutKwic(std::string_view text, size_t begin, size_t end, size_t width);

// "LEFT | HIT | RIGHT" with LEFT right-aligned in `width` columns, so the
// hits of successive lines start in the same column.
std::string FormatKwic(const KwicLine& line, size_t width);

// `text` with every run of white space or control characters made one
// space (leading and trailing runs too; nothing is trimmed).
std::string Flatten(std::string_view text);

// The first `count` code points of `text`.
std::string_view LeadingCodePoints(std::string_view text, size_t count);

// The number of code points in `text`.
size_t CodePoints(std::string_view text);

// `text` padded with spaces to `width` code points: on the left when
// `right_align`, else on the right. Longer text is returned whole.
std::string Pad(std::string_view text, size_t width, bool right_align);

}  // namespace heard

#endif  // HEARD_ANALYSE_KWIC_H_
