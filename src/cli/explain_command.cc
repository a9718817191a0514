// heard explain INPUT... [--id ID]... | heard explain --text TEXT
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/explain.h"
#include "pipeline/session.h"

namespace heard {

namespace po = boost::program_options;

int ExplainCommand(const std::vector<std::string>& args) {
  ExplainOptions options;
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("id", po::value(&options.ids)->value_name("ID")->composing(),
       "explain this response (repeat for several); default: every response")
      ("text", po::value(&options.text)->value_name("TEXT"),
       "explain this text instead of reading INPUT")
      ("overrides", po::value(&options.overrides_path)->value_name("CSV"),
       "officer overrides (default: overrides.csv beside the manifest)");
  AddInputOptions(&desc, &options.input, &options.codebook_path);
  const std::string help =
      "Usage: heard explain INPUT... [--id ID]... [options]\n"
      "       heard explain --text TEXT [--codebook PATH]\n\n"
      "Shows why each answer carries its themes: for every hit, the words matched,\n"
      "where they are (characters, from 1), the term and its line in the codebook;\n"
      "for every hit an exclusion cancelled, the exclusion; and officers' overrides.\n";
  std::vector<std::string> inputs;
  po::variables_map vm;
  int exit_code = kExitOk;
  const bool text_only = std::find(args.begin(), args.end(), "--text") != args.end() &&
                         std::find(args.begin(), args.end(), "--id") == args.end();
  if (!ParseCommandLine("explain", args, desc, help, &options.input.inputs, &vm, &exit_code,
                        /*inputs_required=*/!text_only)) {
    return exit_code;
  }
  return Explain(options, std::cout, std::cerr);
}

}  // namespace heard
