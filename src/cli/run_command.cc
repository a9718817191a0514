// heard run INPUT...
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "pipeline/run.h"

namespace heard {

namespace po = boost::program_options;

int RunCommand(const std::vector<std::string>& args) {
  RunOptions options;
  po::options_description desc("Options");
  desc.add_options()
      ("help,h", "show this help")
      ("out,o", po::value(&options.out_dir)->value_name("DIR"),
       "write the report here (default: reports/<name>/); only a folder heard "
       "wrote before is ever replaced");
  AddInputOptions(&desc, &options.input, &options.codebook_path);
  desc.add_options()
      ("overrides", po::value(&options.overrides_path)->value_name("CSV"),
       "officer overrides (response_id,question,theme,action,note); default: "
       "overrides.csv beside the manifest, when there is one")
      ("quotes", po::value(&options.quotes_path)->value_name("CSV"),
       "quote pins and drops (action,theme,response_id,text); default: quotes.csv "
       "beside the manifest, when there is one")
      ("strict", po::bool_switch(&options.strict),
       "exit 3 if any record is rejected (the report is still written)")
      ("jobs,j", po::value(&options.jobs)->value_name("N"),
       "threads that normalise and code answers (default: the machine's cores); "
       "the report is the same whatever N is")
      ("xlsx", po::value(&options.xlsx)->value_name("auto|yes|no"),
       "write responses.xlsx: auto (default) writes it up to 100,000 responses, "
       "beyond which responses.csv serves");
  const std::string help =
      "Usage: heard run INPUT... [options]\n\n"
      "Analyses a consultation and writes its report to reports/<consultation name>/\n"
      "unless --out is given: index.html (summary), themes/<id>.html, responses.html,\n"
      "method.html, codings.csv, responses.csv, summary.json and rejects.csv.\n";
  po::variables_map vm;
  int exit_code = kExitOk;
  if (!ParseCommandLine("run", args, desc, help, &options.input.inputs, &vm, &exit_code)) {
    return exit_code;
  }
  if (options.jobs < 1 || options.jobs > 256) {
    std::cerr << "heard run: error: --jobs takes a number from 1 to 256\n";
    return kExitUsage;
  }
  if (options.xlsx != "auto" && options.xlsx != "yes" && options.xlsx != "no") {
    std::cerr << "heard run: error: --xlsx takes auto, yes or no, not '" << options.xlsx
              << "'\n";
    return kExitUsage;
  }
  return Run(options, std::cout, std::cerr);
}

}  // namespace heard
