// ZipFile: reading parts of a ZIP archive held in memory (XLSX and DOCX are
// ZIP archives of XML parts), through libzip. Each part read is capped in
// size, so a small file that unpacks to gigabytes is an error, not a crash.
// Tests: tests/ingest/xlsx_sheet_reader_test.cc (through the XLSX reader).
#ifndef HEARD_INGEST_ZIP_FILE_H_
#define HEARD_INGEST_ZIP_FILE_H_

#include <zip.h>

#include <memory>
#include <string>

#include "core/status.h"

namespace heard {

class ZipFile {
 public:
  // Opens `bytes` (which must outlive the ZipFile); `file` names it in
  // errors, `kind` says what it should be ("an XLSX workbook").
  static StatusOr<std::unique_ptr<ZipFile>> Open(const std::string& bytes,
                                                 const std::string& file, const std::string& kind);
  ~ZipFile();

  bool Has(const std::string& part) const;
  // The uncompressed bytes of `part`, at most `limit` of them.
  StatusOr<std::string> Read(const std::string& part, uint64_t limit = uint64_t{256} << 20) const;

 private:
  ZipFile(zip_t* archive, std::string file) : archive_(archive), file_(std::move(file)) {}
  zip_t* archive_;
  std::string file_;
};

}  // namespace heard

#endif  // HEARD_INGEST_ZIP_FILE_H_
