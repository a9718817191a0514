// heard kwic TERM INPUT... | heard kwic --theme ID INPUT...
#include <iostream>

#include "cli/commands.h"
#include "pipeline/kwic.h"
#include "pipeline/session.h"

namespace heard {

namespace po = boost::program_options;

int KwicCommand(const std::vector<std::string>& args) {
  KwicOptions options;
  int width = 40;
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("theme", po::value(&options.theme)->value_name("ID"),
       "show every hit of this theme's terms instead of one TERM")
      ("width,w", po::value(&width)->value_name("N")->default_value(40),
       "characters of context either side of a hit");
  AddInputOptions(&desc, &options.input, &options.codebook_path);
  const std::string help =
      "Usage: heard kwic TERM INPUT... [options]\n"
      "       heard kwic --theme ID INPUT... [options]\n\n"
      "Prints every hit of TERM in the answers of INPUT, one line each: the response\n"
      "id, the text before the hit, the hit, and the text after it, as written.\n"
      "TERM uses codebook syntax: a word, a phrase, a word with * wildcards, or\n"
      "re:PATTERN for an RE2 regex; it matches exactly as it would in a codebook.\n"
      "With --theme, every hit of the theme's own terms is shown with the term that\n"
      "fired, and hits its exclusions cancel are marked (excluded). Ends with the\n"
      "number of hits and of responses with a hit.\n\n"
      "Examples:\n"
      "  heard kwic 'respit*' surveys/sample\n"
      "  heard kwic 're:(?:day|night) off' surveys/sample --width 30\n"
      "  heard kwic --theme breaks surveys/sample\n";
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandLine("kwic", args, desc, help, &options.input.inputs, &vm, &exit_code)) {
    return exit_code;
  }
  if (options.theme.empty()) {
    options.term = options.input.inputs.front();
    options.input.inputs.erase(options.input.inputs.begin());
    if (options.input.inputs.empty()) {
      std::cerr << "heard kwic: no input given after TERM\nTry 'heard kwic --help'.\n";
      return kExitUsage;
    }
  }
  if (width < 1) {
    std::cerr << "heard kwic: --width must be at least 1\nTry 'heard kwic --help'.\n";
    return kExitUsage;
  }
  options.width = static_cast<size_t>(width);
  return Kwic(options, std::cout, std::cerr);
}

}  // namespace heard
