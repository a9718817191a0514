// Outputs written as responses stream past, so nothing here holds the
// corpus in memory: responses.html (every response, for officers),
// codings.csv (one row per response, question and theme) and responses.csv
// (one row per response, a column per question and per theme).
// Tests: tests/report/response_writers_test.cc.
#ifndef HEARD_REPORT_RESPONSE_WRITERS_H_
#define HEARD_REPORT_RESPONSE_WRITERS_H_

#include <ostream>
#include <string>
#include <vector>

#include "core/codebook.h"
#include "ingest/manifest.h"
#include "tag/tagger.h"

namespace heard {

class CodingsCsvWriter {
 public:
  CodingsCsvWriter(std::ostream& out, const Codebook& codebook);
  void Add(const CodedResponse& coded);

 private:
  std::ostream& out_;
  const Codebook& codebook_;
};

class ResponsesCsvWriter {
 public:
  ResponsesCsvWriter(std::ostream& out, const Manifest& manifest, const Codebook& codebook);
  void Add(const CodedResponse& coded);

 private:
  std::ostream& out_;
  const Manifest& manifest_;
  const Codebook& codebook_;
  std::vector<std::string> attribute_keys_;
};

class ResponsesPageWriter {
 public:
  // `title` is the consultation's; `footer` is HTML for the page end.
  ResponsesPageWriter(std::ostream& out, const Manifest& manifest, const Codebook& codebook,
                      const std::string& title);
  void Add(const CodedResponse& coded);
  void Finish(const std::string& footer);

 private:
  std::string AnswerHtml(const CodedResponse& coded, size_t answer) const;

  std::ostream& out_;
  const Manifest& manifest_;
  const Codebook& codebook_;
  int64_t count_ = 0;
};

}  // namespace heard

#endif  // HEARD_REPORT_RESPONSE_WRITERS_H_
