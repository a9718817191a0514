// Zip bombs and oversized parts, built here with libzip: a part of zeros
// that packs a thousand to one, the same with its header forged to claim it
// is small, and an honest part over a small size cap.
#include "ingest/zip_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>

#include "ingest/docx_reader.h"
#include "ingest/xlsx_sheet_reader.h"

namespace heard {
namespace {

// A libzip source of `size` zero bytes, made as they are read, so a bomb of
// hundreds of MiB costs the test no memory to build.
struct Zeros {
  uint64_t size;
  uint64_t given = 0;
};

zip_int64_t ZeroSource(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  Zeros* zeros = static_cast<Zeros*>(state);
  switch (command) {
    case ZIP_SOURCE_OPEN:
      zeros->given = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      const uint64_t n = std::min<uint64_t>(length, zeros->size - zeros->given);
      std::memset(data, 0, n);
      zeros->given += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_STAT: {
      zip_stat_t* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->size = zeros->size;
      stat->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_ERROR:
      return 2 * sizeof(int);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                            -1);
    default:
      return -1;
  }
}

// An archive holding `part`: `text` when given, else `zeros` zero bytes.
std::string Archive(const std::string& part, const std::string& text, uint64_t zeros = 0) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);  // read it back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  Zeros state{zeros};
  zip_source_t* source = zeros ? zip_source_function(archive, ZeroSource, &state)
                               : zip_source_buffer(archive, text.data(), text.size(), 0);
  const zip_int64_t index = zip_file_add(archive, part.c_str(), source, ZIP_FL_ENC_UTF_8);
  zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
  EXPECT_EQ(zip_close(archive), 0);
  std::string bytes;
  zip_source_open(buffer);
  char chunk[1 << 16];
  zip_int64_t n;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, n);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

void Put32(std::string* bytes, size_t at, uint32_t value) {
  for (int i = 0; i < 4; ++i) (*bytes)[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// The archive of one part with its unpacked size rewritten to `claimed` in
// both the local header and the central directory, as a forged bomb would.
std::string Forged(std::string bytes, uint32_t claimed) {
  EXPECT_EQ(bytes.compare(0, 4, "PK\x03\x04"), 0);
  Put32(&bytes, 22, claimed);
  const size_t central = bytes.find("PK\x01\x02");
  EXPECT_NE(central, std::string::npos);
  Put32(&bytes, central + 24, claimed);
  return bytes;
}

constexpr uint64_t kMiB = uint64_t{1} << 20;

TEST(ZipFileTest, AnHonestPartUnderTheLimitsReads) {
  const std::string text = "<p>I care for my mum</p>";
  const std::string bytes = Archive("word/document.xml", text);
  auto zip = ZipFile::Open(bytes, "notes.docx", "a DOCX document");
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  StatusOr<std::string> read = (*zip)->Read("word/document.xml");
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(*read, text);
}

TEST(ZipFileTest, ABombIsRefusedByItsDeclaredRatio) {
  const std::string bytes = Archive("word/document.xml", "", 64 * kMiB);
  ASSERT_LT(bytes.size(), 1 * kMiB);  // it packs near a thousand to one
  auto zip = ZipFile::Open(bytes, "notes.docx", "a DOCX document");
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  StatusOr<std::string> read = (*zip)->Read("word/document.xml");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "notes.docx: error: part 'word/document.xml' unpacks to over 300 times its packed "
            "size (max_zip_ratio), as a zip bomb does; refusing to read it");
}

TEST(ZipFileTest, AForgedSizeIsCaughtWhileInflating) {
  const std::string bytes = Forged(Archive("xl/worksheets/sheet1.xml", "", 64 * kMiB), 1000);
  auto zip = ZipFile::Open(bytes, "returns.xlsx", "an XLSX workbook");
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  StatusOr<std::string> read = (*zip)->Read("xl/worksheets/sheet1.xml");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "returns.xlsx: error: part 'xl/worksheets/sheet1.xml' unpacks to over 300 times its "
            "packed size (max_zip_ratio), as a zip bomb does; refusing to read it");
}

TEST(ZipFileTest, APartOverTheSizeCapIsRefused) {
  Limits limits;
  limits.max_zip_entry_bytes = 4096;
  std::string text;
  for (int i = 0; text.size() <= 5000; ++i) text += "<r>" + std::to_string(i * 7919) + "</r>";
  for (const uint32_t claimed : {static_cast<uint32_t>(text.size()), 100u}) {
    std::string bytes = Archive("word/document.xml", text);
    if (claimed != text.size()) bytes = Forged(bytes, claimed);
    auto zip = ZipFile::Open(bytes, "notes.docx", "a DOCX document", limits);
    ASSERT_TRUE(zip.ok()) << zip.status().message();
    StatusOr<std::string> read = (*zip)->Read("word/document.xml");
    ASSERT_FALSE(read.ok()) << "claimed " << claimed;
    EXPECT_EQ(read.status().message(),
              "notes.docx: error: part 'word/document.xml' unpacks to more than 4 KiB "
              "(max_zip_entry_bytes); refusing to read it")
        << "claimed " << claimed;
  }
}

// How much address space the process has mapped now (VmSize), in bytes.
uint64_t MappedBytes() {
  std::ifstream status("/proc/self/status");
  std::string key;
  uint64_t kib = 0;
  while (status >> key) {
    if (key == "VmSize:") {
      status >> kib;
      break;
    }
  }
  return kib * 1024;
}

// Reads `part` with the address space capped at what is mapped now plus
// `headroom`, then exits: 0 when the read came back as a ratio error, 1
// otherwise. Running out of memory instead aborts, which is neither.
void ReadCappedAndExit(const ZipFile& zip, const std::string& part, uint64_t headroom) {
  const rlim_t cap = MappedBytes() + headroom;
  const rlimit limit{cap, cap};
  setrlimit(RLIMIT_AS, &limit);
  StatusOr<std::string> read = zip.Read(part);
  const bool refused =
      !read.ok() && read.status().message().find("max_zip_ratio") != std::string::npos;
  std::_Exit(refused ? 0 : 1);
}

// Memory is bounded by the limits: a part is refused once it has unpacked
// past max_zip_ratio times its packed size (or 1 MiB, if more), whatever
// its header claims. With the ratio at 20, a 256 MiB bomb (~260 KiB packed)
// whose header claims 1000 bytes must be refused within ~5 MiB, so 64 MiB of
// spare address space is plenty; reading it whole would fail to allocate
// and kill the child. (At the default ratio of 300 the bound is ~78 MiB.)
TEST(ZipFileDeathTest, MemoryStaysBoundedOnAForgedBomb) {
  const std::string bytes = Forged(Archive("word/document.xml", "", 256 * kMiB), 1000);
  Limits limits;
  limits.max_zip_ratio = 20;
  auto zip = ZipFile::Open(bytes, "notes.docx", "a DOCX document", limits);
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  EXPECT_EXIT(ReadCappedAndExit(**zip, "word/document.xml", 64 * kMiB),
              ::testing::ExitedWithCode(0), "");
}

TEST(ZipFileTest, ABombDocxOrWorkbookIsRejectedByItsReader) {
  const std::string docx = Archive("word/document.xml", "", 16 * kMiB);
  StatusOr<std::string> notes = DocxToNotes(docx, "workshop.docx");
  ASSERT_FALSE(notes.ok());
  EXPECT_NE(notes.status().message().find("workshop.docx: error: part 'word/document.xml'"),
            std::string::npos)
      << notes.status().message();
  const std::string xlsx = Archive("xl/workbook.xml", "", 16 * kMiB);
  StatusOr<std::vector<CsvRecord>> rows = ReadXlsxRecords(xlsx, "", "returns.xlsx");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("returns.xlsx: error: part 'xl/workbook.xml' unpacks "
                                         "to over 300 times"),
            std::string::npos)
      << rows.status().message();
}

}  // namespace
}  // namespace heard
