#include "pipeline/codebook_check_run.h"

#include "lexicon/codebook_check.h"
#include "lexicon/codebook_loader.h"
#include "pipeline/session.h"

namespace heard {
namespace {

std::string Plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int CheckCodebookAt(const std::string& path, std::ostream& out, std::ostream& err) {
  StatusOr<Codebook> book = LoadCodebook(path.empty() ? DefaultCodebookPath() : path);
  if (!book.ok()) return Fail(book.status(), err);
  const std::vector<CodebookFinding> findings = CheckCodebook(*book);
  size_t warnings = 0;
  for (const CodebookFinding& finding : findings) {
    out << finding.ToString() << "\n";
    if (finding.severity == CodebookFinding::Severity::kWarning) ++warnings;
  }
  size_t terms = 0, excludes = 0;
  for (const Theme& theme : book->themes) {
    terms += theme.terms.size();
    excludes += theme.excludes.size();
  }
  out << book->path << ": " << Plural(book->themes.size(), "theme", "themes") << ", "
      << Plural(terms, "term", "terms") << ", " << Plural(excludes, "exclusion", "exclusions")
      << ": " << Plural(warnings, "warning", "warnings") << ", "
      << Plural(findings.size() - warnings, "note", "notes") << "\n";
  return warnings > 0 ? kExitWarnings : kExitOk;
}

}  // namespace heard
