// Writing the security tests' consultation folders: the same consultation in
// two versions, one where every string a respondent, an officer or a codebook
// keeper controls carries script and markup, and one with plain words in the
// same places. The plain report is the yardstick: whatever elements, scripts
// and styles it has are heard's own, so the hostile report may have no others.
#ifndef HEARD_TESTS_E2E_HOSTILE_FIXTURE_H_
#define HEARD_TESTS_E2E_HOSTILE_FIXTURE_H_

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

// U+202E RIGHT-TO-LEFT OVERRIDE, which would reorder the text after it.
const std::string kBidiOverride = "\xE2\x80\xAE";

// Field `n`'s text: every kind of markup attack, each carrying alert(n) so a
// test can tell which field reached a page. Plain words when not `hostile`.
inline std::string Payload(int n, bool hostile) {
  const std::string alert = "alert(" + std::to_string(n) + ")";
  if (!hostile) return "plain" + std::to_string(n);
  return "<script>" + alert + "</script> \"><img src=x onerror=" + alert + "> ' onmouseover='" +
         alert + " <a href=\"javascript:" + alert + "\">x</a> [go](javascript:" + alert +
         ") </style></title></textarea><!-- " + kBidiOverride + "end";
}

// The same for a file name, which cannot hold '/'.
inline std::string FilePayload(int n, bool hostile) {
  const std::string alert = "alert(" + std::to_string(n) + ")";
  if (!hostile) return "file" + std::to_string(n);
  return "\"><img src=x onerror=" + alert + "> ' onmouseover='" + alert + " <script>" + alert +
         " <!-- " + kBidiOverride;
}

inline std::string CsvCell(const std::string& value) {
  std::string out = "\"";
  for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

inline std::string CsvLine(const std::vector<std::string>& cells) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + CsvCell(cells[i]);
  return line + "\n";
}

// A YAML double-quoted scalar.
inline std::string YamlQuoted(const std::string& value) {
  std::string out = "\"";
  for (size_t i = 0; i < value.size(); ++i) {
    if (value.compare(i, kBidiOverride.size(), kBidiOverride) == 0) {
      out += "\\u202E";
      i += kBidiOverride.size() - 1;
    } else if (value[i] == '"' || value[i] == '\\') {
      out += '\\';
      out += value[i];
    } else {
      out += value[i];
    }
  }
  return out + "\"";
}

inline void WriteText(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Paths of what WriteHostileConsultation wrote.
struct HostileFiles {
  std::filesystem::path folder;     // holds consultation.yaml
  std::filesystem::path codebook;   // codebook.yaml
  std::filesystem::path overrides;  // an overrides file with a hostile name
  std::filesystem::path quotes;     // a quotes file with a hostile name
};

// The markers (the n of alert(n)) of every field the fixture fills; each must
// reach at least one page of the hostile report.
inline std::vector<int> MarkersShownInHtml() {
  return {1,  2,  3,  4,  5,  6,  10, 11, 12, 13, 14, 20, 21, 22, 24, 25, 26, 27,
          28, 32, 33, 34, 36, 40, 43, 44, 50, 51, 52, 53, 54, 55};
}

// Without a manifest, column names become questions and attributes and the
// file's name the consultation's title: a table (its path returned) whose
// name, column names and cells are fields; its text column is the first.
inline std::filesystem::path WriteHostileTable(const std::filesystem::path& root, bool hostile) {
  auto p = [hostile](int n) { return Payload(n, hostile); };
  const std::filesystem::path folder = root / FilePayload(51, hostile);
  std::filesystem::create_directories(folder);
  const std::filesystem::path table = folder / (FilePayload(50, hostile) + ".csv");
  // Short attribute values, or heard would take the column for free text.
  const std::string value = hostile ? "<i>alert(55)\"'" : "plain55";
  WriteText(table, CsvLine({p(52), p(53)}) +
                       CsvLine({"I need respite and information " + p(54), value}) +
                       CsvLine({"More respite please", "North"}) +
                       CsvLine({"Information about respite would help", "North"}));
  return table;
}

// A consultation under `root`: a manifest, a survey whose file name, column
// names, ids, attributes and answers are fields, a notes file, a codebook, an
// overrides file and a quotes file.
inline HostileFiles WriteHostileConsultation(const std::filesystem::path& root, bool hostile) {
  namespace fs = std::filesystem;
  auto p = [hostile](int n) { return Payload(n, hostile); };
  HostileFiles files;
  files.folder = root / "consultation";
  fs::create_directories(files.folder);
  const std::string survey = FilePayload(5, hostile) + ".csv";
  const std::string notes = FilePayload(10, hostile) + ".md";
  WriteText(files.folder / "consultation.yaml",
            "name: hostile\n"
            "title: " + YamlQuoted(p(1)) + "\n"
            "organisation: " + YamlQuoted(p(2)) + "\n"
            "window:\n  opens: " + YamlQuoted(p(13)) + "\n  closes: " + YamlQuoted(p(14)) + "\n"
            "questions:\n"
            "  - id: better\n    text: " + YamlQuoted(p(3)) + "\n"
            "  - id: else\n    text: " + YamlQuoted(p(4)) + "\n"
            "sources:\n"
            "  - file: " + YamlQuoted(survey) + "\n"
            "    channel: " + YamlQuoted(p(6)) + "\n"
            "    id_column: " + YamlQuoted(p(7)) + "\n"
            "    questions:\n"
            "      better: " + YamlQuoted(p(8)) + "\n"
            "      else: Anything else?\n"
            "    attributes:\n"
            "      respondent_type: Type\n"
            "      " + YamlQuoted(p(12)) + ": " + YamlQuoted(p(9)) + "\n"
            "  - file: " + YamlQuoted(notes) + "\n"
            "    channel: workshop\n"
            "    question: else\n"
            "    fixed:\n"
            "      respondent_type: " + YamlQuoted(p(11)) + "\n");
  WriteText(files.folder / survey,
            CsvLine({p(7), "Type", p(9), p(8), "Anything else?"}) +
                CsvLine({p(20), p(21), p(22), "I need respite " + p(24), "information " + p(25)}) +
                CsvLine({"R2", "Adult carer", "North", "More respite and information please.",
                         "I need respite, respite " + p(36) + " and information"}) +
                CsvLine({"R3", "Parent carer", "South", "information about respite", ""}) +
                CsvLine({p(26), "too", "many", "fields", "in", "this", "row"}));
  WriteText(files.folder / notes, "# " + p(27) + "\n\n- We need respite. " + p(28) + "\n");
  files.codebook = root / "codebook.yaml";
  WriteText(files.codebook,
            "name: hostile-book\n"
            "version: \"1\"\n"
            "description: " + YamlQuoted(p(31)) + "\n"
            "themes:\n"
            "  - id: breaks\n"
            "    label: " + YamlQuoted(p(32)) + "\n"
            "    description: " + YamlQuoted(p(33)) + "\n"
            "    terms: [respite, " + YamlQuoted(p(36)) + "]\n"
            "  - id: information\n"
            "    label: " + YamlQuoted(p(34)) + "\n"
            "    terms: [information]\n");
  files.overrides = root / (FilePayload(43, hostile) + ".csv");
  WriteText(files.overrides, CsvLine({"response_id", "question", "theme", "action", "note"}) +
                                 CsvLine({"R3", "", "information", "remove", p(40)}) +
                                 CsvLine({"R3", "", "breaks", "add", p(41)}));
  files.quotes = root / (FilePayload(44, hostile) + ".csv");
  WriteText(files.quotes, CsvLine({"action", "theme", "response_id", "text"}) +
                              CsvLine({"pin", "breaks", "R2", "more respite"}) +
                              CsvLine({"drop", "", "R3", p(42)}));
  return files;
}

}  // namespace

#endif  // HEARD_TESTS_E2E_HOSTILE_FIXTURE_H_
