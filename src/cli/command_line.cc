// Option parsing shared by the subcommands.
#include <iostream>

#include "cli/commands.h"
#include "pipeline/session.h"

namespace heard {

namespace po = boost::program_options;

void AddInputOptions(po::options_description* desc, InputRequest* input,
                     std::string* codebook_path) {
  desc->add_options()
      ("codebook,c", po::value(codebook_path)->value_name("PATH"),
       "codebook file or folder (default: lexicons/carers)")
      ("text-column,t", po::value(&input->text_columns)->value_name("NAME")->composing(),
       "a free-text column to code, by its header; repeat for several (no manifest only)")
      ("id-column", po::value(&input->id_column)->value_name("NAME"),
       "the column holding each response's id (no manifest only)")
      ("channel", po::value(&input->channel)->value_name("NAME"),
       "channel for the inputs, e.g. survey, workshop (no manifest only)")
      ("limit", po::value(&input->limits)->value_name("NAME=N")->composing(),
       "set a limit over the manifest's, e.g. max_rows=100000 or max_field_bytes=4MiB; "
       "repeat for several (names: doc/manifest.md, limits)");
}

bool ParseCommandLine(const std::string& name, const std::vector<std::string>& args,
                      const po::options_description& desc, const std::string& help,
                      std::vector<std::string>* inputs, po::variables_map* vm, int* exit_code,
                      bool inputs_required) {
  po::options_description hidden;
  hidden.add_options()("input", po::value(inputs)->composing());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), *vm);
    if (vm->count("help")) {  // before notify(), which would insist on required options
      std::cout << help << "\n" << desc;
      *exit_code = kExitOk;
      return false;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "heard " << name << ": " << e.what() << "\nTry 'heard " << name
              << " --help'.\n";
    *exit_code = kExitUsage;
    return false;
  }
  if (inputs->empty() && inputs_required) {
    std::cerr << "heard " << name << ": no input given\nTry 'heard " << name << " --help'.\n";
    *exit_code = kExitUsage;
    return false;
  }
  return true;
}

}  // namespace heard
