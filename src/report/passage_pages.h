// themes/<id>-passages.html: every coded passage of a theme, after the
// theme page's chosen quotes, for report writers who want to read them all.
//
// Written as responses stream past, one open file per theme, so nothing is
// held in memory. Each passage (a sentence, as for quotes) carries its
// highlighted terms, its attribution (respondent type and channel, never a
// name), redaction of personal data (done by CodedQuotes), and a link to the response. A theme
// with more than kPassagesPerPage passages goes on in -passages-2.html, ...
// Tests: tests/e2e/run_test.cc (the pages of a run).
#ifndef HEARD_REPORT_PASSAGE_PAGES_H_
#define HEARD_REPORT_PASSAGE_PAGES_H_

#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/status.h"
#include "analyse/quote_selector.h"

namespace heard {

inline constexpr int64_t kPassagesPerPage = 2000;

// The file of page `page` (0-based) of theme `id`'s passages.
std::string PassagePageFile(const std::string& theme_id, int64_t page);

class PassagePagesWriter {
 public:
  // `path` turns a file name ("themes/x-passages.html") into its path in the
  // report folder.
  PassagePagesWriter(std::function<std::string(const std::string&)> path,
                     const Codebook& codebook, std::string title, std::string footer);
  // Adds each passage (from CodedQuotes) to its theme's page and its parent's.
  void Add(const std::vector<CodedQuote>& quotes);
  // The HTML Add writes for one passage: thread-safe, for the coding threads.
  static std::string PassageHtml(const CodedQuote& quote);
  // Add, with each passage's HTML made already (`html`, parallel to `quotes`).
  void Add(const std::vector<CodedQuote>& quotes, const std::vector<std::string>& html);
  // Ends every theme's last page (writing an empty one for themes no
  // passage reached); an output error if any could not be written.
  Status Finish();
  // Passages written for `theme`.
  int64_t count(int theme) const { return themes_[theme].count; }

 private:
  struct ThemeFile {
    std::unique_ptr<std::ofstream> out;
    int64_t count = 0;
    int64_t page = 0;
  };
  void AddPassage(int theme, const std::string& html);
  void Open(int theme, int64_t page);
  void Close(int theme, bool more);

  std::function<std::string(const std::string&)> path_;
  const Codebook& codebook_;
  std::string title_;
  std::string footer_;
  std::vector<ThemeFile> themes_;
  Status status_ = Status::Ok();
};

}  // namespace heard

#endif  // HEARD_REPORT_PASSAGE_PAGES_H_
