#include "report/response_writers.h"

#include <algorithm>
#include <set>
#include <utility>

#include "analyse/redactor.h"
#include "report/csv_writer.h"
#include "report/html.h"
#include "report/marked_text.h"
#include "report/report_context.h"

namespace heard {
namespace {

std::string JoinedTerms(const Theme& theme, const Coding& coding) {
  std::vector<int> seen;  // a coding hits few distinct terms
  std::string out;
  for (const Hit& hit : coding.hits) {
    if (hit.term < 0 || std::find(seen.begin(), seen.end(), hit.term) != seen.end()) continue;
    seen.push_back(hit.term);
    if (!out.empty()) out += "; ";
    out += theme.terms[hit.term].text;
  }
  return out;
}

// A row from its fields, moved in (a braced list would copy each one).
template <typename... Fields>
std::vector<std::string> MakeRow(Fields&&... fields) {
  std::vector<std::string> row;
  row.reserve(sizeof...(fields));
  (row.emplace_back(std::forward<Fields>(fields)), ...);
  return row;
}

constexpr char kFilterScript[] = R"js(
<script>
(function(){
  var items=[].slice.call(document.querySelectorAll('article.response'));
  var theme=document.getElementById('f-theme'),channel=document.getElementById('f-channel');
  var shown=document.getElementById('f-shown');
  function apply(){
    var t=theme.value,c=channel.value,n=0;
    items.forEach(function(el){
      var themes=(el.getAttribute('data-themes')||'').split(' ');
      var ok=(t===''||(t==='_uncoded'?el.getAttribute('data-themes')==='':themes.indexOf(t)>=0))&&
             (c===''||el.getAttribute('data-channel')===c);
      el.hidden=!ok;if(ok)n++;
    });
    shown.textContent='Showing '+n+' of '+items.length+' responses.';
    [].forEach.call(document.querySelectorAll('a.pager'),function(a){
      a.href=a.getAttribute('href').split('#')[0]+(t?'#theme='+t:'');
    });
  }
  var m=/theme=([A-Za-z0-9_-]+)/.exec(location.hash);
  if(m){theme.value=m[1];}
  theme.addEventListener('change',apply);channel.addEventListener('change',apply);
  document.getElementById('f-box').hidden=false;apply();
})();
</script>
)js";

// True when theme `t` of `coded` comes only from an officer's override.
bool IsManual(const CodedResponse& coded, int t) {
  bool manual = false;
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& coding : answer.codings) {
      if (coding.theme != t) continue;
      if (coding.origin == Coding::Origin::kLexicon) return false;
      manual = true;
    }
  }
  return manual;
}

// "+breaks -information": the overrides applied to `coded`, for responses.csv.
std::string ManualChanges(const Codebook& codebook, const CodedResponse& coded) {
  std::string changes;
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& coding : answer.codings) {
      if (coding.origin != Coding::Origin::kManual) continue;
      changes += (changes.empty() ? "+" : " +") + codebook.themes[coding.theme].id;
    }
    for (const Coding& coding : answer.removed) {
      changes += (changes.empty() ? "-" : " -") + codebook.themes[coding.theme].id;
    }
  }
  return changes;
}

}  // namespace

ResponsesTable::ResponsesTable(const Manifest& manifest, const Codebook& codebook)
    : manifest_(manifest), codebook_(codebook), attribute_keys_(manifest.AttributeKeys()) {
  header_ = {"response_id", "source", "line", "channel", "date", "copy_of", "counted"};
  header_.insert(header_.end(), attribute_keys_.begin(), attribute_keys_.end());
  for (const Question& q : manifest_.questions) header_.push_back(q.id);
  first_theme_ = header_.size();
  for (const Theme& theme : codebook_.themes) header_.push_back("theme:" + theme.id);
  header_.push_back("manual");
}

bool ResponsesTable::IsNumber(size_t column) const {
  return column == 2 || column == 6 ||
         (column >= first_theme_ && column < first_theme_ + codebook_.themes.size());
}

std::vector<std::string> ResponsesTable::Row(const CodedResponse& coded) const {
  const Response& r = coded.response;
  std::vector<std::string> row;
  row.reserve(header_.size());
  row.insert(row.end(), {r.id, r.source, std::to_string(r.location.line), r.channel, r.date,
                         coded.copy_of, coded.counted ? "1" : "0"});
  for (const std::string& key : attribute_keys_) row.push_back(r.Attribute(key));
  for (const Question& q : manifest_.questions) {
    const std::string* text = nullptr;  // the last answer to the question
    for (const Answer& answer : r.answers) {
      if (answer.question == q.id) text = &answer.text;
    }
    row.push_back(text == nullptr ? std::string() : *text);
  }
  for (size_t t = 0; t < codebook_.themes.size(); ++t) {
    row.push_back(coded.HasTheme(static_cast<int>(t)) ? "1" : "0");
  }
  row.push_back(ManualChanges(codebook_, coded));
  return row;
}

const std::vector<std::string>& CodingsHeader() {
  static const std::vector<std::string> header = {"response_id", "question", "theme", "hits",
                                                  "terms",       "origin",   "note"};
  return header;
}

std::vector<std::vector<std::string>> CodingsRows(const Codebook& codebook,
                                                  const CodedResponse& coded) {
  std::vector<std::vector<std::string>> rows;
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& coding : answer.codings) {
      const Theme& theme = codebook.themes[coding.theme];
      const bool manual = coding.origin == Coding::Origin::kManual;
      rows.push_back(MakeRow(coded.response.id, answer.question, theme.id,
                             std::to_string(coding.hits.size()), JoinedTerms(theme, coding),
                             manual ? "manual" : "lexicon", coding.note));
    }
    for (const Coding& coding : answer.removed) {
      const Theme& theme = codebook.themes[coding.theme];
      rows.push_back(MakeRow(coded.response.id, answer.question, theme.id, "0",
                             JoinedTerms(theme, coding), "removed", coding.note));
    }
  }
  return rows;
}

CodingsCsvWriter::CodingsCsvWriter(std::ostream& out, const Codebook& codebook)
    : out_(out), codebook_(codebook) {
  WriteCsvRow(out_, CodingsHeader());
}

void CodingsCsvWriter::Add(const CodedResponse& coded) { AddRows(CodingsRows(codebook_, coded)); }

void CodingsCsvWriter::AddRows(const std::vector<std::vector<std::string>>& rows) {
  for (const std::vector<std::string>& row : rows) WriteCsvRow(out_, row);
}

ResponsesCsvWriter::ResponsesCsvWriter(std::ostream& out, const Manifest& manifest,
                                       const Codebook& codebook)
    : out_(out), table_(manifest, codebook) {
  WriteCsvRow(out_, table_.header());
}

void ResponsesCsvWriter::Add(const CodedResponse& coded) { AddRow(table_.Row(coded)); }

void ResponsesCsvWriter::AddRow(const std::vector<std::string>& row) { WriteCsvRow(out_, row); }

ResponsesPageWriter::ResponsesPageWriter(std::function<std::string(const std::string&)> path,
                                         const Manifest& manifest, const Codebook& codebook,
                                         std::string title, std::string footer)
    : path_(std::move(path)), manifest_(manifest), codebook_(codebook), title_(std::move(title)),
      footer_(std::move(footer)) {
  for (const Theme& theme : codebook_.themes) {
    std::string slugs = Slug(theme.id);
    if (!theme.parent.empty()) slugs += " " + Slug(theme.parent);
    theme_slugs_.push_back(std::move(slugs));
    theme_labels_.push_back(Escape(theme.label));
  }
  OpenPage(0);
}

void ResponsesPageWriter::OpenPage(int64_t page) {
  page_ = page;
  const std::string name = ResponsesPageFile(page);
  out_.open(path_(name), std::ios::binary);
  if (!out_) status_ = Status::OutputError(FormatError({path_(name)}, "cannot write"));
  const std::string heading = page == 0 ? "All responses" : "All responses, page " +
                                                                std::to_string(page + 1);
  out_ << PageStart({heading, title_, "", "responses"});
  out_ << "<h1>" << heading << "</h1>\n<p class=\"lede\">Every response received, in the "
          "order read, with the themes it was coded to and the words that matched "
          "highlighted. Personal details are removed.";
  if (page > 0) {
    out_ << " This page holds responses " << Thousands(page * kResponsesPerPage + 1) << " onwards; "
         << "the filter applies to this page.</p>\n<p><a class=\"pager\" href=\""
         << ResponsesPageFile(page - 1) << "\">Previous page</a></p>\n";
  } else {
    out_ << "</p>\n";
  }
  out_ << "<div class=\"filters\" id=\"f-box\" hidden><label>Theme <select id=\"f-theme\">"
          "<option value=\"\">All themes</option><option value=\"_uncoded\">No theme "
          "(uncoded)</option>";
  for (const Theme& theme : codebook_.themes) {
    out_ << "<option value=\"" << Escape(Slug(theme.id)) << "\">" << Escape(theme.label)
         << "</option>";
  }
  out_ << "</select></label> <label>Channel <select id=\"f-channel\"><option value=\"\">"
          "All channels</option>";
  std::set<std::string> channels;
  for (const SourceSpec& spec : manifest_.sources) channels.insert(spec.channel);
  for (const std::string& channel : channels) {
    out_ << "<option>" << Escape(channel) << "</option>";
  }
  out_ << "</select></label> <span id=\"f-shown\" role=\"status\"></span></div>\n";
}

void ResponsesPageWriter::ClosePage(bool more) {
  const int64_t first = page_ * kResponsesPerPage + 1;
  out_ << "<p class=\"note\">Responses " << Thousands(first) << " to " << Thousands(count_)
       << (more || page_ > 0 ? "" : " (all of them)") << ".</p>\n";
  if (more) {
    out_ << "<p><a class=\"pager\" href=\"" << ResponsesPageFile(page_ + 1)
         << "\">Next page</a></p>\n";
  }
  out_ << kFilterScript << PageEnd(footer_);
  out_.close();
  if (!out_ && status_.ok()) {
    status_ = Status::OutputError(FormatError({path_(ResponsesPageFile(page_))},
                                              "writing failed (disk full?)"));
  }
}

Status ResponsesPageWriter::Finish() {
  ClosePage(false);
  return status_;
}

void ResponsesPageWriter::AppendAnswerHtml(const CodedResponse& coded, size_t a,
                                           std::string* out) const {
  const Answer& answer = coded.response.answers[a];
  if (IsBlank(answer.text)) return;
  std::vector<Highlight> highlights;
  for (const Coding& coding : coded.answers[a].codings) {
    const std::string_view label = codebook_.themes[coding.theme].label;
    for (const Hit& hit : coding.hits) highlights.push_back({hit.begin, hit.end, label});
  }
  *out += "<div class=\"answer\"><div class=\"q\">";
  EscapeTo(manifest_.QuestionText(answer.question), out);
  *out += "</div><div class=\"t\">";
  AppendMarkedHtml(answer.text, highlights,
                   FindPersonalData(answer.text, manifest_.redact_names), out);
  *out += "</div></div>\n";
}

void ResponsesPageWriter::Add(const CodedResponse& coded) { AddArticle(ArticleHtml(coded)); }

void ResponsesPageWriter::AddArticle(const std::string& article) {
  if (count_ > 0 && count_ % kResponsesPerPage == 0) {
    ClosePage(true);
    OpenPage(page_ + 1);
  }
  out_ << article;
  ++count_;
}

std::string ResponsesPageWriter::ArticleHtml(const CodedResponse& coded) const {
  const Response& r = coded.response;
  std::string themes, chips;
  for (int t : coded.Themes()) {
    if (!themes.empty()) themes += ' ';
    themes += theme_slugs_[t];
    chips += "<span class=\"chip\">";
    chips += theme_labels_[t];
    if (IsManual(coded, t)) chips += " <small>(added by hand)</small>";
    chips += "</span>";
  }
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& removed : answer.removed) {
      chips += "<span class=\"chip removed\"><del>" +
               Escape(codebook_.themes[removed.theme].label) +
               "</del> <small>(removed by hand" +
               (removed.note.empty() ? "" : ": " + Escape(removed.note)) + ")</small></span>";
    }
  }
  size_t text_size = 0;
  for (const Answer& answer : r.answers) text_size += answer.text.size();
  std::string html;
  html.reserve(text_size + text_size / 4 + chips.size() + 512);
  html += "<article class=\"response\" id=\"";
  html += ResponseAnchor(r.id);
  html += "\" data-themes=\"";
  EscapeTo(themes, &html);
  html += "\" data-channel=\"";
  EscapeTo(r.channel, &html);
  html += "\">\n<h2>";
  EscapeTo(r.id, &html);
  html += "</h2><div class=\"meta\">";
  EscapeTo(Attribution(r.Attribute(kRespondentType), r.channel), &html);
  if (!r.date.empty()) {
    html += " · ";
    EscapeTo(r.date, &html);
  }
  html += " · <code>";
  EscapeTo(r.location.ToString(), &html);
  html += "</code></div>\n";
  if (!coded.copy_of.empty()) {
    html += std::string("<p class=\"note\">") +
            (coded.campaign ? "Campaign text" : "Identical repeat") + " of <a href=\"" +
            ResponseHref("", coded.copy_of_ordinal, coded.copy_of) + "\">" +
            Escape(coded.copy_of) + "</a>" +
            (coded.counted ? "; counted." : "; not counted again.") + "</p>\n";
  }
  const size_t answers_start = html.size();
  for (size_t a = 0; a < r.answers.size(); ++a) AppendAnswerHtml(coded, a, &html);
  if (html.size() == answers_start) html += "<p class=\"note\">No free-text answer.</p>\n";
  html += "<div>";
  html += chips.empty() ? "<span class=\"note\">No theme</span>" : chips;
  html += "</div></article>\n";
  return html;
}

}  // namespace heard
