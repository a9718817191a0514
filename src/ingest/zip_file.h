// ZipFile: reading parts of a ZIP archive held in memory (XLSX and DOCX are
// ZIP archives of XML parts), through libzip. Each part read is capped in
// size and in how much it unpacks per packed byte, both as the archive
// declares them and as the bytes actually come out while inflating (a
// forged header cannot lie past the cap), so a small file that unpacks to
// gigabytes is an error naming the file and part, with memory held to the
// cap. Tests: tests/ingest/zip_file_test.cc.
#ifndef HEARD_INGEST_ZIP_FILE_H_
#define HEARD_INGEST_ZIP_FILE_H_

#include <zip.h>

#include <memory>
#include <string>

#include "core/limits.h"
#include "core/status.h"

namespace heard {

class ZipFile {
 public:
  // Opens `bytes` (which must outlive the ZipFile); `file` names it in
  // errors, `kind` says what it should be ("an XLSX workbook"). Parts are
  // read within `limits` (max_zip_entry_bytes, max_zip_ratio).
  static StatusOr<std::unique_ptr<ZipFile>> Open(const std::string& bytes,
                                                 const std::string& file, const std::string& kind,
                                                 const Limits& limits = Limits());
  ~ZipFile();

  bool Has(const std::string& part) const;
  // The uncompressed bytes of `part`; an error when it is missing, damaged,
  // or over the limits.
  StatusOr<std::string> Read(const std::string& part) const;

  // The limits the archive was opened with, for the parsers of its parts.
  const Limits& limits() const { return limits_; }

 private:
  ZipFile(zip_t* archive, std::string file, const Limits& limits)
      : archive_(archive), file_(std::move(file)), limits_(limits) {}
  // An error when `unpacked` bytes from `packed` break a limit.
  Status CheckSize(const std::string& part, uint64_t unpacked, uint64_t packed) const;

  zip_t* archive_;
  std::string file_;
  Limits limits_;
};

}  // namespace heard

#endif  // HEARD_INGEST_ZIP_FILE_H_
