#include "report/report_context.h"

#include <cstdio>

#include "report/html.h"
#include "report/marked_text.h"

namespace heard {

std::string ReportContext::Title() const {
  return manifest.title.empty() ? manifest.name : manifest.title;
}

std::string Attribution(const std::string& respondent_type, const std::string& channel) {
  std::string who = respondent_type.empty() ? "Respondent" : respondent_type;
  return channel.empty() ? who : who + ", " + channel;
}

std::string ResponseAnchor(const std::string& response_id) {
  std::string out = "r-";
  for (unsigned char c : response_id) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '-') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "_%02x", c);
      out += hex;
    }
  }
  return out;
}

std::string QuoteHtml(const Quote& quote, const std::string& root) {
  std::vector<Highlight> highlights;
  highlights.reserve(quote.hits.size());
  for (const Span& hit : quote.hits) highlights.push_back({hit.begin, hit.end, ""});
  std::string out;
  out.reserve(quote.text.size() + quote.text.size() / 4 + 256);
  out += "<blockquote>";
  AppendMarkedHtml(quote.text, highlights, quote.redactions, &out);
  out += "<footer>— ";
  EscapeTo(Attribution(quote.respondent_type, quote.channel), &out);
  if (quote.copies > 1) {
    out += " · said in the same words by ";
    out += std::to_string(quote.copies);
    out += " responses";
  }
  out += " · <a href=\"";
  out += ResponseHref(root, quote.ordinal, quote.response_id);
  out += "\">response ";
  EscapeTo(quote.response_id, &out);
  out += "</a></footer></blockquote>\n";
  return out;
}

std::string ResponsesPageFile(int64_t page) {
  return page <= 0 ? "responses.html" : "responses-" + std::to_string(page + 1) + ".html";
}

std::string ResponsesPageName(int64_t ordinal) {
  return ResponsesPageFile(ordinal < 0 ? 0 : ordinal / kResponsesPerPage);
}

std::string ResponseHref(const std::string& root, int64_t ordinal, const std::string& id) {
  return root + ResponsesPageName(ordinal) + "#" + ResponseAnchor(id);
}

std::string FooterHtml(const ReportContext& context) {
  return FooterHtml(context.codebook, context.version, context.run_date);
}

std::string FooterHtml(const Codebook& book, const std::string& version,
                       const std::string& run_date) {
  return "Made with heard " + Escape(version) + " on " + Escape(run_date) +
         ". Codebook " + Escape(book.name.empty() ? book.path : book.name) +
         (book.version.empty() ? "" : " version " + Escape(book.version)) +
         " (content hash <code>" + Escape(book.hash) + "</code>).";
}

std::string DenominatorSentence(const Summary& summary) {
  return "Percentages are of the " + Thousands(summary.with_text) +
         " responses that answered at least one free-text question, out of " +
         Thousands(summary.responses) + " responses received.";
}

}  // namespace heard
