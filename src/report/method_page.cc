// method.html: how the run was made, for the officer who must show that
// every response was taken into account: sources and their ledger, rejected
// records with reasons and locations, the codebook in full, versions.
#include "analyse/redactor.h"
#include "report/html.h"
#include "report/pages.h"

namespace heard {
namespace {

constexpr size_t kRawExcerpt = 160;

std::string Cell(int64_t n) { return "<td class=\"n\">" + Thousands(n) + "</td>"; }

std::string LedgerTable(const Ledger& ledger) {
  std::string out =
      "<table><caption>Every record read, by source</caption>\n<thead><tr>"
      "<th scope=\"col\">Source</th><th scope=\"col\">Channel</th><th scope=\"col\">Format</th>"
      "<th scope=\"col\">Encoding</th>"
      "<th scope=\"col\" class=\"n\">Read</th><th scope=\"col\" class=\"n\">With free text</th>"
      "<th scope=\"col\" class=\"n\">Blank</th><th scope=\"col\" class=\"n\">Repeats</th>"
      "<th scope=\"col\" class=\"n\">Rejected</th>"
      "<th scope=\"col\">Balances</th></tr></thead><tbody>\n";
  SourceTally total{"Total"};
  for (const SourceTally& t : ledger.sources()) {
    out += "<tr><td>" + Escape(t.source) + "</td><td>" + Escape(t.channel) + "</td><td>" +
           Escape(t.format) + "</td><td>" + Escape(t.encoding) + "</td>" + Cell(t.read) + Cell(t.accepted) + Cell(t.blank) +
           Cell(t.duplicate) + Cell(t.rejected) + "<td>" +
           (t.Balances() ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">NO</span>") +
           "</td></tr>\n";
    total.read += t.read;
    total.accepted += t.accepted;
    total.blank += t.blank;
    total.duplicate += t.duplicate;
    total.rejected += t.rejected;
  }
  out += "<tr class=\"total\"><td colspan=\"4\">Total</td>" + Cell(total.read) +
         Cell(total.accepted) + Cell(total.blank) + Cell(total.duplicate) + Cell(total.rejected) + "<td>" +
         (ledger.Balances() ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">NO</span>") +
         "</td></tr></tbody></table>\n<p class=\"note\">Read = with free text + blank + "
         "repeats + rejected, for every source. Blank responses (no free text) still count as "
         "responses received; repeats are submissions counted once (see below).</p>\n";
  return out;
}

std::string SourceNotes(const Ledger& ledger) {
  std::string out;
  for (const SourceTally& t : ledger.sources()) {
    for (const std::string& note : t.notes) {
      out += "<li><b>" + Escape(t.source) + "</b>: " + Escape(note) + "</li>\n";
    }
  }
  return out.empty() ? "" : "<h3>Notes on the sources</h3>\n<ul>" + out + "</ul>\n";
}

std::string Excerpt(const std::string& raw) {
  if (raw.size() <= kRawExcerpt) return raw;
  size_t cut = kRawExcerpt;
  while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
  return raw.substr(0, cut) + " …";
}

std::string RejectsTable(const Ledger& ledger) {
  std::string out = "<h2>Rejected records</h2>\n";
  if (ledger.rejects().empty()) return out + "<p>No record was rejected.</p>\n";
  out += "<p>These records could not be read as responses. Each is also in "
         "<code>rejects.csv</code> with its full text, to fix at source and re-run.</p>\n"
         "<table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Why</th>"
         "<th scope=\"col\">What it held</th></tr></thead><tbody>\n";
  for (const Reject& r : ledger.rejects()) {
    out += "<tr><td><code>" + Escape(r.location.ToString()) + "</code></td><td>" +
           Escape(r.reason) + "</td><td class=\"note\">" + Escape(Excerpt(r.raw)) +
           "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string CopiesSection(const ReportContext& cx) {
  std::string out = "<h2>Repeats and campaigns</h2>\n<p>Identical repeat submissions (every "
                    "answer and attribute the same) are counted " +
                    std::string(cx.manifest.duplicates == CopyPolicy::kCountOnce ? "once" : "each time") +
                    "; campaign copies (an answer of 25 words or more that is nearly the same "
                    "text as an earlier one) are counted " +
                    (cx.manifest.campaigns == CopyPolicy::kCountOnce ? "once" : "each time") +
                    ". Set <code>duplicates:</code> and <code>campaigns:</code> in the manifest to "
                    "change this. Every copy is listed on the responses page either way.</p>\n";
  if (cx.copies.empty()) return out + "<p>No repeats or campaign text were found.</p>\n";
  out += "<table><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"n\">Size</th>"
         "<th scope=\"col\">Responses</th><th scope=\"col\">Text</th></tr></thead><tbody>\n";
  // A national consultation can hold hundreds of thousands of copies: the
  // page names the first groups and the first copies of each, so it stays
  // small enough to open; responses.csv's copy_of column has every one.
  constexpr size_t kGroupsListed = 500;
  constexpr size_t kCopiesListed = 25;
  for (size_t g = 0; g < cx.copies.size() && g < kGroupsListed; ++g) {
    const CopyGroup& group = cx.copies[g];
    std::string ids = "<a href=\"" + ResponseHref("", group.first_ordinal, group.first) + "\">" +
                      Escape(group.first) + "</a>";
    for (size_t c = 0; c < group.copies.size() && c < kCopiesListed; ++c) {
      const int64_t ordinal = c < group.copy_ordinals.size() ? group.copy_ordinals[c] : -1;
      ids += ", <a href=\"" + ResponseHref("", ordinal, group.copies[c]) + "\">" +
             Escape(group.copies[c]) + "</a>";
    }
    if (group.copies.size() > kCopiesListed) {
      ids += " and " + std::to_string(group.copies.size() - kCopiesListed) +
             " more (responses.csv, column copy_of)";
    }
    out += "<tr><td>" + std::string(group.kind == CopyGroup::Kind::kCampaign ? "Campaign text"
                                                                            : "Identical repeat") +
           "</td>" + Cell(static_cast<int64_t>(group.copies.size()) + 1) + "<td>" + ids +
           "</td><td class=\"note\">" + Escape(Redacted(group.excerpt, cx.manifest.redact_names)) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  if (cx.copies.size() > kGroupsListed) {
    out += "<p>The first " + std::to_string(kGroupsListed) + " of " +
           std::to_string(cx.copies.size()) +
           " groups are listed; responses.csv marks every copy in its copy_of column.</p>\n";
  }
  return out;
}

std::string TermList(const std::vector<Term>& terms) {
  std::string out;
  for (const Term& term : terms) {
    const std::string shown = term.kind == Term::Kind::kRegex ? "re: " + term.text : term.text;
    out += (out.empty() ? "" : ", ") + std::string("<code>") + Escape(shown) + "</code>";
  }
  return out;
}

// The officer's overrides: how many, and each one that changed nothing or
// named a response the inputs do not hold.
std::string OverridesSection(const ReportContext& cx) {
  if (cx.overrides == nullptr || cx.overrides->empty()) return "";
  const Overrides::Tally tally = cx.overrides->Count();
  std::string unapplied;
  for (const Override& o : cx.overrides->all()) {
    if (o.applied > 0) continue;
    unapplied += "<tr><td><code>" + Escape(o.location.ToString()) + "</code></td><td>" +
                 Escape(o.response_id) + "</td><td>" + Escape(o.add ? "add " : "remove ") +
                 Escape(cx.codebook.themes[o.theme].id) + "</td><td>" +
                 (o.matched ? "no change: the coding was already so"
                            : "no response with this id in the inputs") +
                 "</td></tr>\n";
  }
  std::string out = "<h2>Officer overrides</h2>\n<p>" +
                    Thousands(static_cast<int64_t>(cx.overrides->all().size())) +
                    " overrides in <code>" + Escape(cx.overrides->path()) + "</code>: " +
                    Thousands(tally.added) + " codings added and " + Thousands(tally.removed) +
                    " removed by hand, after the lexicon. They are marked as manual in "
                    "responses.html, codings.csv and responses.csv.</p>\n";
  if (!unapplied.empty()) {
    out += "<table><caption>Overrides that changed nothing</caption><thead><tr><th scope=\"col\">"
           "Line</th><th scope=\"col\">Response</th><th scope=\"col\">Override</th>"
           "<th scope=\"col\">Why</th></tr></thead><tbody>\n" + unapplied + "</tbody></table>\n";
  }
  return out;
}

// The report writer's quote pins and drops, as counts.
std::string QuoteChoicesSection(const ReportContext& cx) {
  if (cx.quote_choices == nullptr || cx.quote_choices->all().empty()) return "";
  int64_t pins = 0, drops = 0, unmatched = 0;
  for (const QuoteChoice& choice : cx.quote_choices->all()) {
    (choice.pin ? pins : drops) += 1;
    if (choice.matched == 0) ++unmatched;
  }
  return "<h2>Quote choices</h2>\n<p>The report writer pinned " + Thousands(pins) +
         " quotes (shown first) and dropped " + Thousands(drops) + " (never shown), in <code>" +
         Escape(cx.quote_choices->path()) + "</code>" +
         (unmatched > 0 ? "; " + Thousands(unmatched) + " matched no passage" : "") +
         ". Every other quote is chosen by score and spread.</p>\n";
}

std::string CodebookSection(const Codebook& book) {
  std::string out = "<h2>The codebook</h2>\n<p>" + Escape(book.name) +
                    (book.version.empty() ? "" : ", version " + Escape(book.version)) +
                    ", from <code>" + Escape(book.path) + "</code>, content hash <code>" +
                    Escape(book.hash) + "</code>. Matching ignores case, accents and the "
                    "kind of apostrophe or dash; each term matches whole words only; "
                    "<code>*</code> stands for any ending.</p>\n";
  for (const Theme& theme : book.themes) {
    out += "<h3>" + Escape(theme.label) + " <span class=\"note\">(" + Escape(theme.id) +
           (theme.parent.empty() ? "" : ", part of " + Escape(theme.parent)) +
           ")</span></h3>\n";
    if (!theme.description.empty()) out += "<p>" + Escape(theme.description) + "</p>\n";
    out += "<p><b>Terms:</b> " + TermList(theme.terms) + "</p>\n";
    if (!theme.excludes.empty()) {
      out += "<p><b>Not counted when part of:</b> " + TermList(theme.excludes) + "</p>\n";
    }
  }
  return out;
}

std::string AboutRun(const ReportContext& cx) {
  std::string out = "<h2>About this run</h2>\n<table><tbody>\n";
  auto row = [&](const char* label, const std::string& value) {
    out += "<tr><th scope=\"row\">" + std::string(label) + "</th><td>" + value + "</td></tr>\n";
  };
  row("Tool", "heard " + Escape(cx.version));
  row("Run date", Escape(cx.run_date));
  row("Manifest", cx.manifest.path.empty()
                      ? "none: sources and columns were taken from the command line"
                      : "<code>" + Escape(cx.manifest.path) + "</code>");
  row("Codebook", Escape(cx.codebook.name) + " " + Escape(cx.codebook.version) +
                      " (<code>" + Escape(cx.codebook.hash) + "</code>)");
  std::string questions;
  for (const Question& q : cx.manifest.questions) {
    questions += "<li><code>" + Escape(q.id) + "</code>: " + Escape(q.text) + "</li>";
  }
  row("Questions", "<ul>" + questions + "</ul>");
  return out + "</tbody></table>\n";
}

}  // namespace

std::string MethodPage(const ReportContext& cx) {
  std::string out = PageStart({"Method and sources", cx.Title(), "", "method"});
  out += "<h1>Method and sources</h1>\n<p class=\"lede\">What was read, what could not be, "
         "and the rules every answer was coded by.</p>\n";
  out += AboutRun(cx) + "<h2>Sources</h2>\n" + LedgerTable(cx.ledger) +
         SourceNotes(cx.ledger) + RejectsTable(cx.ledger) + CopiesSection(cx) +
         OverridesSection(cx) + QuoteChoicesSection(cx) + CodebookSection(cx.codebook);
  return out + PageEnd(FooterHtml(cx));
}

}  // namespace heard
