#include "pipeline/run.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>
#include <utility>

#include "analyse/duplicates.h"
#include "analyse/quote_selector.h"
#include "analyse/summary.h"
#include "core/file_io.h"
#include "ingest/ingest.h"
#include "ingest/manifest_writer.h"
#include "pipeline/ordered_workers.h"
#include "pipeline/output_folder.h"
#include "pipeline/session.h"
#include "pipeline/turnstile.h"
#include "pipeline/xlsx_stream.h"
#include "report/html.h"
#include "report/pages.h"
#include "report/passage_pages.h"
#include "report/response_writers.h"
#include "report/summary_json.h"
#include "report/xlsx_export.h"
#include "tag/tagger.h"

#ifndef HEARD_VERSION
#define HEARD_VERSION "dev"
#endif

namespace heard {
namespace {

namespace fs = std::filesystem;

// The open streaming outputs of a run.
struct Streams {
  std::ofstream codings_file, responses_csv_file;
  std::optional<CodingsCsvWriter> codings;
  std::optional<ResponsesCsvWriter> responses_csv;
  std::optional<ResponsesPageWriter> responses_html;
  std::optional<PassagePagesWriter> passages;  // themes/<id>-passages.html
  std::optional<XlsxStream> xlsx;  // responses.xlsx: its temporary files go in the folder
  bool xlsx_capped = false;        // --xlsx auto: dropped after kXlsxAutoLimit rows
  int64_t rows = 0;
  const Codebook* codebook = nullptr;

  Status Open(const OutputFolder& folder, const Manifest& manifest, const Codebook& codebook,
              const std::string& footer, const std::string& xlsx_mode) {
    codings_file.open(folder.Path("codings.csv"), std::ios::binary);
    responses_csv_file.open(folder.Path("responses.csv"), std::ios::binary);
    if (!codings_file || !responses_csv_file) {
      return Status::OutputError(FormatError(Location{folder.Path("")}, "cannot write outputs"));
    }
    this->codebook = &codebook;
    codings.emplace(codings_file, codebook);
    responses_csv.emplace(responses_csv_file, manifest, codebook);
    const std::string title = manifest.title.empty() ? manifest.name : manifest.title;
    responses_html.emplace([&folder](const std::string& name) { return folder.Path(name); },
                           manifest, codebook, title, footer);
    passages.emplace([&folder](const std::string& name) { return folder.Path(name); }, codebook,
                     title, footer);
    if (xlsx_mode == "no") return Status::Ok();
    xlsx_capped = xlsx_mode == "auto";
    xlsx.emplace(folder.Path("responses.xlsx"), folder.Path(""), manifest, codebook);
    return xlsx->status();
  }

  // `coded_passages` are the coded passages of `coded` (CodedQuotes), empty for a
  // response that is not counted; `article` is its responses-page HTML and
  // `passages_html` its passages', if made already (null if not). Each row is
  // made once, for its CSV file and for the workbook.
  void Add(const CodedResponse& coded, const std::vector<CodedQuote>& coded_passages,
           const std::string* article, const std::vector<std::string>* passages_html) {
    std::vector<std::vector<std::string>> coding_rows;
    if (coded.counted) {
      coding_rows = CodingsRows(*codebook, coded);
      codings->AddRows(coding_rows);
    }
    std::vector<std::string> response_row = responses_csv->table().Row(coded);
    responses_csv->AddRow(response_row);
    if (article != nullptr) {
      responses_html->AddArticle(*article);
    } else {
      responses_html->Add(coded);
    }
    if (passages_html != nullptr) {
      passages->Add(coded_passages, *passages_html);
    } else {
      passages->Add(coded_passages);
    }
    if (++rows > kXlsxAutoLimit && xlsx_capped) xlsx.reset();
    if (xlsx) xlsx->Add(std::move(response_row), std::move(coding_rows));
  }

  Status Close(const ReportContext& context, const OutputFolder& folder) {
    Status pages = responses_html->Finish();
    if (pages.ok()) pages = passages->Finish();
    if (!pages.ok()) return pages;
    codings_file.close();
    responses_csv_file.close();
    if (!codings_file || !responses_csv_file) {
      return Status::OutputError(FormatError(Location{folder.Path("")},
                                             "writing outputs failed (disk full?)"));
    }
    return xlsx ? xlsx->Finish(context) : Status::Ok();
  }
};

// One response on its way through the run.
struct Item {
  Response response;    // as read; moved into `coded` by the worker
  size_t source = 0;    // its source's index in the ledger
  CodedResponse coded;
  CopyFingerprint fingerprint;  // made while coding, from the same normalised answers
  CopyVerdict verdict;  // decided in reading order, once the batch is coded
  std::vector<CodedQuote> passages;  // its coded passages, when counted
  bool passages_cut = false;
  std::vector<std::string> passages_html;  // parallel to `passages` when cut
  std::string article;  // its responses-page HTML, made by the worker
  bool article_made = false;
};
struct Batch {
  int64_t turn = 0;  // its place in reading order
  std::vector<Item> items;
};
constexpr size_t kBatchSize = 256;

Status WritePages(const ReportContext& cx, const OutputFolder& folder) {
  Status status = WriteFile(folder.Path("index.html"), IndexPage(cx));
  if (status.ok()) status = WriteFile(folder.Path("method.html"), MethodPage(cx));
  if (status.ok()) status = WriteFile(folder.Path("summary.json"), SummaryJson(cx));
  for (size_t i = 0; status.ok() && i < cx.codebook.themes.size(); ++i) {
    status = WriteFile(folder.Path("themes/" + Slug(cx.codebook.themes[i].id) + ".html"),
                       ThemePage(cx, static_cast<int>(i)));
  }
  if (!status.ok()) return status;
  std::ofstream rejects(folder.Path("rejects.csv"), std::ios::binary);
  WriteRejectsCsv(rejects, cx.ledger);
  rejects.close();
  if (!rejects) {
    return Status::OutputError(FormatError(Location{folder.Path("rejects.csv")}, "cannot write"));
  }
  return Status::Ok();
}

void PrintLedger(const Ledger& ledger, std::ostream& out) {
  for (const SourceTally& t : ledger.sources()) {
    out << "  " << t.source << " (" << t.channel << "): " << t.read << " read, " << t.accepted
        << " with free text, " << t.blank << " blank, ";
    if (t.duplicate > 0) out << t.duplicate << " repeats counted once, ";
    out << t.rejected << " rejected\n";
    for (const std::string& note : t.notes) out << "    note: " << note << "\n";
  }
}

void PrintRejects(const Ledger& ledger, std::ostream& err, size_t limit) {
  size_t shown = 0;
  for (const Reject& r : ledger.rejects()) {
    if (shown++ == limit) {
      err << "heard: ... and " << ledger.rejects().size() - limit
          << " more rejected records (see rejects.csv)\n";
      break;
    }
    err << r.location.ToString() << ": warning: record rejected: " << r.reason << "\n";
  }
}

void PrintTopThemes(const Codebook& codebook, const Summary& summary, std::ostream& out) {
  out << "Top themes (of " << summary.with_text << " responses with free text):\n";
  int shown = 0;
  for (int t : summary.Ranked(codebook, true)) {
    if (shown++ == 5 || summary.themes[t].responses == 0) break;
    out << "  " << codebook.themes[t].label << ": " << summary.themes[t].responses << " ("
        << Percent(summary.themes[t].responses, summary.with_text) << ")\n";
  }
}

// The folder a guessed manifest would be saved in: the input folder, or the
// first input file's folder.
std::string GuessBase(const InputRequest& input) {
  if (input.inputs.empty()) return ".";
  const fs::path first(input.inputs[0]);
  return fs::is_directory(first) ? first.string() : first.parent_path().string();
}

// False for a repeat or campaign copy the manifest counts once.
bool Counted(const CopyVerdict& verdict, const Manifest& manifest) {
  if (verdict.group < 0) return true;
  const bool campaign = verdict.kind == CopyGroup::Kind::kCampaign;
  return (campaign ? manifest.campaigns : manifest.duplicates) == CopyPolicy::kCountEach;
}

void MarkCopy(const CopyVerdict& verdict, const Manifest& manifest, CodedResponse* coded) {
  coded->copy_of = verdict.of;
  coded->copy_of_ordinal = verdict.of_ordinal;
  coded->campaign = verdict.kind == CopyGroup::Kind::kCampaign;
  coded->counted = Counted(verdict, manifest);
}

// Repeat and campaign detection on the coding threads: each batch is
// coded and fingerprinted (TagItem) in parallel with the others, then
// checked against every earlier response in reading order (the turnstile),
// so the verdicts are those of a single thread whatever --jobs is. The
// ledger learns of the repeats not counted again once reading is over
// (Settle).
class RepeatCheck {
 public:
  explicit RepeatCheck(const Manifest& manifest) : manifest_(manifest) {}

  void Decide(Batch& batch) {
    turnstile_.Enter(batch.turn);
    for (Item& item : batch.items) {
      item.verdict = finder_.Check(item.coded.response, item.fingerprint);
      item.fingerprint = {};
      if (!Counted(item.verdict, manifest_)) CountRepeat(item);
    }
    turnstile_.Leave();
  }

  void Settle(Ledger* ledger) const {
    for (size_t source = 0; source < repeats_.size(); ++source) {
      ledger->CountRepeats(source, repeats_[source].with_text, repeats_[source].blank);
    }
  }

  std::vector<CopyGroup> Groups() const { return finder_.Groups(); }

 private:
  struct Repeats {
    int64_t with_text = 0, blank = 0;
  };

  void CountRepeat(const Item& item) {
    if (repeats_.size() <= item.source) repeats_.resize(item.source + 1);
    ++(item.coded.response.HasText() ? repeats_[item.source].with_text
                                      : repeats_[item.source].blank);
  }

  const Manifest& manifest_;
  DuplicateFinder finder_;
  Turnstile turnstile_;
  std::vector<Repeats> repeats_;  // per source
};

// The workers' first share: code the response and, from the answers as
// normalised for coding, make its fingerprint for the repeat check.
void TagItem(const Tagger& tagger, Item* item) {
  FingerprintBuilder fingerprint;
  item->coded = tagger.Tag(std::move(item->response),
                           [&fingerprint](std::string_view text) { fingerprint.Add(text); });
  item->fingerprint = fingerprint.Finish(item->coded.response);
}

// Their second, once the batch's repeats are known: mark a copy and, unless
// an officer override will change its codes, make its responses-page HTML
// and, when it counts, cut its coded passages.
void FinishItem(const Manifest& manifest, const Overrides& overrides,
                const ResponsesPageWriter& page, Item* item) {
  if (item->verdict.group >= 0) MarkCopy(item->verdict, manifest, &item->coded);
  if (overrides.Touches(item->coded.response.id)) return;
  item->article = page.ArticleHtml(item->coded);
  item->article_made = true;
  if (item->coded.counted) {
    item->passages = CodedQuotes(item->coded, manifest.redact_names);
    for (const CodedQuote& passage : item->passages) {
      item->passages_html.push_back(PassagePagesWriter::PassageHtml(passage));
    }
    item->passages_cut = true;
  }
}

void PrintCopies(const std::vector<CopyGroup>& groups, const Manifest& manifest,
                 std::ostream& out) {
  int64_t identical = 0, campaign = 0;
  for (const CopyGroup& group : groups) {
    (group.kind == CopyGroup::Kind::kIdentical ? identical : campaign) +=
        static_cast<int64_t>(group.copies.size());
  }
  if (identical > 0) {
    out << "  " << identical << " identical repeat submission(s), counted "
        << (manifest.duplicates == CopyPolicy::kCountOnce ? "once" : "each time") << "\n";
  }
  if (campaign > 0) {
    out << "  " << campaign << " campaign copies (near-identical text), counted "
        << (manifest.campaigns == CopyPolicy::kCountOnce ? "once" : "each time") << "\n";
  }
}

}  // namespace

int DefaultJobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

StatusOr<Overrides> LoadOverrides(const std::string& path, const Session& session) {
  const bool given = !path.empty();
  return Overrides::Load(given ? path : Overrides::DefaultPath(session.manifest), given,
                         session.codebook, session.manifest);
}

void PrintOverrides(const Overrides& overrides, std::ostream& out, std::ostream& err) {
  if (overrides.empty()) return;
  for (const Override& o : overrides.all()) {
    if (o.applied > 0) continue;
    err << o.location.ToString() << ": warning: override changed nothing: "
        << (o.matched ? "the coding was already so" : "no response '" + o.response_id + "'")
        << "\n";
  }
  out << "  " << overrides.all().size() << " officer overrides (" << overrides.path()
      << "): " << overrides.Count().added << " codings added, " << overrides.Count().removed
      << " removed by hand\n";
}

void PrintQuoteChoices(const QuoteChoices& choices, std::ostream& out, std::ostream& err) {
  if (choices.all().empty()) return;
  int pins = 0, drops = 0;
  for (const QuoteChoice& choice : choices.all()) {
    (choice.pin ? pins : drops) += 1;
    if (choice.matched == 0) {
      err << choice.location.ToString() << ": warning: quote " << (choice.pin ? "pin" : "drop")
          << " matched no passage of response '" << choice.response_id << "'\n";
    }
  }
  out << "  quote choices (" << choices.path() << "): " << pins << " pinned, " << drops
      << " dropped\n";
}

std::string RunDate() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long value = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0') now = static_cast<std::time_t>(value);
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[16];
  std::strftime(date, sizeof date, "%Y-%m-%d", &utc);
  return date;
}

int Run(const RunOptions& options, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Session>> opened_session =
      OpenSession(options.input, options.codebook_path);
  if (!opened_session.ok()) return Fail(opened_session.status(), err);
  Session& session = **opened_session;
  const Manifest* manifest = &session.manifest;
  const Codebook* codebook = &session.codebook;
  if (manifest->path.empty()) {
    out << "No consultation.yaml given: taking sources and columns from the command line.\n";
  } else {
    out << "Reading " << manifest->path << "\n";
  }
  const std::string guessed =
      manifest->path.empty() ? ManifestYaml(*manifest, GuessBase(options.input)) : "";
  StatusOr<Overrides> overrides = LoadOverrides(options.overrides_path, session);
  if (!overrides.ok()) return Fail(overrides.status(), err);
  const bool quotes_given = !options.quotes_path.empty();
  StatusOr<QuoteChoices> choices = QuoteChoices::Load(
      quotes_given ? options.quotes_path : QuoteChoices::DefaultPath(manifest->path),
      quotes_given, *codebook);
  if (!choices.ok()) return Fail(choices.status(), err);

  OutputFolder folder(options.out_dir.empty() ? "reports/" + Slug(manifest->name)
                                              : options.out_dir);
  Status begun = folder.Begin();
  if (!begun.ok()) return Fail(begun, err);
  Streams streams;
  const std::string run_date = RunDate();
  Status opened = streams.Open(folder, *manifest, *codebook,
                               FooterHtml(*codebook, HEARD_VERSION, run_date), options.xlsx);
  if (!opened.ok()) return Fail(opened, err);

  Tagger tagger(*session.matcher);
  SummaryBuilder summary_builder(*codebook);
  QuoteSelector quotes(*codebook, 40, &*choices);
  RepeatCheck copies(*manifest);
  Ledger ledger;
  // In reading order, on the writing thread.
  auto deliver = [&](Item& item) {
    CodedResponse& coded = item.coded;
    overrides->Apply(&coded);
    if (coded.counted) {
      summary_builder.Add(coded);
      if (!item.passages_cut) item.passages = CodedQuotes(coded, manifest->redact_names);
      // A repeat or campaign copy adds nothing a quote of its first response
      // does not; CountCopies credits that quote with the copies at the end.
      if (coded.copy_of.empty()) quotes.OfferAll(item.passages);
    }
    streams.Add(coded, item.passages, item.article_made ? &item.article : nullptr,
                item.passages_cut ? &item.passages_html : nullptr);
  };
  OrderedWorkers<Batch> workers(
      options.jobs, 4 * static_cast<size_t>(options.jobs) + 4,
      [&](Batch& batch) {
        for (Item& item : batch.items) TagItem(tagger, &item);
        copies.Decide(batch);
        for (Item& item : batch.items) {
          FinishItem(*manifest, *overrides, *streams.responses_html, &item);
        }
      },
      [&](Batch& batch) {
        for (Item& item : batch.items) deliver(item);
      });
  Batch batch;
  int64_t ordinal = 0;
  Status ingested = Ingest(*manifest, &ledger, [&](Response response) {
    response.ordinal = ordinal++;
    // The source being read is the ledger's last; a repeat is counted as
    // such by copies.Settle, once its verdict is known.
    Item& item = batch.items.emplace_back();
    item.response = std::move(response);
    item.source = ledger.sources().size() - 1;
    if (batch.items.size() == kBatchSize) {
      const int64_t next_turn = batch.turn + 1;
      workers.Submit(std::exchange(batch, {next_turn, {}}));
    }
    return true;
  });
  if (!batch.items.empty()) workers.Submit(std::move(batch));
  workers.Finish();
  if (!ingested.ok()) return Fail(ingested, err);
  copies.Settle(&ledger);
  PrintLedger(ledger, out);
  if (options.xlsx == "auto" && streams.rows > kXlsxAutoLimit) {
    out << "  responses.xlsx left out: " << streams.rows << " responses is more than "
        << kXlsxAutoLimit << " (responses.csv holds them all; --xlsx yes writes it anyway)\n";
  }
  const std::vector<CopyGroup> copy_groups = copies.Groups();
  quotes.CountCopies(copy_groups);
  PrintCopies(copy_groups, *manifest, out);
  PrintOverrides(*overrides, out, err);
  PrintQuoteChoices(*choices, out, err);

  const Summary summary = summary_builder.Finish();
  const ReportContext context{*manifest, *codebook, summary, quotes, ledger, copy_groups,
                              run_date, HEARD_VERSION, &*overrides, &*choices};
  Status written = streams.Close(context, folder);
  if (written.ok() && !guessed.empty()) {
    written = WriteFile(folder.Path("suggested-consultation.yaml"), guessed);
  }
  if (written.ok()) written = WritePages(context, folder);
  if (written.ok()) written = folder.Commit();
  if (!written.ok()) return Fail(written, err);

  if (!guessed.empty()) {
    out << "\nWhat heard guessed, as a manifest (also saved as suggested-consultation.yaml in\n"
           "the report folder). Correct it, save it as consultation.yaml beside the data,\n"
           "and run heard on that folder (doc/manifest.md explains each key):\n\n"
        << guessed << "\n";
  }
  PrintRejects(ledger, err, 10);
  PrintTopThemes(*codebook, summary, out);
  out << "Report: " << (fs::path(folder.target()) / "index.html").string() << "\n";
  if (options.strict && ledger.TotalRejected() > 0) {
    err << "heard: error: " << ledger.TotalRejected()
        << " records rejected and --strict is set (see rejects.csv)\n";
    return kExitInput;
  }
  return kExitOk;
}

}  // namespace heard
