// The deflate level of responses.xlsx.
//
// libxlsxwriter (1.1.4 in Debian 12) adds each part of a workbook to its ZIP
// through minizip's zipOpenNewFileInZip4_64 at zlib's default level, 6, and
// has no setting for it. The deflating happens when the workbook closes,
// after every response has been coded, so nothing overlaps it: at 100,000
// responses the two big sheets are ~500 MB of XML and level 6 took ~8 s of
// a ~33 s run; level 1 takes well under half that, for a file about a
// quarter larger (60 -> 77 MB on the benchmark corpus) and in the same
// deflate format, so whatever reads the workbook needs to know nothing.
//
// So heard defines zipOpenNewFileInZip4_64 itself. An executable's own
// definitions come first when the dynamic linker binds a shared library's
// calls, so libxlsxwriter's calls arrive here; this passes each on to
// minizip's function (the next definition, RTLD_NEXT) with level 1 where
// the default was asked for. Nothing else in heard writes ZIP files (reading
// goes through libzip). A build that links libxlsxwriter with a private copy
// of minizip would not call this and would write at level 6: the same
// workbook, bigger and slower. Nothing names this function, so it would stay
// in libheard_lib.a: CMakeLists.txt gives heard_lib's users the link option
// --undefined=zipOpenNewFileInZip4_64, which takes this file into each program.
// Tests: tests/report/xlsx_export_test.cc (the level of a written workbook).
#include <dlfcn.h>
#include <minizip/zip.h>

#include "report/xlsx_export.h"

namespace heard {

const int kXlsxDeflateLevel = 1;

}  // namespace heard

extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char* filename,
                                       const zip_fileinfo* info, const void* extra_local,
                                       uInt extra_local_size, const void* extra_global,
                                       uInt extra_global_size, const char* comment, int method,
                                       int level, int raw, int window_bits, int mem_level,
                                       int strategy, const char* password, uLong crc,
                                       uLong version_made_by, uLong flag_base, int zip64) {
  using Open = decltype(&zipOpenNewFileInZip4_64);
  static const Open minizip =
      reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
  if (minizip == nullptr) return ZIP_INTERNALERROR;
  if (level == Z_DEFAULT_COMPRESSION) level = heard::kXlsxDeflateLevel;
  return minizip(file, filename, info, extra_local, extra_local_size, extra_global,
                 extra_global_size, comment, method, level, raw, window_bits, mem_level,
                 strategy, password, crc, version_made_by, flag_base, zip64);
}
