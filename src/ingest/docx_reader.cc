// DocxToNotes: a .docx is a ZIP of XML parts (opened with ZipFile, libzip);
// the text is in word/document.xml, walked once with XmlWalker (expat).
//
// NotesWriter follows the elements as they open and close. A paragraph
// (w:p) collects the text of its runs: w:t as written, and w:tab, w:br and
// w:cr inside a run as one space (a w:tab outside a run is a tab stop
// definition, not text). Its properties say what line it becomes: w:pStyle
// names its style and w:numPr makes it a list item, unless its w:numId is
// 0, which is Word's way of switching numbering off. Styles are looked up
// in word/styles.xml too, so a heading whose style id was localised
// ("Pennawd2") is still known by its name ("heading 2"), and a custom style
// that carries numbering is a list style.
//
// Paragraphs can nest: a text box inside a paragraph holds paragraphs of
// its own, so open paragraphs are a stack and the inner one is written
// first. Inside a table, paragraphs are not lines but text of the current
// cell of the outermost table; each row is written when it closes, and a
// nested table's text stays in the outer cell it sits in.
//
// Some content is there twice or not there at all, and is skipped with
// everything inside it: mc:Fallback (an older copy of what mc:Choice holds),
// deleted and moved-away tracked changes (w:del, w:moveFrom), and the old
// properties of tracked formatting changes (w:pPrChange, w:rPrChange).
// Tests: tests/ingest/docx_reader_test.cc.
#include "ingest/docx_reader.h"

#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "ingest/xml_walker.h"
#include "ingest/zip_file.h"

namespace heard {
namespace {

using Attributes = std::map<std::string, std::string>;

constexpr char kKind[] = "a DOCX document";
constexpr char kDocumentPart[] = "word/document.xml";
constexpr char kStylesPart[] = "word/styles.xml";

// What a paragraph style makes of its paragraphs.
struct StyleRole {
  int heading = 0;  // the heading level, 1-6; 0 when not a heading
  bool list = false;
};

using StyleRoles = std::map<std::string, StyleRole>;

std::string_view AttributeOr(const Attributes& attrs, const std::string& name) {
  auto it = attrs.find(name);
  return it == attrs.end() ? std::string_view() : std::string_view(it->second);
}

// The role Word's built-in styles have, from a style id ("Heading2",
// "ListBullet") or a style name ("heading 2", "List Bullet"): both are
// compared without case and spaces.
StyleRole BuiltInRole(std::string_view id_or_name) {
  std::string key;
  for (char c : id_or_name) {
    if (c != ' ') key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  StyleRole role;
  if (key == "title") role.heading = 1;
  if (key.size() == 8 && key.starts_with("heading") && key[7] >= '1' && key[7] <= '6') {
    role.heading = key[7] - '0';
  }
  role.list =
      key == "listparagraph" || key.starts_with("listbullet") || key.starts_with("listnumber");
  return role;
}

// The roles of the document's own paragraph styles, by style id. A
// document without word/styles.xml has only the built-in ids.
StatusOr<StyleRoles> ReadStyleRoles(const ZipFile& zip, const std::string& file) {
  StyleRoles roles;
  if (!zip.Has(kStylesPart)) return roles;
  StatusOr<std::string> xml = zip.Read(kStylesPart);
  if (!xml.ok()) return xml.status();
  std::string id;  // of the open paragraph style; "" outside one
  StyleRole role;
  XmlHandlers h;
  h.start = [&](std::string_view name, const Attributes& a) {
    if (name == "style" && AttributeOr(a, "type") == "paragraph") {
      id = AttributeOr(a, "styleId");
      role = BuiltInRole(id);
    } else if (name == "name" && !id.empty()) {
      const StyleRole named = BuiltInRole(AttributeOr(a, "val"));
      if (role.heading == 0) role.heading = named.heading;
      role.list = role.list || named.list;
    } else if (name == "numPr" && !id.empty()) {
      role.list = true;
    }
  };
  h.end = [&](std::string_view name) {
    if (name != "style" || id.empty()) return;
    roles[id] = role;
    id.clear();
  };
  Status status = WalkXml(*xml, kStylesPart, file, h, zip.limits());
  if (!status.ok()) return status;
  return roles;
}

// Elements whose content is skipped whole (see the comment at the top).
bool IsSkipped(std::string_view name) {
  return name == "Fallback" || name == "del" || name == "moveFrom" || name == "pPrChange" ||
         name == "rPrChange";
}

// A paragraph's text on one line: line breaks and other control characters
// become spaces, and leading and trailing spaces go, since the notes reader
// would take an indented line for the continuation of a bullet.
std::string OneLine(const std::string& text) {
  std::string line;
  for (char c : text) line += (c >= '\0' && c < ' ') ? ' ' : c;
  const size_t begin = line.find_first_not_of(' ');
  if (begin == std::string::npos) return "";
  return line.substr(begin, line.find_last_not_of(' ') - begin + 1);
}

class NotesWriter {
 public:
  explicit NotesWriter(const StyleRoles& roles) : roles_(roles) {}

  void Start(std::string_view name, const Attributes& attrs);
  void End(std::string_view name);
  void Text(std::string_view text) {
    if (skip_depth_ == 0 && in_text_ && !paragraphs_.empty()) paragraphs_.back().text += text;
  }
  std::string Take() { return std::move(out_); }

 private:
  struct Paragraph {
    std::string text;
    std::string style;
    bool numbered = false;       // has w:numPr
    bool numbering_off = false;  // has w:numId w:val="0"
  };

  void Property(std::string_view name, const Attributes& attrs);
  void EndParagraph();
  void EndRow();
  // "# ".."###### ", "- " or "" for `paragraph`.
  std::string Prefix(const Paragraph& paragraph) const;

  const StyleRoles& roles_;
  std::vector<Paragraph> paragraphs_;  // open paragraphs, innermost last
  std::vector<std::string> cells_;     // the open row of the outermost table
  int skip_depth_ = 0;                 // > 0 inside a skipped element
  int run_depth_ = 0;
  int table_depth_ = 0;
  bool in_text_ = false;
  std::string out_;
};

void NotesWriter::Start(std::string_view name, const Attributes& attrs) {
  if (skip_depth_ > 0 || IsSkipped(name)) {
    ++skip_depth_;
  } else if (name == "p") {
    paragraphs_.emplace_back();
  } else if (name == "r") {
    ++run_depth_;
  } else if (name == "t") {
    in_text_ = true;
  } else if ((name == "tab" || name == "br" || name == "cr") && run_depth_ > 0) {
    if (!paragraphs_.empty()) paragraphs_.back().text += ' ';
  } else if (name == "tbl") {
    ++table_depth_;
  } else if (name == "tr" && table_depth_ == 1) {
    cells_.clear();
  } else if (name == "tc" && table_depth_ == 1) {
    cells_.emplace_back();
  } else if (!paragraphs_.empty()) {
    Property(name, attrs);
  }
}

void NotesWriter::End(std::string_view name) {
  if (skip_depth_ > 0) {
    --skip_depth_;
  } else if (name == "t") {
    in_text_ = false;
  } else if (name == "r") {
    run_depth_ = run_depth_ > 0 ? run_depth_ - 1 : 0;
  } else if (name == "p") {
    EndParagraph();
  } else if (name == "tr" && table_depth_ == 1) {
    EndRow();
  } else if (name == "tbl") {
    --table_depth_;
  }
}

void NotesWriter::Property(std::string_view name, const Attributes& attrs) {
  Paragraph& paragraph = paragraphs_.back();
  if (name == "pStyle") paragraph.style = AttributeOr(attrs, "val");
  if (name == "numPr") paragraph.numbered = true;
  if (name == "numId" && AttributeOr(attrs, "val") == "0") paragraph.numbering_off = true;
}

std::string NotesWriter::Prefix(const Paragraph& paragraph) const {
  auto it = roles_.find(paragraph.style);
  const StyleRole role = it != roles_.end() ? it->second : BuiltInRole(paragraph.style);
  if (role.heading > 0) return std::string(role.heading, '#') + " ";
  if ((paragraph.numbered || role.list) && !paragraph.numbering_off) return "- ";
  return "";
}

void NotesWriter::EndParagraph() {
  if (paragraphs_.empty()) return;
  const Paragraph paragraph = std::move(paragraphs_.back());
  paragraphs_.pop_back();
  const std::string text = OneLine(paragraph.text);
  if (text.empty()) return;
  if (table_depth_ > 0) {
    if (cells_.empty()) cells_.emplace_back();  // a paragraph outside any cell
    cells_.back() += (cells_.back().empty() ? "" : " ") + text;
    return;
  }
  const std::string prefix = Prefix(paragraph);
  // A paragraph that is neither heading nor bullet ends at a blank line.
  out_ += prefix + text + (prefix.empty() ? "\n\n" : "\n");
}

void NotesWriter::EndRow() {
  std::string row;
  for (const std::string& cell : cells_) {
    if (!cell.empty()) row += (row.empty() ? "" : " | ") + cell;
  }
  if (!row.empty()) out_ += "- " + row + "\n";
  cells_.clear();
}

}  // namespace

StatusOr<std::string> DocxToNotes(const std::string& bytes, const std::string& file,
                                  const Limits& limits) {
  StatusOr<std::unique_ptr<ZipFile>> zip = ZipFile::Open(bytes, file, kKind, limits);
  if (!zip.ok()) return zip.status();
  if (!(*zip)->Has(kDocumentPart)) {
    return Status::InputError(
        FormatError(Location{file}, std::string("not ") + kKind + ": it has no " + kDocumentPart));
  }
  StatusOr<StyleRoles> roles = ReadStyleRoles(**zip, file);
  if (!roles.ok()) return roles.status();
  StatusOr<std::string> xml = (*zip)->Read(kDocumentPart);
  if (!xml.ok()) return xml.status();
  NotesWriter writer(*roles);
  XmlHandlers h;
  h.start = [&](std::string_view name, const Attributes& a) { writer.Start(name, a); };
  h.end = [&](std::string_view name) { writer.End(name); };
  h.text = [&](std::string_view text) { writer.Text(text); };
  Status status = WalkXml(*xml, kDocumentPart, file, h, limits);
  if (!status.ok()) return status;
  return writer.Take();
}

}  // namespace heard
