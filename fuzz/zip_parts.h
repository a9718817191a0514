// Building a ZIP archive in memory from a text listing of its parts, so the
// XLSX and DOCX fuzzers can mutate the XML inside an archive directly.
//
// A mutated deflate stream or CRC almost never survives unzipping, so
// fuzzing only raw archive bytes would leave the XML readers barely touched.
// An input that starts with "PK" is taken as an archive as it is (that
// fuzzes the ZIP layer); any other input is a listing:
//
//   === xl/workbook.xml
//   <workbook ...>...
//   === xl/worksheets/sheet1.xml
//   ...
//
// Each "=== NAME" line starts a part; the lines up to the next such line are
// its bytes. The parts are stored uncompressed. fuzz/make_seeds.py writes
// the seeds in this form from the test workbooks and documents.
#ifndef HEARD_FUZZ_ZIP_PARTS_H_
#define HEARD_FUZZ_ZIP_PARTS_H_

#include <string>

namespace heard {

// The archive bytes for `input` as described above; "" when libzip could not
// build one (the fuzzer then skips the input).
std::string ArchiveFromFuzzInput(const std::string& input);

}  // namespace heard

#endif  // HEARD_FUZZ_ZIP_PARTS_H_
