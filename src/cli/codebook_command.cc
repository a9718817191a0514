// heard codebook check [PATH]
#include <iostream>

#include "cli/commands.h"
#include "pipeline/codebook_check_run.h"
#include "pipeline/session.h"

namespace heard {

namespace po = boost::program_options;

namespace {

constexpr char kHelp[] =
    "Usage: heard codebook check [PATH]\n\n"
    "Loads the codebook at PATH (a YAML file or a folder holding codebook.yaml;\n"
    "default: the carers codebook) and reports, as file:line:col: warning: ...,\n"
    "rules that load but cannot work as meant: a term listed twice, a term another\n"
    "term of the theme already covers, regex characters normalised answers never\n"
    "contain, regexes that match the empty string, themes that can never code.\n"
    "A term shared by two themes is a note. Ends with a summary line.\n\n"
    "Exit codes: 0 no warnings (notes allowed); 1 warnings found; 2 usage error;\n"
    "3 the codebook does not load.\n";

int CheckSubcommand(const std::vector<std::string>& args) {
  std::string path;
  po::options_description desc("Options");
  desc.add_options()("help,h", "show this help");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&path));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("path", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "heard codebook check: " << e.what()
              << "\nTry 'heard codebook check --help'.\n";
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << kHelp << "\n" << desc;
    return kExitOk;
  }
  return CheckCodebookAt(path, std::cout, std::cerr);
}

}  // namespace

int CodebookCommand(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "check") {
    return CheckSubcommand(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kHelp;
    return kExitOk;
  }
  std::cerr << "heard codebook: expected 'check'\nTry 'heard codebook check --help'.\n";
  return kExitUsage;
}

}  // namespace heard
