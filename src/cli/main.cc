// heard's command line: parses options, calls the pipeline, returns its exit
// code. No logic lives here.
#include <boost/program_options.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "pipeline/run.h"

namespace po = boost::program_options;

namespace {

constexpr char kUsage[] =
    "heard: reads a consultation's returns, codes every free-text answer against a\n"
    "codebook of themes, and writes a report a committee can read.\n"
    "\n"
    "Usage:\n"
    "  heard run INPUT... [options]     analyse a consultation and write its report\n"
    "  heard --help | --version\n"
    "\n"
    "INPUT is a consultation folder holding consultation.yaml, a manifest file, or\n"
    "data files (.csv, .tsv, .txt, .md) and folders of them. Without a manifest,\n"
    "free-text columns are found automatically or named with --text-column.\n"
    "\n"
    "Examples:\n"
    "  heard run surveys/sample\n"
    "  heard run responses.csv --text-column \"What could be better?\" --id-column id\n"
    "  heard run notes/ --channel \"carers' cafe workshop\" --out reports/cafe\n"
    "\n"
    "Exit codes: 0 done (rejected records, if any, are in the report); 2 usage error;\n"
    "3 input error (unreadable file, invalid manifest or codebook), or rejected\n"
    "records with --strict; 4 the report could not be written.\n";

void PrintRunHelp(const po::options_description& options) {
  std::cout << "Usage: heard run INPUT... [options]\n\n" << options
            << "\nThe report goes to reports/<consultation name>/ unless --out is given:\n"
               "index.html (summary), themes/<id>.html, responses.html, method.html,\n"
               "codings.csv, responses.csv, summary.json and rejects.csv.\n";
}

po::options_description RunOptionsDescription(heard::RunOptions* options) {
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("out,o", po::value(&options->out_dir)->value_name("DIR"),
       "write the report here (default: reports/<name>/); only a folder heard "
       "wrote before is ever replaced")
      ("codebook,c", po::value(&options->codebook_path)->value_name("PATH"),
       "codebook file or folder (default: lexicons/carers)")
      ("text-column,t",
       po::value(&options->input.text_columns)->value_name("NAME")->composing(),
       "a free-text column to code, by its header; repeat for several "
       "(no manifest only)")
      ("id-column", po::value(&options->input.id_column)->value_name("NAME"),
       "the column holding each response's id (no manifest only)")
      ("channel", po::value(&options->input.channel)->value_name("NAME"),
       "channel for the inputs, e.g. survey, workshop (no manifest only)")
      ("strict", po::bool_switch(&options->strict),
       "exit 3 if any record is rejected (the report is still written)")
      ("jobs,j", po::value<int>()->value_name("N"),
       "threads to use (accepted; this version codes on one thread)");
  return desc;
}

int RunCommand(const std::vector<std::string>& args) {
  heard::RunOptions options;
  po::options_description desc = RunOptionsDescription(&options);
  po::options_description hidden;
  hidden.add_options()("input", po::value(&options.input.inputs)->composing());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "heard run: " << e.what() << "\nTry 'heard run --help'.\n";
    return heard::kExitUsage;
  }
  if (vm.count("help")) {
    PrintRunHelp(desc);
    return heard::kExitOk;
  }
  if (options.input.inputs.empty()) {
    std::cerr << "heard run: no input given\nTry 'heard run --help'.\n";
    return heard::kExitUsage;
  }
  return heard::Run(options, std::cout, std::cerr);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? heard::kExitUsage : heard::kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "heard " << HEARD_VERSION << "\n";
    return heard::kExitOk;
  }
  if (args[0] == "run") return RunCommand({args.begin() + 1, args.end()});
  std::cerr << "heard: unknown command '" << args[0] << "'\n\n" << kUsage;
  return heard::kExitUsage;
}
