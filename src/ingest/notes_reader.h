// Reading workshop, focus-group and telephone notes (plain text or Markdown)
// into Responses, one per point.
//
// A heading line ("# ..." to "###### ...") names the group or table that
// the points under it came from; it becomes the `group` attribute and is
// not a point itself. Each bullet ("- ", "* ", "+ ", "• ", "1. ", "1) ")
// starts a point; lines indented under a bullet continue it. A paragraph
// (lines up to a blank line) that is not a bullet is one point. Every point
// gets the source's channel, fixed attributes and question, and an id
// "<file>:<line>". A point with invalid UTF-8 or a NUL byte is rejected.
// Tests: tests/ingest/notes_reader_test.cc.
#ifndef HEARD_INGEST_NOTES_READER_H_
#define HEARD_INGEST_NOTES_READER_H_

#include <string>

#include "core/ledger.h"
#include "ingest/manifest.h"

namespace heard {

// The attribute a heading sets on the points below it.
inline constexpr const char* kGroupAttribute = "group";

// Reads `data` (the bytes of spec.path) and reports every point to `sink`.
void ReadNotes(const std::string& data, const SourceSpec& spec, SourceSink* sink);

}  // namespace heard

#endif  // HEARD_INGEST_NOTES_READER_H_
