// Security, end to end: the real binary on consultation folders the tests
// write, where respondents, officers and codebook keepers are hostile.
//
// - Script injection: every field that reaches a page (answers, ids,
//   attributes and their names, channel, column names, file names, the
//   consultation's title and question wording, codebook name, labels,
//   descriptions and terms, override notes, the overrides and quotes files'
//   names) carries <script>, an attribute-breaking quote, an onerror image, a
//   javascript: link, </style>, <!-- and U+202E. Every page is read as a
//   browser would tokenize it and compared with the report of the same
//   consultation in plain words: no element, script, style or comment that
//   the plain report lacks, no on* attribute, no javascript: URL, no raw
//   bidi override. (tests/browser checks the fixed hostile fixture in
//   Chromium; this covers the fields it does not.)
// - Formula injection: cells starting = + - @ tab or CR come out of the CSV
//   files inert (prefixed with ') and out of responses.xlsx as text cells,
//   never formulas, and unchanged.
// - Path traversal: a manifest cannot read outside its folder ('..',
//   absolute paths, links); archive entry names in XLSX and DOCX files are
//   never written or followed on disk; --out never replaces a folder heard
//   did not write.
// - A codebook regex that backtracking engines take exponential time over.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "e2e/heard_process.h"
#include "e2e/hostile_fixture.h"
#include "e2e/html_tokens.h"
#include "ingest/xlsx_sheet_reader.h"
#include "ingest/zip_file.h"

namespace {

class SecurityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("heard-security-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
};

// Every .html file under `report`, by its path inside it.
std::map<std::string, std::string> HtmlPages(const fs::path& report) {
  std::map<std::string, std::string> pages;
  for (const auto& entry : fs::recursive_directory_iterator(report)) {
    if (entry.path().extension() == ".html") {
      pages[entry.path().lexically_relative(report).string()] = Slurp(entry.path());
    }
  }
  return pages;
}

// What heard's own markup is made of, from a report of plain words.
struct Yardstick {
  std::set<std::string> elements;
  std::set<std::string> scripts;  // bodies of <script> elements
  std::set<std::string> comments;
  std::map<std::string, int> styles;  // <style> elements per page
};

Yardstick Measure(const std::map<std::string, std::string>& pages) {
  Yardstick y;
  for (const auto& [name, page] : pages) {
    const HtmlTokens tokens = Tokenize(page);
    for (const HtmlElement& e : tokens.elements) {
      y.elements.insert(e.name);
      if (e.name == "script") y.scripts.insert(e.body);
      if (e.name == "style") ++y.styles[name];
    }
    y.comments.insert(tokens.comments.begin(), tokens.comments.end());
  }
  return y;
}

bool IsScriptUrl(const std::string& value) {
  const std::string url = UrlAsBrowserReadsIt(value);
  for (const char* scheme : {"javascript:", "vbscript:", "data:text/html"}) {
    if (url.rfind(scheme, 0) == 0) return true;
  }
  return false;
}

// Everything in `page` that the yardstick says heard did not write itself.
std::vector<std::string> Injections(const std::string& name, const std::string& page,
                                    const Yardstick& plain) {
  std::vector<std::string> found;
  const HtmlTokens tokens = Tokenize(page);
  int styles = 0;
  for (const HtmlElement& e : tokens.elements) {
    if (!plain.elements.count(e.name)) found.push_back(name + ": element <" + e.name + ">");
    if (e.name == "script" && !plain.scripts.count(e.body)) {
      found.push_back(name + ": a script heard did not write: " + e.body.substr(0, 80));
    }
    if (e.name == "style") ++styles;
    for (const auto& [attribute, value] : e.attributes) {
      if (attribute.rfind("on", 0) == 0) {
        found.push_back(name + ": <" + e.name + " " + attribute + "=" + value + ">");
      }
      if (IsScriptUrl(value)) found.push_back(name + ": " + attribute + "=\"" + value + "\"");
    }
  }
  for (const std::string& comment : tokens.comments) {
    if (!plain.comments.count(comment)) found.push_back(name + ": comment <!--" + comment);
  }
  const auto expected = plain.styles.find(name);
  if (styles != (expected == plain.styles.end() ? 1 : expected->second)) {
    found.push_back(name + ": " + std::to_string(styles) + " <style> elements");
  }
  if (page.find(kBidiOverride) != std::string::npos) found.push_back(name + ": raw U+202E");
  return found;
}

// Runs the fixture (hostile or plain) into `out`.
Result RunFixture(const fs::path& root, bool hostile, const fs::path& out) {
  const HostileFiles files = WriteHostileConsultation(root, hostile);
  return Heard("run " + Quote(files.folder.string()) + " --codebook " +
               Quote(files.codebook.string()) + " --overrides " + Quote(files.overrides.string()) +
               " --quotes " + Quote(files.quotes.string()) + " --out " + Quote(out.string()));
}

// The same table run without a manifest, naming its text column.
Result RunTable(const fs::path& root, bool hostile, const fs::path& out) {
  const fs::path table = WriteHostileTable(root, hostile);
  return Heard("run " + Quote(table.string()) + " --text-column " +
               Quote(Payload(52, hostile)) + " --codebook " +
               Quote((root / "codebook.yaml").string()) + " --out " + Quote(out.string()));
}

TEST_F(SecurityTest, NoFieldBecomesMarkupOnAnyPage) {
  std::map<std::string, std::string> plain_pages, pages;
  for (bool hostile : {false, true}) {
    const fs::path root = root_ / (hostile ? "hostile" : "plain");
    const Result manifest = RunFixture(root, hostile, root / "report");
    ASSERT_EQ(manifest.exit_code, 0) << manifest.output;
    const Result table = RunTable(root, hostile, root / "table-report");
    ASSERT_EQ(table.exit_code, 0) << table.output;
    for (const char* report : {"report", "table-report"}) {
      for (auto& [name, page] : HtmlPages(root / report)) {
        (hostile ? pages : plain_pages)[std::string(report) + "/" + name] = page;
      }
    }
  }
  ASSERT_GE(pages.size(), 12u);
  const Yardstick yardstick = Measure(plain_pages);
  std::vector<std::string> found;
  std::string all;
  for (const auto& [name, page] : pages) {
    for (std::string& problem : Injections(name, page, yardstick)) found.push_back(problem);
    all += page;
  }
  EXPECT_TRUE(found.empty()) << found.size() << " injections, the first: " << found.front();
  // Each field did reach a page (as text), or the check above proves nothing.
  for (int marker : MarkersShownInHtml()) {
    EXPECT_NE(all.find("alert(" + std::to_string(marker) + ")"), std::string::npos)
        << "field " << marker << " is on no page";
  }
}

// The check above can fail: one unescaped field in a page is caught.
TEST_F(SecurityTest, TheInjectionCheckCatchesAnUnescapedField) {
  const Result plain = RunFixture(root_ / "plain", false, root_ / "plain-report");
  ASSERT_EQ(plain.exit_code, 0) << plain.output;
  const std::map<std::string, std::string> pages = HtmlPages(root_ / "plain-report");
  const Yardstick yardstick = Measure(pages);
  std::string page = pages.at("index.html");
  EXPECT_TRUE(Injections("index.html", page, yardstick).empty());
  const std::vector<std::pair<std::string, std::string>> broken = {
      {"plain1", Payload(1, true)},
      {"plain1", "<script>alert(1)</script>"},
      {"<main", "<main onfocus=\"alert(1)\""},
      {"plain1", "<a href=\"&#106;avascript:alert(1)\">x</a>"},
      {"plain1", "</style><style>body{display:none}</style>"},
      {"plain1", "<!-- hidden -->"},
      {"plain1", kBidiOverride},
  };
  for (const auto& [from, to] : broken) {
    std::string changed = page;
    const size_t at = changed.find(from);
    ASSERT_NE(at, std::string::npos);
    changed.replace(at, from.size(), to);
    EXPECT_FALSE(Injections("index.html", changed, yardstick).empty()) << to;
  }
}

// The cells of an RFC 4180 file, row by row.
std::vector<std::vector<std::string>> CsvCells(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(cell));
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

const std::string kHyperlink = "=HYPERLINK(\"http://x\",\"click\")";
const std::string kCommand = "+cmd|' /C calc'!A0";
const std::string kSum = "@SUM(1)";
const std::string kMinus = "-2+3";

// A consultation whose ids, attributes, answers, an override note and a
// broken row start with what a spreadsheet would run.
fs::path WriteFormulaConsultation(const fs::path& root) {
  const fs::path folder = root / "formulas";
  fs::create_directories(folder);
  WriteText(folder / "consultation.yaml",
            "name: formulas\nsources:\n  - file: survey.csv\n    channel: survey\n"
            "    id_column: id\n    questions:\n      better: Better\n"
            "    attributes:\n      respondent_type: Type\n      area: Area\n");
  WriteText(folder / "survey.csv",
            CsvLine({"id", "Type", "Area", "Better"}) +
                CsvLine({kHyperlink, kCommand, kSum, kHyperlink + " I need respite"}) +
                CsvLine({kSum, kMinus, "\t=1+1", kCommand + " information please"}) +
                CsvLine({kMinus, "\r=2+2", "North", kMinus + " respite"}) +
                "=cmd|' /C calc'!A0,a,row,with,too many fields\n");
  WriteText(folder / "overrides.csv",
            CsvLine({"response_id", "question", "theme", "action", "note"}) +
                CsvLine({kMinus, "", "information", "add", kHyperlink}));
  WriteText(root / "codebook.yaml",
            "name: formulas\nversion: \"1\"\nthemes:\n"
            "  - id: breaks\n    terms: [respite]\n"
            "  - id: information\n    terms: [information]\n");
  return folder;
}

TEST_F(SecurityTest, CsvExportsHoldNoCellASpreadsheetWouldRun) {
  const fs::path folder = WriteFormulaConsultation(root_);
  const fs::path out = root_ / "report";
  const Result run = Heard("run " + Quote(folder.string()) + " --codebook " +
                           Quote((root_ / "codebook.yaml").string()) + " --out " +
                           Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::map<std::string, std::set<std::string>> cells;
  for (const char* file : {"codings.csv", "responses.csv", "rejects.csv"}) {
    const std::vector<std::vector<std::string>> rows = CsvCells(Slurp(out / file));
    ASSERT_GE(rows.size(), 2u) << file;
    for (const std::vector<std::string>& row : rows) {
      for (const std::string& cell : row) {
        cells[file].insert(cell);
        EXPECT_EQ(std::string("=+-@\t\r").find(cell.empty() ? 'x' : cell[0]), std::string::npos)
            << file << " has a live formula cell: " << cell;
      }
    }
  }
  for (const std::string& inert : {"'" + kHyperlink, "'" + kCommand, "'" + kSum, "'" + kMinus}) {
    EXPECT_TRUE(cells["responses.csv"].count(inert)) << inert;
  }
  EXPECT_TRUE(cells["responses.csv"].count("'" + kHyperlink + " I need respite"));
  EXPECT_TRUE(cells["codings.csv"].count("'" + kHyperlink));  // an id, and the note
  EXPECT_TRUE(cells["codings.csv"].count("'" + kMinus));
  bool raw_defused = false;
  for (const std::string& cell : cells["rejects.csv"]) {
    raw_defused = raw_defused || cell.rfind("'=cmd|", 0) == 0;
  }
  EXPECT_TRUE(raw_defused) << Slurp(out / "rejects.csv");
}

TEST_F(SecurityTest, TheWorkbookHoldsFormulaTextAsTextCells) {
  const fs::path folder = WriteFormulaConsultation(root_);
  const fs::path out = root_ / "report";
  const Result run = Heard("run " + Quote(folder.string()) + " --codebook " +
                           Quote((root_ / "codebook.yaml").string()) + " --out " +
                           Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string bytes = Slurp(out / "responses.xlsx");
  heard::StatusOr<std::unique_ptr<heard::ZipFile>> zip =
      heard::ZipFile::Open(bytes, "responses.xlsx", "an XLSX workbook");
  ASSERT_TRUE(zip.ok()) << zip.status().message();
  int sheets = 0;
  for (int i = 1; (*zip)->Has("xl/worksheets/sheet" + std::to_string(i) + ".xml"); ++i) {
    heard::StatusOr<std::string> xml = (*zip)->Read("xl/worksheets/sheet" + std::to_string(i) +
                                                    ".xml");
    ASSERT_TRUE(xml.ok());
    EXPECT_EQ(xml->find("<f>"), std::string::npos) << "sheet" << i;
    EXPECT_EQ(xml->find("<f "), std::string::npos) << "sheet" << i;
    ++sheets;
  }
  EXPECT_GE(sheets, 4);
  for (const char* sheet : {"Responses", "Codings", "Rejects"}) {
    heard::StatusOr<std::vector<heard::CsvRecord>> rows =
        heard::ReadXlsxRecords(bytes, sheet, "responses.xlsx");
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    std::set<std::string> values;
    for (const heard::CsvRecord& row : *rows) values.insert(row.fields.begin(), row.fields.end());
    // As written, without the CSV files' '.
    if (std::string(sheet) == "Rejects") {
      bool raw = false;
      for (const std::string& value : values) raw = raw || value.rfind("=cmd|", 0) == 0;
      EXPECT_TRUE(raw);
      continue;
    }
    EXPECT_TRUE(values.count(kHyperlink)) << sheet;
    if (std::string(sheet) == "Responses") {
      for (const std::string& text : {kCommand, kSum, kMinus}) {
        EXPECT_TRUE(values.count(text)) << text;
      }
    }
  }
}

// A manifest in `folder` with one survey source at `file`.
void WriteManifestReading(const fs::path& folder, const std::string& file) {
  fs::create_directories(folder);
  WriteText(folder / "consultation.yaml",
            "name: traversal\nsources:\n  - file: " + YamlQuoted(file) +
                "\n    channel: survey\n    format: csv\n    questions:\n      better: Better\n");
}

const char kSecret[] = "SECRET-7f3a: not for any report";

TEST_F(SecurityTest, AManifestCannotReadOutsideItsFolder) {
  WriteText(root_ / "secret.csv", std::string("Better\n") + kSecret + "\n");
  const fs::path folder = root_ / "consultation";
  fs::create_directories(folder);
  fs::create_symlink(root_ / "secret.csv", folder / "link.csv");
  fs::create_symlink("/etc/passwd", folder / "passwd.csv");
  fs::create_directory_symlink(root_, folder / "up");
  const std::string why =
      "; a manifest may only read files in its own folder and below, so that a consultation "
      "folder passed on to you cannot copy your other files into a published report; copy the "
      "file into the folder";
  const std::string secret = fs::canonical(root_ / "secret.csv").string();
  const struct {
    std::string file;
    std::string what;
  } cases[] = {
      {"../secret.csv", "climbs out of the consultation folder with '..'"},
      {"../../../../../../../../etc/passwd", "climbs out of the consultation folder with '..'"},
      {"/etc/passwd", "is an absolute path"},
      {(root_ / "secret.csv").string(), "is an absolute path"},
      {"link.csv", "leads through a link to " + secret + ", outside the consultation folder"},
      {"passwd.csv", "leads through a link to /etc/passwd, outside the consultation folder"},
      {"up/secret.csv", "leads through a link to " + secret + ", outside the consultation folder"},
  };
  for (const auto& c : cases) {
    WriteManifestReading(folder, c.file);
    const fs::path out = root_ / "report";
    const Result run = Heard("run " + Quote(folder.string()) + " --out " + Quote(out.string()));
    EXPECT_EQ(run.exit_code, 3) << c.file << "\n" << run.output;
    EXPECT_EQ(run.output, "heard: " + (folder / "consultation.yaml").string() +
                              ":3:5: error: source file '" + c.file + "' " + c.what + why + "\n")
        << c.file;
    EXPECT_FALSE(fs::exists(out)) << c.file;
  }
}

TEST_F(SecurityTest, FilesAndLinksInsideTheFolderAreRead) {
  const fs::path folder = root_ / "consultation";
  fs::create_directories(folder / "data");
  WriteText(folder / "data" / "survey.csv", "Better\nI need respite\n");
  fs::create_symlink("data/survey.csv", folder / "link.csv");
  for (const std::string file : {"data/survey.csv", "./data/../data/survey.csv", "link.csv"}) {
    WriteManifestReading(folder, file);
    const Result run = Heard("run " + Quote(folder.string()) + " --out " +
                             Quote((root_ / "report").string()));
    EXPECT_EQ(run.exit_code, 0) << file << "\n" << run.output;
    EXPECT_NE(Slurp(root_ / "report" / "responses.csv").find("I need respite"), std::string::npos);
  }
}

// A ZIP archive at `path` with these entries, written as they are named.
void WriteZip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    ASSERT_NE(source, nullptr);
    ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << name;
  }
  ASSERT_EQ(zip_close(archive), 0);
}

std::string SheetXml(const std::vector<std::string>& rows) {
  std::string xml =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<sheetData>";
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string r = std::to_string(i + 1);
    xml += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + rows[i] +
           "</t></is></c></row>";
  }
  return xml + "</sheetData></worksheet>";
}

// A workbook whose one sheet is found through the relationship `target`.
std::vector<std::pair<std::string, std::string>> WorkbookParts(const std::string& target) {
  return {
      {"[Content_Types].xml",
       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"xl/workbook.xml",
       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
       "<sheets><sheet name=\"Returns\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
       "relationships/worksheet\" Target=\"" + target + "\"/></Relationships>"},
  };
}

// Entry names that would land outside the folder if anything unpacked them.
std::vector<std::pair<std::string, std::string>> EvilEntries(const fs::path& root) {
  return {{"../evil-relative.txt", "evil"},
          {"../../../../../../tmp/heard-evil-" + std::to_string(::getpid()) + ".txt", "evil"},
          {(root / "evil-absolute.txt").string(), "evil"},
          {"xl/../../evil-inner.txt", "evil"}};
}

std::vector<fs::path> EvilLandings(const fs::path& root, const fs::path& folder) {
  std::vector<fs::path> places;
  for (const fs::path& base : {root, folder, folder.parent_path(), fs::path(kSource),
                               fs::path(kSource).parent_path(), fs::temp_directory_path()}) {
    for (const char* name : {"evil-relative.txt", "evil-absolute.txt", "evil-inner.txt"}) {
      places.push_back(base / name);
    }
  }
  places.push_back("/tmp/heard-evil-" + std::to_string(::getpid()) + ".txt");
  return places;
}

TEST_F(SecurityTest, ArchiveEntryNamesAreNeverWrittenOrFollowed) {
  const fs::path folder = root_ / "consultation";
  fs::create_directories(folder);
  // On disk where "../../outside/sheet.xml" would point if it were followed.
  fs::create_directories(root_ / "outside");
  WriteText(root_ / "outside" / "sheet.xml", SheetXml({"Better", kSecret}));
  std::vector<std::pair<std::string, std::string>> good = WorkbookParts("worksheets/sheet1.xml");
  good.emplace_back("xl/worksheets/sheet1.xml", SheetXml({"Better", "I need respite"}));
  for (auto& part : EvilEntries(root_)) good.push_back(part);
  WriteZip(folder / "good.xlsx", good);
  WriteZip(folder / "climbing.xlsx", WorkbookParts("../../outside/sheet.xml"));
  WriteZip(folder / "absolute.xlsx", WorkbookParts((root_ / "outside" / "sheet.xml").string()));
  std::vector<std::pair<std::string, std::string>> docx = {
      {"word/document.xml",
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
       "<w:body><w:p><w:r><w:t>Nobody offered me respite.</w:t></w:r></w:p></w:body>"
       "</w:document>"}};
  for (auto& part : EvilEntries(root_)) docx.push_back(part);
  WriteZip(folder / "notes.docx", docx);
  WriteText(folder / "consultation.yaml",
            "name: archives\nsources:\n"
            "  - file: good.xlsx\n    channel: survey\n    questions: {better: Better}\n"
            "  - file: climbing.xlsx\n    channel: survey\n    questions: {better: Better}\n"
            "  - file: absolute.xlsx\n    channel: survey\n    questions: {better: Better}\n"
            "  - file: notes.docx\n    channel: workshop\n");
  const fs::path out = root_ / "report";
  const Result run = Heard("run " + Quote(folder.string()) + " --out " + Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string responses = Slurp(out / "responses.csv");
  EXPECT_NE(responses.find("I need respite"), std::string::npos) << responses;
  EXPECT_NE(responses.find("Nobody offered me respite."), std::string::npos) << responses;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (entry.is_regular_file()) {
      EXPECT_EQ(Slurp(entry.path()).find("SECRET-7f3a"), std::string::npos) << entry.path();
      EXPECT_EQ(entry.path().filename().string().find("evil"), std::string::npos);
    }
  }
  // The two workbooks whose sheet is not in the archive are rejected, each
  // with its name.
  const std::string rejects = Slurp(out / "rejects.csv");
  EXPECT_NE(rejects.find("climbing.xlsx"), std::string::npos) << rejects;
  EXPECT_NE(rejects.find("absolute.xlsx"), std::string::npos) << rejects;
  for (const fs::path& place : EvilLandings(root_, folder)) {
    EXPECT_FALSE(fs::exists(place)) << place;
  }
}

TEST_F(SecurityTest, OutNeverReplacesAFolderHeardDidNotWrite) {
  const fs::path folder = root_ / "consultation";
  fs::create_directories(folder);
  WriteText(folder / "survey.csv", "Better\nI need respite\n");
  WriteManifestReading(folder, "survey.csv");
  const fs::path mine = root_ / "mine";
  fs::create_directories(mine);
  WriteText(mine / "thesis.docx", "years of work");
  const Result run = Heard("run " + Quote(folder.string()) + " --out " + Quote(mine.string()));
  EXPECT_EQ(run.exit_code, 4) << run.output;
  EXPECT_NE(run.output.find("\nheard: " + mine.string() + ": error: exists and is not a heard "
                            "report; choose another --out (heard only replaces folders it "
                            "wrote)\n"),
            std::string::npos)
      << run.output;
  EXPECT_EQ(Slurp(mine / "thesis.docx"), "years of work");
  EXPECT_EQ(std::distance(fs::directory_iterator(mine), fs::directory_iterator()), 1);
  // Nor the folder the report would go in, nor the consultation itself.
  for (const fs::path& out : {root_, folder}) {
    EXPECT_EQ(Heard("run " + Quote(folder.string()) + " --out " + Quote(out.string())).exit_code,
              4)
        << out;
  }
  EXPECT_EQ(Slurp(folder / "survey.csv"), "Better\nI need respite\n");
}

// RE2 matches in linear time, so patterns that send a backtracking engine
// into exponential time finish like any other; the assertion is that the run
// completes and codes correctly, not how long it took.
TEST_F(SecurityTest, ACatastrophicBacktrackingRegexFinishes) {
  const fs::path folder = root_ / "consultation";
  fs::create_directories(folder);
  WriteText(folder / "survey.csv", CsvLine({"id", "Better"}) +
                                       CsvLine({"A", std::string(100 * 1024, 'a')}) +
                                       CsvLine({"X", std::string(100 * 1024, 'x') + "!"}) +
                                       CsvLine({"B", std::string(1000, 'a') + "b"}));
  WriteText(folder / "consultation.yaml",
            "name: regex\nsources:\n  - file: survey.csv\n    channel: survey\n"
            "    id_column: id\n    questions:\n      better: Better\n");
  WriteText(root_ / "codebook.yaml",
            "name: regex\nversion: \"1\"\nthemes:\n"
            "  - id: nested\n    terms: [{re: \"(a+)+b\"}]\n"
            "  - id: overlapping\n    terms: [{re: \"(x+x+)+y\"}]\n"
            "  - id: alternation\n    terms: [{re: \"(a|aa)+c\"}]\n");
  const fs::path out = root_ / "report";
  const Result run = Heard("run " + Quote(folder.string()) + " --codebook " +
                           Quote((root_ / "codebook.yaml").string()) + " --out " +
                           Quote(out.string()));
  ASSERT_EQ(run.exit_code, 0) << run.output.substr(0, 2000);
  EXPECT_EQ(nlohmann::json::parse(Slurp(out / "summary.json"))["responses"], 3);
  const std::string codings = Slurp(out / "codings.csv");
  EXPECT_NE(codings.find("B,better,nested,1,"), std::string::npos) << codings;
  EXPECT_EQ(codings.find("A,better"), std::string::npos) << codings;
  EXPECT_EQ(codings.find("X,better"), std::string::npos) << codings;
}

}  // namespace
