#include "tag/overrides.h"

#include <algorithm>
#include <filesystem>

#include "ingest/keyed_csv.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

bool HasQuestion(const Manifest& manifest, const std::string& id) {
  return std::any_of(manifest.questions.begin(), manifest.questions.end(),
                     [&](const Question& q) { return q.id == id; });
}

StatusOr<Override> ParseRow(const KeyedRow& row, const Codebook& codebook,
                            const Manifest& manifest) {
  Override o;
  o.location = row.location;
  o.response_id = row.values[0];
  o.question = row.values[1];
  o.note = row.values[4];
  if (o.response_id.empty()) {
    return Status::InputError(FormatError(row.location, "no response_id"));
  }
  o.theme = codebook.IndexOf(row.values[2]);
  if (o.theme < 0) {
    return Status::InputError(FormatError(row.location, "unknown theme '" + row.values[2] +
                                                            "' (not in codebook '" +
                                                            codebook.name + "')"));
  }
  const std::string& action = row.values[3];
  if (action != "add" && action != "remove") {
    return Status::InputError(
        FormatError(row.location, "action must be 'add' or 'remove', not '" + action + "'"));
  }
  o.add = action == "add";
  if (!o.question.empty() && !HasQuestion(manifest, o.question)) {
    return Status::InputError(FormatError(
        row.location, "unknown question '" + o.question + "' (not in the manifest)"));
  }
  return o;
}

bool Carries(const AnswerCoding& answer, int theme) {
  return std::any_of(answer.codings.begin(), answer.codings.end(),
                     [&](const Coding& c) { return c.theme == theme; });
}

}  // namespace

std::string Overrides::DefaultPath(const Manifest& manifest) {
  if (manifest.path.empty()) return "";
  return (fs::path(manifest.path).parent_path() / "overrides.csv").string();
}

StatusOr<Overrides> Overrides::Load(const std::string& path, bool must_exist,
                                    const Codebook& codebook, const Manifest& manifest) {
  Overrides overrides;
  if (path.empty() || (!must_exist && !fs::exists(path))) return overrides;
  StatusOr<std::vector<KeyedRow>> rows =
      ReadKeyedCsv(path, {"response_id", "question", "theme", "action"}, {"note"});
  if (!rows.ok()) return rows.status();
  overrides.path_ = path;
  for (const KeyedRow& row : *rows) {
    StatusOr<Override> o = ParseRow(row, codebook, manifest);
    if (!o.ok()) return o.status();
    overrides.by_response_[o->response_id].push_back(overrides.overrides_.size());
    overrides.overrides_.push_back(std::move(*o));
  }
  return overrides;
}

Overrides::Tally Overrides::Count() const {
  Tally tally;
  for (const Override& o : overrides_) {
    (o.add ? tally.added : tally.removed) += o.applied;
    if (o.applied == 0) ++tally.unapplied;
  }
  return tally;
}

void Overrides::Apply(CodedResponse* coded) {
  auto found = by_response_.find(coded->response.id);
  if (found == by_response_.end()) return;
  for (size_t index : found->second) {
    overrides_[index].matched = true;
    ApplyOne(&overrides_[index], coded);
  }
}

void Overrides::ApplyOne(Override* o, CodedResponse* coded) const {
  for (size_t i = 0; i < coded->answers.size(); ++i) {
    AnswerCoding& answer = coded->answers[i];
    if (!o->question.empty() && answer.question != o->question) continue;
    if (o->add) {
      if (o->question.empty() && IsBlank(coded->response.answers[i].text)) continue;
      if (Carries(answer, o->theme)) return;  // the lexicon already codes it
      Coding manual;
      manual.theme = o->theme;
      manual.origin = Coding::Origin::kManual;
      manual.note = o->note;
      auto at = std::find_if(answer.codings.begin(), answer.codings.end(),
                             [&](const Coding& c) { return c.theme > o->theme; });
      answer.codings.insert(at, std::move(manual));
      ++o->applied;
      return;  // an add codes one answer
    }
    auto it = std::find_if(answer.codings.begin(), answer.codings.end(),
                           [&](const Coding& c) { return c.theme == o->theme; });
    if (it == answer.codings.end()) continue;
    it->origin = Coding::Origin::kManual;
    it->note = o->note;
    answer.removed.push_back(std::move(*it));
    answer.codings.erase(it);
    ++o->applied;
  }
}

}  // namespace heard
