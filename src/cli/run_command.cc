// heard run INPUT...
#include <iostream>

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
      ("jobs,j", po::value<int>()->value_name("N"),
       "threads to use (accepted; this version codes on one thread)");
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
  return Run(options, std::cout, std::cerr);
}

}  // namespace heard
