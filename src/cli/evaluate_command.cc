// heard evaluate --gold GOLD.csv INPUT...
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "pipeline/evaluate.h"
#include "pipeline/session.h"

namespace heard {

namespace po = boost::program_options;

namespace {

std::vector<std::string> SplitList(const std::vector<std::string>& values) {
  std::vector<std::string> items;
  for (const std::string& value : values) {
    std::stringstream stream(value);
    std::string item;
    while (std::getline(stream, item, ',')) {
      if (!item.empty()) items.push_back(item);
    }
  }
  return items;
}

}  // namespace

int EvaluateCommand(const std::vector<std::string>& args) {
  EvaluateOptions options;
  std::vector<std::string> themes;
  bool quiet = false;
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("gold,g", po::value(&options.gold_path)->value_name("CSV")->required(),
       "the hand-coded file: columns response_id,theme, one row per code")
      ("themes", po::value(&themes)->value_name("ID,ID")->composing(),
       "themes the macro-F1 is taken over (default: every theme the gold uses)")
      ("disagreements", po::value(&options.disagreements_path)->value_name("CSV"),
       "also write every disagreement to this CSV file")
      ("quiet,q", po::bool_switch(&quiet), "print the table only, not the disagreements");
  AddInputOptions(&desc, &options.input, &options.codebook_path);
  const std::string help =
      "Usage: heard evaluate --gold GOLD.csv INPUT... [options]\n\n"
      "Codes INPUT as 'heard run' would and compares it, response by response, with a\n"
      "hand-coded file. Prints per theme: how many responses the gold and heard coded,\n"
      "how many both, precision, recall, F1 and Cohen's kappa; then the macro-F1 and\n"
      "each disagreement with the terms that fired. A sub-theme counts for its parent.\n";
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandLine("evaluate", args, desc, help, &options.input.inputs, &vm, &exit_code)) {
    return exit_code;
  }
  options.focus = SplitList(themes);
  options.show_disagreements = !quiet;
  return Evaluate(options, std::cout, std::cerr);
}

}  // namespace heard
