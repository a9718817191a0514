// How responses.xlsx is deflated: by ISA-L's igzip at its level 1, not by zlib.
//
// libxlsxwriter (1.1.4 in Debian 12) adds each part of a workbook to its ZIP
// through minizip at zlib's default level, 6, and has no setting for it. The
// deflating happens when the workbook closes, after every response has been
// coded, so nothing overlaps it: at 100,000 responses the two big sheets are
// ~510 MB of XML. zlib's level 1 took ~4 s of that on one core; igzip's level
// 1 (Intel's ISA-L, Debian's libisal) takes ~0.8 s for a slightly smaller
// file, in the same deflate format, so whatever reads the workbook needs to
// know nothing.
//
// So heard defines the three minizip functions libxlsxwriter calls to write a
// member. An executable's own definitions come first when the dynamic linker
// binds a shared library's calls, so libxlsxwriter's calls arrive here, and
// each is passed on to minizip's own (the next definition, RTLD_NEXT):
// - zipOpenNewFileInZip4_64, for a member to deflate at the default level,
//   opens it raw (minizip writes what it is given) and starts an igzip stream;
// - zipWriteInFileInZip deflates the bytes and writes what igzip gives back;
// - zipCloseFileInZip ends the stream and closes the member raw, with the
//   size and CRC-32 of the bytes before deflating (minizip's own calls to it,
//   for a member left open when the next opens or the file closes, come
//   here too).
// Any other member (stored, another level, encrypted, or raw already) passes
// through untouched. Nothing else in heard writes ZIP files (reading goes
// through libzip). A build that links libxlsxwriter with a private copy of
// minizip would not call these and would write through zlib: the same
// workbook, slower. Nothing names these functions, so they would stay in
// libheard_lib.a: CMakeLists.txt gives heard_lib's users the link option
// --undefined=zipOpenNewFileInZip4_64, which takes this file into each program.
// Tests: tests/report/xlsx_deflate_test.cc, tests/report/xlsx_export_test.cc.
#include <dlfcn.h>
#include <isa-l/crc.h>
#include <isa-l/igzip_lib.h>
#include <minizip/zip.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "report/xlsx_export.h"

namespace heard {

const int kXlsxDeflateLevel = 1;

namespace {

// One member being deflated: the igzip stream, its output buffer, and the size
// and CRC-32 of what went in.
struct Deflating {
  isal_zstream stream;
  std::vector<uint8_t> level_buffer = std::vector<uint8_t>(ISAL_DEF_LVL1_DEFAULT);
  std::vector<uint8_t> out = std::vector<uint8_t>(64 * 1024);
  uint32_t crc = 0;
  uint64_t size = 0;

  Deflating() {
    isal_deflate_init(&stream);
    stream.level = kXlsxDeflateLevel;
    stream.level_buf = level_buffer.data();
    stream.level_buf_size = static_cast<uint32_t>(level_buffer.size());
    stream.gzip_flag = IGZIP_DEFLATE;
  }
};

// The members being deflated, by the ZIP file they belong to (one open member
// per file, as in minizip). Workbooks may be written on several threads.
std::mutex deflating_mutex;

std::unordered_map<zipFile, std::unique_ptr<Deflating>>& DeflatingMembers() {
  static auto* members = new std::unordered_map<zipFile, std::unique_ptr<Deflating>>();
  return *members;
}

Deflating* Find(zipFile file) {
  std::lock_guard<std::mutex> lock(deflating_mutex);
  auto it = DeflatingMembers().find(file);
  return it == DeflatingMembers().end() ? nullptr : it->second.get();
}

std::unique_ptr<Deflating> Take(zipFile file) {
  std::lock_guard<std::mutex> lock(deflating_mutex);
  auto it = DeflatingMembers().find(file);
  if (it == DeflatingMembers().end()) return nullptr;
  std::unique_ptr<Deflating> member = std::move(it->second);
  DeflatingMembers().erase(it);
  return member;
}

void Keep(zipFile file, std::unique_ptr<Deflating> member) {
  std::lock_guard<std::mutex> lock(deflating_mutex);
  DeflatingMembers()[file] = std::move(member);
}

// minizip's own definition of `name`, the one after this program's.
template <typename Function>
Function Minizip(const char* name) {
  return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

using Open = decltype(&zipOpenNewFileInZip4_64);
using Write = decltype(&zipWriteInFileInZip);
using CloseRaw = decltype(&zipCloseFileInZipRaw64);
using CloseMember = decltype(&zipCloseFileInZip);

Write MinizipWrite() {
  static const Write write = Minizip<Write>("zipWriteInFileInZip");
  return write;
}

// Runs igzip over what `member`'s stream holds and writes its output to the
// member, until the input is used up (and, at the end of the stream, until
// the stream has ended). ZIP_OK or the first error.
int Pump(zipFile file, Deflating* member) {
  isal_zstream& stream = member->stream;
  while (true) {
    stream.next_out = member->out.data();
    stream.avail_out = static_cast<uint32_t>(member->out.size());
    if (isal_deflate(&stream) != COMP_OK) return ZIP_INTERNALERROR;
    const unsigned made = static_cast<unsigned>(member->out.size() - stream.avail_out);
    if (made > 0) {
      if (MinizipWrite() == nullptr) return ZIP_INTERNALERROR;
      const int written = MinizipWrite()(file, member->out.data(), made);
      if (written != ZIP_OK) return written;
    }
    const bool ended = stream.internal_state.state == ZSTATE_END;
    const bool more = stream.end_of_stream ? !ended : stream.avail_in > 0;
    if (!more && stream.avail_out > 0) return ZIP_OK;
  }
}

// Ends `member`'s stream and closes it in `file`, raw, with the size and
// CRC-32 of the bytes that went in.
int Finish(zipFile file, std::unique_ptr<Deflating> member) {
  member->stream.next_in = nullptr;
  member->stream.avail_in = 0;
  member->stream.end_of_stream = 1;
  const int pumped = Pump(file, member.get());
  static const CloseRaw close_raw = Minizip<CloseRaw>("zipCloseFileInZipRaw64");
  if (close_raw == nullptr) return ZIP_INTERNALERROR;
  const int closed = close_raw(file, member->size, member->crc);
  return pumped != ZIP_OK ? pumped : closed;
}

}  // namespace
}  // namespace heard

extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char* filename,
                                       const zip_fileinfo* info, const void* extra_local,
                                       uInt extra_local_size, const void* extra_global,
                                       uInt extra_global_size, const char* comment, int method,
                                       int level, int raw, int window_bits, int mem_level,
                                       int strategy, const char* password, uLong crc,
                                       uLong version_made_by, uLong flag_base, int zip64) {
  using namespace heard;
  static const Open minizip = Minizip<Open>("zipOpenNewFileInZip4_64");
  if (minizip == nullptr) return ZIP_INTERNALERROR;
  const bool ours = method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION && raw == 0 &&
                    password == nullptr;
  if (ours) {
    level = kXlsxDeflateLevel;  // minizip marks the member's level in its flags from this
    raw = 1;
  }
  const int opened = minizip(file, filename, info, extra_local, extra_local_size, extra_global,
                             extra_global_size, comment, method, level, raw, window_bits,
                             mem_level, strategy, password, crc, version_made_by, flag_base,
                             zip64);
  if (ours && opened == ZIP_OK) Keep(file, std::make_unique<Deflating>());
  return opened;
}

extern "C" int zipWriteInFileInZip(zipFile file, const void* buf, unsigned len) {
  using namespace heard;
  Deflating* member = Find(file);
  if (member == nullptr) {
    return MinizipWrite() == nullptr ? ZIP_INTERNALERROR : MinizipWrite()(file, buf, len);
  }
  const auto* bytes = static_cast<const uint8_t*>(buf);
  member->crc = crc32_gzip_refl(member->crc, bytes, len);
  member->size += len;
  member->stream.next_in = const_cast<uint8_t*>(bytes);
  member->stream.avail_in = len;
  return Pump(file, member);
}

extern "C" int zipCloseFileInZip(zipFile file) {
  using namespace heard;
  if (std::unique_ptr<Deflating> member = Take(file)) return Finish(file, std::move(member));
  static const CloseMember minizip = Minizip<CloseMember>("zipCloseFileInZip");
  return minizip == nullptr ? ZIP_INTERNALERROR : minizip(file);
}
