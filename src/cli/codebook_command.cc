// heard codebook check [PATH]
#include <iostream>

#include "cli/commands.h"
#include "pipeline/codebook_check_run.h"
#include "pipeline/codebook_convert.h"
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

int ConvertSubcommand(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << "Usage: heard codebook convert PATH [--out FILE]\n\n"
                 "Writes the codebook at PATH (heard YAML, a quanteda YAML dictionary or a\n"
                 "LIWC .dic file) in heard's own YAML format, to FILE or to the screen, so an\n"
                 "imported dictionary can be edited and versioned. FILE is never replaced.\n";
    return args.empty() ? kExitUsage : kExitOk;
  }
  std::string out_path;
  if (args.size() == 3 && args[1] == "--out") {
    out_path = args[2];
  } else if (args.size() != 1) {
    std::cerr << "heard codebook convert: expected PATH [--out FILE]\n";
    return kExitUsage;
  }
  return ConvertCodebook(args[0], out_path, std::cout, std::cerr);
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
  if (!args.empty() && args[0] == "convert") {
    return ConvertSubcommand(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  std::cerr << "heard codebook: expected 'check' or 'convert'\nTry 'heard codebook check "
               "--help'.\n";
  return kExitUsage;
}

}  // namespace heard
