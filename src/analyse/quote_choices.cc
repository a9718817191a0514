#include "analyse/quote_choices.h"

#include <filesystem>

#include "ingest/keyed_csv.h"
#include "text/normalizer.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

StatusOr<QuoteChoice> ParseChoice(const KeyedRow& row, const Codebook& codebook) {
  QuoteChoice choice;
  choice.location = row.location;
  const std::string& action = row.values[0];
  if (action != "pin" && action != "drop") {
    return Status::InputError(
        FormatError(row.location, "action must be 'pin' or 'drop', not '" + action + "'"));
  }
  choice.pin = action == "pin";
  if (!row.values[1].empty()) {
    choice.theme = codebook.IndexOf(row.values[1]);
    if (choice.theme < 0) {
      return Status::InputError(FormatError(
          row.location, "unknown theme '" + row.values[1] + "' (not in codebook '" +
                            codebook.name + "')"));
    }
  } else if (choice.pin) {
    return Status::InputError(FormatError(row.location, "a pin needs a theme"));
  }
  choice.response_id = row.values[2];
  if (choice.response_id.empty()) {
    return Status::InputError(FormatError(row.location, "no response_id"));
  }
  choice.text = NormalizeForMatch(row.values[3]);
  return choice;
}

}  // namespace

std::string QuoteChoices::DefaultPath(const std::string& manifest_path) {
  if (manifest_path.empty()) return "";
  return (fs::path(manifest_path).parent_path() / "quotes.csv").string();
}

StatusOr<QuoteChoices> QuoteChoices::Load(const std::string& path, bool must_exist,
                                          const Codebook& codebook) {
  QuoteChoices choices;
  if (path.empty() || (!must_exist && !fs::exists(path))) return choices;
  StatusOr<std::vector<KeyedRow>> rows =
      ReadKeyedCsv(path, {"action", "theme", "response_id"}, {"text"});
  if (!rows.ok()) return rows.status();
  choices.path_ = path;
  for (const KeyedRow& row : *rows) {
    StatusOr<QuoteChoice> choice = ParseChoice(row, codebook);
    if (!choice.ok()) return choice.status();
    choices.choices_.push_back(std::move(*choice));
  }
  return choices;
}

const QuoteChoice* QuoteChoices::Find(int theme, const std::string& response_id,
                                      const std::string& text) const {
  const QuoteChoice* pin = nullptr;
  std::string normalised;
  for (const QuoteChoice& choice : choices_) {
    if (choice.response_id != response_id) continue;
    if (choice.theme >= 0 && choice.theme != theme) continue;
    if (!choice.text.empty()) {
      if (normalised.empty()) normalised = NormalizeForMatch(text);
      if (normalised.find(choice.text) == std::string::npos) continue;
    }
    if (!choice.pin) return &choice;
    if (pin == nullptr) pin = &choice;
  }
  return pin;
}

}  // namespace heard
