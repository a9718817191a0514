// Limits: how big or deep any one input may be before heard refuses it with
// a message, instead of running out of memory, stack or patience.
//
// Every reader that could be made to allocate or recurse without bound by a
// hostile or broken file takes its cap from here. The defaults sit far above
// anything a national consultation produces (the reasons are beside each),
// so a real run never meets them; a manifest's `limits:` block or the
// command line's --limit may raise or lower them (doc/manifest.md).
// Tests: tests/core/limits_test.cc and the readers' own tests.
#ifndef HEARD_CORE_LIMITS_H_
#define HEARD_CORE_LIMITS_H_

#include <cstdint>
#include <string>
#include <vector>


namespace heard {

struct Limits {
  // One CSV/TSV field or spreadsheet cell. Excel stops a cell at 32,767
  // characters (at most ~128 KiB of UTF-8) and the longest answers in real
  // returns are a few thousand words, but a whole written submission pasted
  // into one survey-tool field can run to megabytes, and heard promises to
  // read a 5 MiB field intact (tests/ingest/table_reader_test.cc). 16 MiB
  // keeps that promise three times over and bounds what one record costs.
  int64_t max_field_bytes = int64_t{16} << 20;
  // Records per table source (CSV, TSV, XLSX rows) and messages per folder
  // of e-mails or letters. The largest UK consultations drew about a million
  // returns; Excel holds 1,048,576 rows.
  // Past the cap the rest are rejected in one ledger entry that says how
  // many, so none is lost in silence.
  int64_t max_rows = 5'000'000;
  // One part of an XLSX or DOCX archive, unpacked. A sheet of a million rows
  // of ten short cells is about 400 MiB of XML; the part is held in memory,
  // so this is also the most one archive part can cost.
  int64_t max_zip_entry_bytes = int64_t{1} << 30;
  // Unpacked size over packed size for one archive part, checked once the
  // part has unpacked past 1 MiB (small parts compress oddly either way).
  // Office XML packs 5-30 to 1 and very repetitive sheets about 100 to 1;
  // a zip bomb packs near deflate's ceiling of 1032 to 1.
  double max_zip_ratio = 300;
  // Elements inside elements in one XML part. Word nests tables in tables
  // to a few dozen levels; 256 leaves room and keeps recursion bounded.
  int max_xml_depth = 256;
  // Expat's billion-laughs guard: the most bytes of output per byte of
  // input that entity expansion may produce (expat's own default is 100).
  // Entity declarations are refused outright, so this is a second wall.
  double max_xml_amplification = 100;
  // Multiparts and attached messages inside each other in one e-mail.
  // Mail clients nest 3-6 deep (mixed > related > alternative, forwards).
  int max_mime_depth = 32;
};

// Caps on the project's YAML files (manifest, codebook). They cannot be set
// from a manifest, as they guard the reading of the manifest itself.
struct YamlLimits {
  // Maps and lists inside each other. Codebooks nest 4-5 deep.
  int max_depth = 64;
  // Nodes visited when every alias is followed to what it stands for. A
  // codebook of 500 themes with 200 terms each is ~250,000; an alias bomb
  // ("billion laughs": lists of aliases of lists of aliases) is billions.
  int64_t max_nodes = 2'000'000;
};

// The names a limit is set by, in the manifest and on the command line,
// in the order doc/manifest.md lists them.
std::vector<std::string> LimitNames();

// Sets the limit called `name` from `value` (a whole number, or a number for
// the ratios; sizes may end in KiB, MiB or GiB). On failure returns the
// reason, without a location, for the caller to place; "" on success.
std::string SetLimit(const std::string& name, const std::string& value, Limits* limits);

// "12 MiB", "3 KiB", "100 bytes": a size for messages.
std::string SizeText(int64_t bytes);

}  // namespace heard

#endif  // HEARD_CORE_LIMITS_H_
