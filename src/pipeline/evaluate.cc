#include "pipeline/evaluate.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "analyse/agreement.h"
#include "ingest/ingest.h"
#include "ingest/keyed_csv.h"
#include "pipeline/session.h"
#include "report/csv_writer.h"
#include "tag/tagger.h"

namespace heard {
namespace {

struct GoldRow {
  std::set<int> themes;
  Location location;  // its first row in the gold file
  bool seen = false;  // the inputs hold a response with this id
};

using Gold = std::map<std::string, GoldRow>;

// A theme the gold or the tool gave one response, and the other did not.
struct Disagreement {
  int theme = -1;
  bool missed = false;  // in the gold only; else the tool's only
  std::string response_id;
  std::string terms;    // what fired (tool only), or the exclusions that held it back
  std::string text;     // the response's free text, answers joined
};

void AddWithParent(const Codebook& codebook, int theme, std::set<int>* themes) {
  themes->insert(theme);
  const std::string& parent = codebook.themes[theme].parent;
  if (!parent.empty()) themes->insert(codebook.IndexOf(parent));
}

StatusOr<Gold> ReadGold(const std::string& path, const Codebook& codebook) {
  StatusOr<std::vector<KeyedRow>> rows = ReadKeyedCsv(path, {"response_id", "theme"});
  if (!rows.ok()) return rows.status();
  Gold gold;
  for (const KeyedRow& row : *rows) {
    const std::string& id = row.values[0];
    if (id.empty()) return Status::InputError(FormatError(row.location, "no response_id"));
    const int theme = codebook.IndexOf(row.values[1]);
    if (theme < 0) {
      return Status::InputError(FormatError(
          row.location, "unknown theme '" + row.values[1] + "' (not in codebook '" +
                            codebook.name + "')"));
    }
    auto [it, added] = gold.try_emplace(id);
    if (added) it->second.location = row.location;
    AddWithParent(codebook, theme, &it->second.themes);
  }
  return gold;
}

StatusOr<std::vector<int>> FocusThemes(const std::vector<std::string>& ids,
                                       const Codebook& codebook, const Gold& gold) {
  std::vector<int> focus;
  for (const std::string& id : ids) {
    const int theme = codebook.IndexOf(id);
    if (theme < 0) return Status::UsageError("--themes: unknown theme '" + id + "'");
    focus.push_back(theme);
  }
  if (!focus.empty()) return focus;
  std::set<int> coded;
  for (const auto& [id, row] : gold) coded.insert(row.themes.begin(), row.themes.end());
  return std::vector<int>(coded.begin(), coded.end());
}

std::string ResponseText(const Response& response) {
  std::string text;
  for (const Answer& answer : response.answers) {
    if (IsBlank(answer.text)) continue;
    if (!text.empty()) text += " | ";
    text += answer.text;
  }
  return text;
}

// The terms behind `theme` (or its sub-themes) in `coded`, "a; b", from its
// counted hits or, with `excluded`, from the hits an exclusion held back.
std::string TermsFor(const CodedResponse& coded, int theme, const Codebook& codebook,
                     bool excluded) {
  std::set<std::string> terms;
  for (const AnswerCoding& answer : coded.answers) {
    for (const Coding& coding : answer.codings) {
      const Theme& coded_theme = codebook.themes[coding.theme];
      if (coding.theme != theme && codebook.IndexOf(coded_theme.parent) != theme) continue;
      for (const Hit& hit : excluded ? coding.excluded : coding.hits) {
        const std::string& text = coded_theme.terms[hit.term].text;
        terms.insert(coded_theme.terms[hit.term].kind == Term::Kind::kRegex ? "re:" + text
                                                                            : text);
      }
    }
  }
  std::string joined;
  for (const std::string& term : terms) joined += (joined.empty() ? "" : "; ") + term;
  return joined;
}

std::string Fixed(std::optional<double> value) {
  if (!value) return "-";
  char text[16];
  std::snprintf(text, sizeof text, "%.3f", *value);
  return text;
}

std::string Padded(const std::string& text, size_t width, bool right) {
  if (text.size() >= width) return text;
  const std::string pad(width - text.size(), ' ');
  return right ? pad + text : text + pad;
}

void PrintTable(const Codebook& codebook, const std::vector<ThemeAgreement>& agreement,
                std::ostream& out) {
  size_t width = 5;
  for (const Theme& theme : codebook.themes) width = std::max(width, theme.id.size());
  out << Padded("theme", width + 2, false) << "  gold heard  both  precision  recall      F1"
      << "   kappa\n";
  for (size_t t = 0; t < agreement.size(); ++t) {
    const ThemeAgreement& a = agreement[t];
    if (a.Gold() == 0 && a.Tool() == 0) continue;
    const Theme& theme = codebook.themes[t];
    out << Padded((theme.parent.empty() ? "" : "  ") + theme.id, width + 2, false)
        << Padded(std::to_string(a.Gold()), 6, true) << Padded(std::to_string(a.Tool()), 6, true)
        << Padded(std::to_string(a.both), 6, true) << Padded(Fixed(a.Precision()), 11, true)
        << Padded(Fixed(a.Recall()), 8, true) << Padded(Fixed(a.F1()), 8, true)
        << Padded(Fixed(a.Kappa()), 8, true) << "\n";
  }
}

std::string OneLine(const std::string& text, size_t limit) {
  std::string line;
  for (char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (line.size() <= limit) return line;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  return line.substr(0, cut) + "...";
}

void PrintDisagreements(const Codebook& codebook, std::vector<Disagreement> list,
                        std::ostream& out) {
  std::stable_sort(list.begin(), list.end(), [](const Disagreement& a, const Disagreement& b) {
    if (a.theme != b.theme) return a.theme < b.theme;
    return a.missed && !b.missed;  // misses first
  });
  int theme = -1;
  for (const Disagreement& d : list) {
    if (d.theme != theme) {
      theme = d.theme;
      out << "\n" << codebook.themes[theme].id << ":\n";
    }
    out << (d.missed ? "  missed " : "  extra  ") << d.response_id;
    if (!d.terms.empty()) out << (d.missed ? " [excluded: " : " [") << d.terms << "]";
    out << "\n      " << OneLine(d.text, 160) << "\n";
  }
}

Status WriteDisagreements(const std::string& path, const Codebook& codebook,
                          const std::vector<Disagreement>& list) {
  std::ofstream file(path, std::ios::binary);
  WriteCsvRow(file, {"response_id", "theme", "kind", "terms", "text"});
  for (const Disagreement& d : list) {
    WriteCsvRow(file, {d.response_id, codebook.themes[d.theme].id,
                       d.missed ? "missed" : "extra", d.terms, d.text});
  }
  file.close();
  if (!file) return Status::OutputError(FormatError({path}, "cannot write"));
  return Status::Ok();
}

}  // namespace

int Evaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err) {
  StatusOr<std::unique_ptr<Session>> opened = OpenSession(options.input, options.codebook_path);
  if (!opened.ok()) return Fail(opened.status(), err);
  const Session& session = **opened;
  const Codebook& codebook = session.codebook;
  StatusOr<Gold> gold = ReadGold(options.gold_path, codebook);
  if (!gold.ok()) return Fail(gold.status(), err);
  StatusOr<std::vector<int>> focus = FocusThemes(options.focus, codebook, *gold);
  if (!focus.ok()) return Fail(focus.status(), err);

  Tagger tagger(*session.matcher);
  std::vector<ThemeAgreement> agreement(codebook.themes.size());
  std::vector<Disagreement> disagreements;
  int64_t evaluated = 0;
  Ledger ledger;
  Status ingested = Ingest(session.manifest, &ledger, [&](Response response) {
    CodedResponse coded = tagger.Tag(std::move(response));
    ++evaluated;
    std::set<int> said;
    auto found = gold->find(coded.response.id);
    if (found != gold->end()) {
      found->second.seen = true;
      said = found->second.themes;
    }
    const std::vector<int> rolled = coded.RolledUp(codebook);
    const std::set<int> tool(rolled.begin(), rolled.end());
    for (size_t t = 0; t < agreement.size(); ++t) {
      const int theme = static_cast<int>(t);
      const bool by_tool = tool.count(theme) > 0, by_gold = said.count(theme) > 0;
      agreement[t].Add(by_tool, by_gold);
      if (by_tool == by_gold) continue;
      disagreements.push_back({theme, by_gold, coded.response.id,
                               TermsFor(coded, theme, codebook, by_gold),
                               ResponseText(coded.response)});
    }
    return true;
  });
  if (!ingested.ok()) return Fail(ingested, err);
  int64_t unseen = 0;
  for (const auto& [id, row] : *gold) {
    if (row.seen) continue;
    if (unseen++ < 5) {
      err << row.location.ToString() << ": warning: no response '" << id
          << "' in the inputs; its codes are left out\n";
    }
  }
  if (unseen > 5) err << "heard: ... " << unseen << " gold response ids in all not found\n";

  out << "Agreement of codebook '" << codebook.name << "' " << codebook.version << " with "
      << options.gold_path << "\n"
      << evaluated << " responses coded; the gold codes " << gold->size() - unseen
      << " of them (the rest carry no theme in the gold).\n\n";
  PrintTable(codebook, agreement, out);
  std::vector<ThemeAgreement> focused;
  std::string names;
  for (int theme : *focus) {
    focused.push_back(agreement[theme]);
    names += (names.empty() ? "" : ", ") + codebook.themes[theme].id;
  }
  out << "\nmacro-F1 over " << names << ": " << Fixed(MacroF1(focused)) << "\n"
      << disagreements.size() << " disagreements (missed: in the gold only; extra: heard only)\n";
  if (options.show_disagreements) PrintDisagreements(codebook, disagreements, out);
  if (!options.disagreements_path.empty()) {
    Status written = WriteDisagreements(options.disagreements_path, codebook, disagreements);
    if (!written.ok()) return Fail(written, err);
  }
  return kExitOk;
}

}  // namespace heard
