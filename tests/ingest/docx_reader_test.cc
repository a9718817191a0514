#include "ingest/docx_reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "core/file_io.h"
#include "ingest/fake_sink.h"
#include "ingest/notes_reader.h"

namespace heard {
namespace {

const std::string kDir = std::string(HEARD_TESTDATA) + "/ingest/docx/";

using Parts = std::vector<std::pair<std::string, std::string>>;

// The bytes of a ZIP archive holding `parts`, written by libzip in memory.
std::string Zip(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);  // read it back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string bytes;
  zip_source_open(buffer);
  char chunk[4096];
  zip_int64_t n;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, n);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

std::string Document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
         "<w:body>" +
         body + "</w:body></w:document>";
}

// A one-run paragraph of `text`, with `properties` inside its w:pPr.
std::string P(const std::string& text, const std::string& properties = "") {
  return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

std::string Style(const std::string& id) { return "<w:pStyle w:val=\"" + id + "\"/>"; }

std::string Cell(const std::string& content) { return "<w:tc>" + content + "</w:tc>"; }

const char kNumbered[] = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>";
const char kNumberingOff[] = "<w:numPr><w:numId w:val=\"0\"/></w:numPr>";

TEST(DocxReaderTest, ParagraphsBecomeNotesLines) {
  struct Case {
    const char* what;
    std::string body;
    std::string notes;
  };
  const Case cases[] = {
      {"nothing", "", ""},
      {"plain paragraphs end at a blank line",
       P("Respite is booked months ahead") + P("Then it falls through"),
       "Respite is booked months ahead\n\nThen it falls through\n\n"},
      {"heading levels",
       P("Title", Style("Title")) + P("One", Style("Heading1")) + P("Two", Style("Heading2")) +
           P("Three", Style("Heading3")) + P("Six", Style("Heading6")),
       "# Title\n# One\n## Two\n### Three\n###### Six\n"},
      {"no seventh level", P("Seven", Style("Heading7")), "Seven\n\n"},
      {"a heading with numbering is still a heading", P("1. Breaks", Style("Heading2") + kNumbered),
       "## 1. Breaks\n"},
      {"list paragraphs",
       P("numbered", kNumbered) + P("styled", Style("ListParagraph")) +
           P("bullet style", Style("ListBullet")) + P("second level", Style("ListNumber2")),
       "- numbered\n- styled\n- bullet style\n- second level\n"},
      {"numId 0 switches numbering off", P("not a bullet", Style("ListBullet") + kNumberingOff),
       "not a bullet\n\n"},
      {"empty paragraphs are not lines",
       "<w:p/>" + P("   ") + P("", Style("Heading1")) + P("", kNumbered), ""},
      {"runs are joined; tab, br and cr are spaces",
       "<w:p><w:r><w:t>I do the </w:t></w:r><w:r><w:t>meds</w:t><w:tab/><w:t>and</w:t><w:br/>"
       "<w:t>the nights</w:t><w:cr/><w:t>too</w:t></w:r></w:p>",
       "I do the meds and the nights too\n\n"},
      {"a tab stop is not text",
       P("No leading space", "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"),
       "No leading space\n\n"},
      {"leading spaces and line breaks in the text go",
       "<w:p><w:r><w:t xml:space=\"preserve\">   nobody\nasked me  </w:t></w:r></w:p>",
       "nobody asked me\n\n"},
      {"hyperlinks and fields keep their shown text, not their codes",
       "<w:p><w:hyperlink r:id=\"rId9\" xmlns:r=\"urn:r\"><w:r><w:t>carers centre</w:t></w:r>"
       "</w:hyperlink><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
       "</w:instrText></w:r><w:r><w:t> page 2</w:t></w:r></w:p>",
       "carers centre page 2\n\n"},
      {"tracked changes: deletions and moves away go, insertions stay",
       "<w:p><w:r><w:t>We </w:t></w:r><w:del><w:r><w:t>never</w:t><w:delText>never</w:delText>"
       "</w:r></w:del><w:ins><w:r><w:t>rarely</w:t></w:r></w:ins><w:moveFrom><w:r><w:t> x</w:t>"
       "</w:r></w:moveFrom></w:p>",
       "We rarely\n\n"},
      {"the old style of a tracked formatting change is ignored",
       P("Just a paragraph", "<w:pPrChange><w:pPr>" + Style("Heading1") + "</w:pPr></w:pPrChange>"),
       "Just a paragraph\n\n"},
      {"a text box is read once, before its paragraph",
       "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>" + P("Boxed", kNumbered) +
           "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>" + P("Boxed") +
           "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Outside</w:t>"
           "</w:r></w:p>",
       "- Boxed\nOutside\n\n"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> notes =
        DocxToNotes(Zip({{"word/document.xml", Document(c.body)}}), "notes.docx");
    ASSERT_TRUE(notes.ok()) << c.what << ": " << notes.status().message();
    EXPECT_EQ(*notes, c.notes) << c.what;
  }
}

TEST(DocxReaderTest, TableRowsBecomeBullets) {
  struct Case {
    const char* what;
    std::string rows;
    std::string notes;
  };
  const Case cases[] = {
      {"cells joined, the header row too",
       "<w:tr>" + Cell(P("Who")) + Cell(P("Said")) + "</w:tr><w:tr>" + Cell(P("Sister")) +
           Cell(P("No breaks")) + "</w:tr>",
       "- Who | Said\n- Sister | No breaks\n"},
      {"empty cells left out, empty rows skipped",
       "<w:tr>" + Cell("<w:p/>") + Cell(P("only this")) + Cell("") + "</w:tr><w:tr>" +
           Cell("<w:p/>") + "</w:tr>",
       "- only this\n"},
      {"paragraphs in a cell joined by a space, headings and bullets as text",
       "<w:tr>" + Cell(P("Respite", Style("Heading1")) + P("is rare", kNumbered)) + "</w:tr>",
       "- Respite is rare\n"},
      {"a nested table stays in its cell",
       "<w:tr>" + Cell(P("Husband")) +
           Cell("<w:tbl><w:tr>" + Cell(P("forms")) + Cell(P("online only")) + "</w:tr></w:tbl>") +
           "</w:tr>",
       "- Husband | forms online only\n"},
  };
  for (const Case& c : cases) {
    const std::string body = P("Before") + "<w:tbl>" + c.rows + "</w:tbl>" + P("After");
    StatusOr<std::string> notes =
        DocxToNotes(Zip({{"word/document.xml", Document(body)}}), "notes.docx");
    ASSERT_TRUE(notes.ok()) << c.what << ": " << notes.status().message();
    EXPECT_EQ(*notes, "Before\n\n" + c.notes + "After\n\n") << c.what;
  }
}

TEST(DocxReaderTest, StylesAreKnownByNameAndNumbering) {
  const std::string styles =
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Pennawd3\"><w:name w:val=\"heading 3\"/>"
      "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Pwyntiau\"><w:name w:val=\"Pwyntiau\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Nodyn\"><w:name w:val=\"heading 1\"/></w:style>"
      "</w:styles>";
  const std::string body =
      P("Gofalwyr ifanc", Style("Pennawd3")) + P("more help", Style("Pwyntiau")) +
      P("a character style", Style("Nodyn")) + P("built in", Style("Heading2"));
  StatusOr<std::string> notes = DocxToNotes(
      Zip({{"word/document.xml", Document(body)}, {"word/styles.xml", styles}}), "notes.docx");
  ASSERT_TRUE(notes.ok()) << notes.status().message();
  EXPECT_EQ(*notes, "### Gofalwyr ifanc\n- more help\na character style\n\n## built in\n");
}

TEST(DocxReaderTest, WorkshopDocument) {
  StatusOr<std::string> bytes = ReadFile(kDir + "carers-workshop.docx");
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  StatusOr<std::string> notes = DocxToNotes(*bytes, "carers-workshop.docx");
  ASSERT_TRUE(notes.ok()) << notes.status().message();
  EXPECT_EQ(*notes,
            "# Carers strategy workshop, Leeds, 14 October\n"
            "# Table 1: breaks and respite\n"
            "We talked about what a proper break would look like.\n\n"
            "- I haven\u2019t had a full night\u2019s sleep in three years\n"
            "- Respite gets cancelled at the last minute every time\n"
            "Facilitator: most of the table nodded\n\n"
            "## Young carers\n"
            "My son does the shopping and he is only twelve\n\n"
            "The school only found out in Year 9\n\n"
            "Transport to the carers centre is a nightmare\n\n"
            "Sticky note: ask about the carers card\n\n"
            "Flip chart notes\n\n"
            "# Table 2: information and advice\n"
            "- Who | What they said\n"
            "- Mum of a disabled adult | The GP never asks how I am coping\n"
            "- Carers assessment took eight months\n"
            "- Husband, 70s | Leaflets all online\n"
            "Everyone wanted one phone number that actually gets answered.\n\n");
}

// The notes reader makes one point per paragraph, bullet and table row,
// grouped by the heading above it.
TEST(DocxReaderTest, NotesReaderReadsTheConvertedDocument) {
  StatusOr<std::string> bytes = ReadFile(kDir + "carers-workshop.docx");
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  StatusOr<std::string> notes = DocxToNotes(*bytes, "carers-workshop.docx");
  ASSERT_TRUE(notes.ok()) << notes.status().message();
  SourceSpec spec;
  spec.file = spec.path = "carers-workshop.docx";
  spec.format = "docx";
  spec.channel = "workshop";
  FakeSink sink;
  ReadNotes(*notes, spec, &sink);
  sink.ExpectBalanced();
  EXPECT_TRUE(sink.rejected.empty());
  std::vector<std::pair<std::string, std::string>> points;  // group, text
  for (const Response& r : sink.rows) {
    points.emplace_back(r.Attribute(kGroupAttribute), r.answers.at(0).text);
  }
  const std::string t1 = "Table 1: breaks and respite", young = "Young carers",
                    t2 = "Table 2: information and advice";
  EXPECT_EQ(points, (std::vector<std::pair<std::string, std::string>>{
                        {t1, "We talked about what a proper break would look like."},
                        {t1, "I haven\u2019t had a full night\u2019s sleep in three years"},
                        {t1, "Respite gets cancelled at the last minute every time"},
                        {t1, "Facilitator: most of the table nodded"},
                        {young, "My son does the shopping and he is only twelve"},
                        {young, "The school only found out in Year 9"},
                        {young, "Transport to the carers centre is a nightmare"},
                        {young, "Sticky note: ask about the carers card"},
                        {young, "Flip chart notes"},
                        {t2, "Who | What they said"},
                        {t2, "Mum of a disabled adult | The GP never asks how I am coping"},
                        {t2, "Carers assessment took eight months"},
                        {t2, "Husband, 70s | Leaflets all online"},
                        {t2, "Everyone wanted one phone number that actually gets answered."},
                    }));
}

TEST(DocxReaderTest, BrokenDocumentFilesGetClearMessages) {
  struct Case {
    const char* file;
    const char* message;
  };
  const Case cases[] = {
      {"truncated.docx", "truncated.docx: error: not a DOCX document: Not a zip archive"},
      {"not-a-docx.docx", "not-a-docx.docx: error: not a DOCX document: Not a zip archive"},
      {"no-document.docx",
       "no-document.docx: error: not a DOCX document: it has no word/document.xml"},
      {"bad-xml.docx", "bad-xml.docx: error: word/document.xml:6:119: mismatched tag"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> bytes = ReadFile(kDir + c.file);
    ASSERT_TRUE(bytes.ok()) << bytes.status().message();
    StatusOr<std::string> notes = DocxToNotes(*bytes, c.file);
    ASSERT_FALSE(notes.ok()) << c.file;
    EXPECT_EQ(notes.status().code(), Status::Code::kInputError) << c.file;
    EXPECT_EQ(notes.status().message(), c.message);
  }
}

TEST(DocxReaderTest, BrokenPartsGetClearMessages) {
  struct Case {
    const char* what;
    std::string bytes;
    const char* message;
  };
  const std::string ok_document = Document(P("fine"));
  const Case cases[] = {
      // libzip opens zero bytes as an archive with nothing in it.
      {"no bytes at all", "",
       "notes.docx: error: not a DOCX document: it has no word/document.xml"},
      {"malformed styles",
       Zip({{"word/document.xml", ok_document}, {"word/styles.xml", "<w:styles>\n<w:style>"}}),
       "notes.docx: error: word/styles.xml:2:10: no element found"},
      {"an entity declaration cannot expand",
       Zip({{"word/document.xml",
             "<!DOCTYPE d [<!ENTITY a \"aaaaaaaa\">]><w:document>&a;</w:document>"}}),
       "notes.docx: error: word/document.xml:1:25: entity declarations are not allowed"},
      {"document truncated inside the archive",
       Zip({{"word/document.xml", ok_document.substr(0, ok_document.size() / 2)}}),
       "notes.docx: error: word/document.xml:2:1: unclosed token"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> notes = DocxToNotes(c.bytes, "notes.docx");
    ASSERT_FALSE(notes.ok()) << c.what;
    EXPECT_EQ(notes.status().message(), c.message) << c.what;
  }
}

}  // namespace
}  // namespace heard
