// heard suggest INPUT... [--top N] [--csv FILE]
#include <iostream>

#include "cli/commands.h"
#include "pipeline/session.h"
#include "pipeline/suggest.h"

namespace heard {

namespace po = boost::program_options;

int SuggestCommand(const std::vector<std::string>& args) {
  SuggestOptions options;
  int top = 20;
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("top,n", po::value(&top)->value_name("N")->default_value(20),
       "rows in each list")
      ("csv", po::value(&options.csv_path)->value_name("FILE"),
       "also write every row to this CSV file");
  AddInputOptions(&desc, &options.input, &options.codebook_path);
  const std::string help =
      "Usage: heard suggest INPUT... [options]\n\n"
      "Codes INPUT as 'heard run' would and suggests candidates for the codebook:\n"
      "  - the words and two-word phrases most used in answers no theme coded, by\n"
      "    the number of responses using them (stop words, numbers and words of one\n"
      "    or two letters left out);\n"
      "  - for each theme, the words and phrases most over-represented in the\n"
      "    responses it coded against all others (Dunning's log-likelihood G2),\n"
      "    and whether one of the theme's terms already matches them.\n";
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandLine("suggest", args, desc, help, &options.input.inputs, &vm, &exit_code)) {
    return exit_code;
  }
  if (top < 1) {
    std::cerr << "heard suggest: --top must be at least 1\nTry 'heard suggest --help'.\n";
    return kExitUsage;
  }
  options.top = static_cast<size_t>(top);
  return Suggest(options, std::cout, std::cerr);
}

}  // namespace heard
