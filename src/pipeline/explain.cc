#include "pipeline/explain.h"

#include <algorithm>
#include <set>

#include "analyse/explanation.h"
#include "ingest/ingest.h"
#include "lexicon/codebook_loader.h"
#include "pipeline/run.h"
#include "pipeline/session.h"
#include "tag/overrides.h"
#include "tag/tagger.h"
#include "text/normalizer.h"

namespace heard {
namespace {

int ExplainText(const ExplainOptions& options, std::ostream& out, std::ostream& err) {
  StatusOr<Codebook> codebook = LoadCodebook(
      options.codebook_path.empty() ? DefaultCodebookPath() : options.codebook_path);
  if (!codebook.ok()) return Fail(codebook.status(), err);
  StatusOr<std::unique_ptr<Matcher>> matcher = Matcher::Compile(*codebook);
  if (!matcher.ok()) return Fail(matcher.status(), err);
  out << "Codebook " << codebook->name << " " << codebook->version << " (" << codebook->path
      << ")\n"
      << ExplainAnswer(*codebook, options.text, (*matcher)->Code(Normalize(options.text), true));
  return kExitOk;
}

void PrintResponse(const Codebook& codebook, const CodedResponse& coded, std::ostream& out) {
  const Response& r = coded.response;
  out << "\n" << r.id << " (" << r.location.ToString() << ", " << r.channel << ")\n";
  for (size_t a = 0; a < r.answers.size(); ++a) {
    if (IsBlank(r.answers[a].text)) continue;
    const AnswerCoding& answer = coded.answers[a];
    out << " " << answer.question << ":\n" << ExplainAnswer(codebook, r.answers[a].text,
                                                           answer.codings);
    for (const Coding& removed : answer.removed) {
      out << "  not " << codebook.themes[removed.theme].id << ": removed by hand"
          << (removed.note.empty() ? "" : " (" + removed.note + ")") << "\n";
    }
  }
}

}  // namespace

int Explain(const ExplainOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.text.empty()) return ExplainText(options, out, err);
  StatusOr<std::unique_ptr<Session>> opened = OpenSession(options.input, options.codebook_path);
  if (!opened.ok()) return Fail(opened.status(), err);
  const Session& session = **opened;
  StatusOr<Overrides> overrides = LoadOverrides(options.overrides_path, session);
  if (!overrides.ok()) return Fail(overrides.status(), err);
  out << "Codebook " << session.codebook.name << " " << session.codebook.version << " ("
      << session.codebook.path << ")\n";
  const std::set<std::string> wanted(options.ids.begin(), options.ids.end());
  std::set<std::string> found;
  Ledger ledger;
  Status ingested = Ingest(session.manifest, &ledger, [&](Response response) {
    if (!wanted.empty() && wanted.count(response.id) == 0) return true;
    found.insert(response.id);
    CodedResponse coded;
    coded.answers.reserve(response.answers.size());
    for (const Answer& answer : response.answers) {
      AnswerCoding coding{answer.question, {}, {}};
      if (!IsBlank(answer.text)) coding.codings = session.matcher->Code(Normalize(answer.text), true);
      coded.answers.push_back(std::move(coding));
    }
    coded.response = std::move(response);
    overrides->Apply(&coded);
    PrintResponse(session.codebook, coded, out);
    return true;
  });
  if (!ingested.ok()) return Fail(ingested, err);
  int missing = 0;
  for (const std::string& id : wanted) {
    if (found.count(id) > 0) continue;
    err << "heard explain: no response '" << id << "' in the inputs\n";
    ++missing;
  }
  return missing > 0 ? kExitUsage : kExitOk;
}

}  // namespace heard
