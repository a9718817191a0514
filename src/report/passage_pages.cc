#include "report/passage_pages.h"

#include "analyse/quote_selector.h"
#include "analyse/redactor.h"
#include "report/html.h"
#include "report/report_context.h"

namespace heard {
namespace {

// The passage `span` of answer text `text` as a quote of `coding`'s hits,
// or an empty quote when no hit falls inside it.
Quote PassageQuote(const Response& response, const std::string& text, const Span& span,
                   const Coding& coding, const std::vector<std::string>& redact_names) {
  Quote quote;
  for (const Hit& hit : coding.hits) {
    if (hit.begin < span.begin || hit.end > span.end) continue;
    quote.hits.push_back({hit.begin - span.begin, hit.end - span.begin});
  }
  if (quote.hits.empty()) return quote;
  quote.text = text.substr(span.begin, span.end - span.begin);
  quote.redactions = FindPersonalData(quote.text, redact_names);
  quote.response_id = response.id;
  quote.respondent_type = response.Attribute(kRespondentType);
  quote.channel = response.channel;
  quote.ordinal = response.ordinal;
  return quote;
}

}  // namespace

std::string PassagePageFile(const std::string& theme_id, int64_t page) {
  return "themes/" + Slug(theme_id) + "-passages" +
         (page == 0 ? std::string() : "-" + std::to_string(page + 1)) + ".html";
}

PassagePagesWriter::PassagePagesWriter(std::function<std::string(const std::string&)> path,
                                       const Codebook& codebook, std::string title,
                                       std::string footer, std::vector<std::string> redact_names)
    : path_(std::move(path)), codebook_(codebook), title_(std::move(title)),
      footer_(std::move(footer)), redact_names_(std::move(redact_names)),
      themes_(codebook.themes.size()) {}

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

void PassagePagesWriter::Add(const CodedResponse& coded) {
  const Response& response = coded.response;
  for (size_t a = 0; a < coded.answers.size(); ++a) {
    if (coded.answers[a].codings.empty()) continue;
    const std::string& text = response.answers[a].text;
    const std::vector<Span> passages = QuotePassages(text);
    for (const Coding& coding : coded.answers[a].codings) {
      const int parent = codebook_.IndexOf(codebook_.themes[coding.theme].parent);
      for (const Span& span : passages) {
        const Quote quote = PassageQuote(response, text, span, coding, redact_names_);
        if (quote.hits.empty()) continue;
        const std::string html = QuoteHtml(quote, "../");
        AddPassage(coding.theme, html);
        if (parent >= 0) AddPassage(parent, html);
      }
    }
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
