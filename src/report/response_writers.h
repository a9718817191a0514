// Outputs written as responses stream past, so nothing here holds the
// corpus in memory: responses.html and its further pages (every response,
// for officers),
// codings.csv (one row per response, question and theme) and responses.csv
// (one row per response, a column per question and per theme).
// Tests: tests/report/response_writers_test.cc.
#ifndef HEARD_REPORT_RESPONSE_WRITERS_H_
#define HEARD_REPORT_RESPONSE_WRITERS_H_

#include <fstream>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "core/codebook.h"
#include "core/status.h"
#include "ingest/manifest.h"
#include "report/report_context.h"
#include "tag/tagger.h"

namespace heard {

// The columns and rows of responses.csv, shared with responses.xlsx
// (xlsx_export.h) so the two tables always agree.
class ResponsesTable {
 public:
  ResponsesTable(const Manifest& manifest, const Codebook& codebook);
  const std::vector<std::string>& header() const { return header_; }
  // True for the columns that hold numbers: line, counted and the 0/1 theme columns.
  bool IsNumber(size_t column) const;
  std::vector<std::string> Row(const CodedResponse& coded) const;

 private:
  const Manifest& manifest_;
  const Codebook& codebook_;
  std::vector<std::string> attribute_keys_;
  std::vector<std::string> header_;
  size_t first_theme_ = 0;  // the column of the first theme
};

// The header of codings.csv, and the rows one response adds to it (every
// coding, manual ones and those removed by hand included).
const std::vector<std::string>& CodingsHeader();
inline constexpr size_t kCodingsHitsColumn = 3;
std::vector<std::vector<std::string>> CodingsRows(const Codebook& codebook,
                                                  const CodedResponse& coded);

class CodingsCsvWriter {
 public:
  CodingsCsvWriter(std::ostream& out, const Codebook& codebook);
  void Add(const CodedResponse& coded);
  // Rows already made by CodingsRows.
  void AddRows(const std::vector<std::vector<std::string>>& rows);

 private:
  std::ostream& out_;
  const Codebook& codebook_;
};

class ResponsesCsvWriter {
 public:
  ResponsesCsvWriter(std::ostream& out, const Manifest& manifest, const Codebook& codebook);
  void Add(const CodedResponse& coded);
  // A row already made by table().Row.
  void AddRow(const std::vector<std::string>& row);
  const ResponsesTable& table() const { return table_; }

 private:
  std::ostream& out_;
  ResponsesTable table_;
};

// responses.html and, past kResponsesPerPage responses, responses-2.html and
// on: every response with its codes, highlighted hits and a filter. Each
// page links to the previous and next one; the filter carries across.
class ResponsesPageWriter {
 public:
  // `path` turns a file name into its path in the report folder; `title` is
  // the consultation's; `footer` is HTML for each page's end.
  ResponsesPageWriter(std::function<std::string(const std::string&)> path,
                      const Manifest& manifest, const Codebook& codebook, std::string title,
                      std::string footer);
  void Add(const CodedResponse& coded);
  // The HTML of `coded`'s article, as Add writes it. Thread-safe, so coding
  // threads can make it while the writing thread writes the one before.
  std::string ArticleHtml(const CodedResponse& coded) const;
  // Writes an article made by ArticleHtml, in reading order.
  void AddArticle(const std::string& article);
  // Ends the last page; an output error if any page could not be written.
  Status Finish();
  int64_t pages() const { return page_ + 1; }

 private:
  // Appends the HTML of answer `answer` of `coded` (nothing for a blank one).
  void AppendAnswerHtml(const CodedResponse& coded, size_t answer, std::string* out) const;
  void OpenPage(int64_t page);
  void ClosePage(bool more);

  std::function<std::string(const std::string&)> path_;
  const Manifest& manifest_;
  const Codebook& codebook_;
  std::string title_;
  std::string footer_;
  std::vector<std::string> theme_slugs_;   // per theme: data-themes words (its slug, its parent's)
  std::vector<std::string> theme_labels_;  // per theme: its label, escaped
  std::ofstream out_;
  Status status_ = Status::Ok();
  int64_t page_ = 0;
  int64_t count_ = 0;  // responses written, over all pages
};

}  // namespace heard

#endif  // HEARD_REPORT_RESPONSE_WRITERS_H_
