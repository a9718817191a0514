#include "report/passage_pages.h"

#include "analyse/quote_selector.h"
#include "report/html.h"
#include "report/report_context.h"

namespace heard {
namespace {

}  // namespace

std::string PassagePageFile(const std::string& theme_id, int64_t page) {
  return "themes/" + Slug(theme_id) + "-passages" +
         (page == 0 ? std::string() : "-" + std::to_string(page + 1)) + ".html";
}

PassagePagesWriter::PassagePagesWriter(std::function<std::string(const std::string&)> path,
                                       const Codebook& codebook, std::string title,
                                       std::string footer)
    : path_(std::move(path)), codebook_(codebook), title_(std::move(title)),
      footer_(std::move(footer)), themes_(codebook.themes.size()) {}

void PassagePagesWriter::Open(int theme, int64_t page) {
  ThemeFile& file = themes_[theme];
  file.page = page;
  const std::string name = PassagePageFile(codebook_.themes[theme].id, page);
  file.out = std::make_unique<std::ofstream>(path_(name), std::ios::binary);
  if (!*file.out && status_.ok()) {
    status_ = Status::OutputError(FormatError({path_(name)}, "cannot write"));
  }
  const Theme& t = codebook_.themes[theme];
  const std::string heading = "Every passage: " + t.label +
                              (page == 0 ? "" : ", page " + std::to_string(page + 1));
  *file.out << PageStart({heading, title_, "../", "theme"}) << "<h1>" << Escape(heading)
            << "</h1>\n<p class=\"lede\">Every sentence coded to this theme, in the order the "
               "responses were read, with the words that matched highlighted and personal "
               "details removed. The chosen quotes are on the <a href=\""
            << Slug(t.id) << ".html\">theme page</a>.</p>\n";
  if (page > 0) {
    *file.out << "<p><a href=\"" << PassagePageFile(t.id, page - 1).substr(7)
              << "\">Previous page</a></p>\n";
  }
}

void PassagePagesWriter::Close(int theme, bool more) {
  ThemeFile& file = themes_[theme];
  const Theme& t = codebook_.themes[theme];
  if (file.count == 0) *file.out << "<p>No response raised this theme.</p>\n";
  if (more) {
    *file.out << "<p><a href=\"" << PassagePageFile(t.id, file.page + 1).substr(7)
              << "\">Next page</a></p>\n";
  }
  *file.out << PageEnd(footer_);
  file.out->close();
  if (!*file.out && status_.ok()) {
    status_ = Status::OutputError(
        FormatError({path_(PassagePageFile(t.id, file.page))}, "writing failed (disk full?)"));
  }
  file.out.reset();
}

void PassagePagesWriter::AddPassage(int theme, const std::string& html) {
  ThemeFile& file = themes_[theme];
  if (!file.out) {
    Open(theme, 0);
  } else if (file.count % kPassagesPerPage == 0) {
    Close(theme, true);
    Open(theme, file.page + 1);
  }
  *file.out << html;
  ++file.count;
}

std::string PassagePagesWriter::PassageHtml(const CodedQuote& quote) {
  return QuoteHtml(quote.quote, "../");
}

void PassagePagesWriter::Add(const std::vector<CodedQuote>& quotes) {
  std::vector<std::string> html;
  for (const CodedQuote& coded : quotes) html.push_back(PassageHtml(coded));
  Add(quotes, html);
}

void PassagePagesWriter::Add(const std::vector<CodedQuote>& quotes,
                             const std::vector<std::string>& html) {
  for (size_t i = 0; i < quotes.size(); ++i) {
    AddPassage(quotes[i].theme, html[i]);
    const int parent = codebook_.IndexOf(codebook_.themes[quotes[i].theme].parent);
    if (parent >= 0) AddPassage(parent, html[i]);
  }
}

Status PassagePagesWriter::Finish() {
  for (size_t t = 0; t < themes_.size(); ++t) {
    if (!themes_[t].out) Open(static_cast<int>(t), 0);
    Close(static_cast<int>(t), false);
  }
  return status_;
}

}  // namespace heard
