// src/report/xlsx_deflate.cc: members minizip is asked to deflate at the
// default level are deflated by igzip instead; every other member passes
// through. Written here through minizip's own calls, as libxlsxwriter makes
// them, and read back through libzip, which checks each member's CRC-32.
#include <gtest/gtest.h>
#include <minizip/zip.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/file_io.h"
#include "ingest/zip_file.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

// What one member should be: its name, its bytes, and how minizip should
// take it.
struct MemberSpec {
  std::string name;
  std::string bytes;
  int method = Z_DEFLATED;
  int level = Z_DEFAULT_COMPRESSION;
  size_t piece = 4096;  // bytes per zipWriteInFileInZip call
};

// Text the way a sheet's XML runs: compressible, varied, several MB.
std::string SheetLikeXml(size_t rows) {
  std::mt19937 random(7);
  const std::vector<std::string> words = {"carer", "respite", "break", "money", "GP",
                                          "young", "school", "tired", "help", "&amp;"};
  std::string xml;
  for (size_t r = 1; r <= rows; ++r) {
    xml += "<row r=\"" + std::to_string(r) + "\"><c t=\"inlineStr\"><is><t>";
    for (int w = 0; w < 12; ++w) xml += words[random() % words.size()] + " ";
    xml += "</t></is></c></row>";
  }
  return xml;
}

std::string RandomBytes(size_t size) {
  std::mt19937 random(11);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xff);
  return bytes;
}

class XlsxDeflateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("heard_deflate_" + std::to_string(getpid()) + ".zip");
  }
  void TearDown() override { fs::remove(path_); }

  // Opens member `spec` in `zip` and writes its bytes in pieces.
  static void WriteMember(zipFile zip, const MemberSpec& spec) {
    zip_fileinfo info{};
    ASSERT_EQ(zipOpenNewFileInZip4_64(zip, spec.name.c_str(), &info, nullptr, 0, nullptr, 0,
                                      nullptr, spec.method, spec.level, 0, -MAX_WBITS,
                                      DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 0, 0),
              ZIP_OK);
    for (size_t at = 0; at < spec.bytes.size(); at += spec.piece) {
      const std::string piece = spec.bytes.substr(at, spec.piece);
      ASSERT_EQ(zipWriteInFileInZip(zip, piece.data(), static_cast<unsigned>(piece.size())),
                ZIP_OK);
    }
  }

  // The archive's bytes, with every member written and closed.
  std::string WriteZip(const std::vector<MemberSpec>& members) {
    zipFile zip = zipOpen(path_.c_str(), APPEND_STATUS_CREATE);
    EXPECT_NE(zip, nullptr);
    if (zip == nullptr) return "";
    for (const MemberSpec& spec : members) {
      WriteMember(zip, spec);
      EXPECT_EQ(zipCloseFileInZip(zip), ZIP_OK);
    }
    EXPECT_EQ(zipClose(zip, nullptr), ZIP_OK);
    return ReadAll();
  }

  std::string ReadAll() {
    StatusOr<std::string> bytes = ReadFile(path_.string());
    EXPECT_TRUE(bytes.ok()) << bytes.status().message();
    return bytes.ok() ? *bytes : "";
  }

  // `name`'s bytes read back through libzip (which checks the CRC-32).
  static std::string ReadBack(const std::string& zip, const std::string& name) {
    StatusOr<std::unique_ptr<ZipFile>> archive = ZipFile::Open(zip, "test.zip", "a test archive");
    EXPECT_TRUE(archive.ok()) << archive.status().message();
    if (!archive.ok()) return "<no archive>";
    StatusOr<std::string> bytes = (*archive)->Read(name);
    EXPECT_TRUE(bytes.ok()) << bytes.status().message();
    return bytes.ok() ? *bytes : "<unreadable>";
  }

  fs::path path_;
};

// Little-endian fields of the central directory entry of member `index`.
struct CentralEntry {
  int flags = -1, method = -1;
  uint64_t packed = 0, unpacked = 0;
};

CentralEntry Central(const std::string& zip, int index) {
  auto u16 = [&zip](size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(zip[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  auto u32 = [&](size_t at) { return uint64_t{u16(at)} | uint64_t{u16(at + 2)} << 16; };
  CentralEntry entry;
  const size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos || end + 22 > zip.size()) return entry;
  size_t at = u32(end + 16);
  for (int i = 0; i < index && at + 46 <= zip.size(); ++i) {
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  if (at + 46 > zip.size()) return entry;
  entry.flags = static_cast<int>(u16(at + 8));
  entry.method = static_cast<int>(u16(at + 10));
  entry.packed = u32(at + 20);
  entry.unpacked = u32(at + 24);
  return entry;
}

TEST_F(XlsxDeflateTest, DefaultLevelMembersComeBackAsWrittenAndSmaller) {
  const std::string xml = SheetLikeXml(60000);  // several MB: many output buffers
  ASSERT_GT(xml.size(), 4u << 20);
  const std::string zip = WriteZip({{"xl/worksheets/sheet1.xml", xml}});
  EXPECT_EQ(ReadBack(zip, "xl/worksheets/sheet1.xml"), xml);
  const CentralEntry entry = Central(zip, 0);
  EXPECT_EQ(entry.method, Z_DEFLATED);
  EXPECT_EQ(entry.flags & 6, 6);  // marked as the fastest level
  EXPECT_EQ(entry.unpacked, xml.size());
  EXPECT_LT(entry.packed, xml.size() / 4);
}

TEST_F(XlsxDeflateTest, PiecesOfAnySizeAndIncompressibleBytesComeBack) {
  const std::string random = RandomBytes(300000);  // bigger when deflated than not
  const std::string xml = SheetLikeXml(3000);
  const std::string zip = WriteZip({{"random.bin", random, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1},
                                    {"one-write.xml", xml, Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                                     xml.size()},
                                    {"odd-pieces.xml", xml, Z_DEFLATED, Z_DEFAULT_COMPRESSION,
                                     777},
                                    {"empty.xml", ""}});
  EXPECT_EQ(ReadBack(zip, "random.bin"), random);
  EXPECT_EQ(ReadBack(zip, "one-write.xml"), xml);
  EXPECT_EQ(ReadBack(zip, "odd-pieces.xml"), xml);
  EXPECT_EQ(ReadBack(zip, "empty.xml"), "");
}

TEST_F(XlsxDeflateTest, OtherMembersPassThroughUntouched) {
  const std::string xml = SheetLikeXml(2000);
  const std::string zip = WriteZip({{"stored.xml", xml, 0, 0},
                                    {"level9.xml", xml, Z_DEFLATED, 9},
                                    {"default.xml", xml}});
  EXPECT_EQ(ReadBack(zip, "stored.xml"), xml);
  EXPECT_EQ(ReadBack(zip, "level9.xml"), xml);
  EXPECT_EQ(ReadBack(zip, "default.xml"), xml);
  EXPECT_EQ(Central(zip, 0).method, 0);
  EXPECT_EQ(Central(zip, 0).packed, xml.size());
  EXPECT_EQ(Central(zip, 1).flags & 6, 2);  // minizip's mark for levels 8 and 9
  EXPECT_EQ(Central(zip, 2).flags & 6, 6);
}

TEST_F(XlsxDeflateTest, AMemberLeftOpenIsEndedByTheNextOpenOrByClosingTheFile) {
  const std::string first = SheetLikeXml(500), second = SheetLikeXml(800);
  zipFile zip = zipOpen(path_.c_str(), APPEND_STATUS_CREATE);
  ASSERT_NE(zip, nullptr);
  WriteMember(zip, {"first.xml", first});
  WriteMember(zip, {"second.xml", second});  // no zipCloseFileInZip for either
  ASSERT_EQ(zipClose(zip, nullptr), ZIP_OK);
  const std::string bytes = ReadAll();
  EXPECT_EQ(ReadBack(bytes, "first.xml"), first);
  EXPECT_EQ(ReadBack(bytes, "second.xml"), second);
}

}  // namespace
}  // namespace heard
