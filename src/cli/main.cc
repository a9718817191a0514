// heard's command line: picks the subcommand and hands it the arguments.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "pipeline/session.h"

namespace {

constexpr char kUsage[] =
    "heard: reads a consultation's returns, codes every free-text answer against a\n"
    "codebook of themes, and writes a report a committee can read.\n"
    "\n"
    "Usage:\n"
    "  heard run INPUT... [options]          analyse a consultation and write its report\n"
    "  heard evaluate --gold CSV INPUT...    agreement with hand coding (precision,\n"
    "                                        recall, F1, kappa per theme)\n"
    "  heard explain INPUT... [--id ID]      why each answer carries its themes\n"
    "  heard explain --text TEXT             the same for a sentence of your own\n"
    "  heard codebook check [PATH]           rules that load but cannot work as meant\n"
    "  heard codebook convert PATH           a quanteda or LIWC dictionary as heard YAML\n"
    "  heard kwic TERM INPUT...              every hit of a term, in context\n"
    "  heard kwic --theme ID INPUT...        every hit of a theme's terms, in context\n"
    "  heard suggest INPUT...                candidate terms: frequent in uncoded\n"
    "                                        answers, and key words of each theme\n"
    "  heard COMMAND --help                  the options of one command\n"
    "  heard --help | --version\n"
    "\n"
    "INPUT is a consultation folder holding consultation.yaml, a manifest file, or\n"
    "data files (.csv, .tsv, .xlsx, .txt, .md, .docx, .eml) and folders of them.\n"
    "Without a manifest, free-text columns are found automatically or named with\n"
    "--text-column.\n"
    "\n"
    "Examples:\n"
    "  heard run surveys/sample\n"
    "  heard run responses.csv --text-column \"What could be better?\" --id-column id\n"
    "  heard run notes/ --channel \"carers' cafe workshop\" --out reports/cafe\n"
    "  heard evaluate --gold tests/testdata/gold/gold.csv tests/testdata/gold\n"
    "  heard codebook check lexicons/carers\n"
    "  heard kwic 'respit*' surveys/sample\n"
    "  heard suggest surveys/sample --top 15\n"
    "\n"
    "Exit codes: 0 done (rejected records, if any, are in the report); 2 usage error;\n"
    "3 input error (unreadable file, invalid manifest or codebook), or rejected\n"
    "records with --strict; 4 the report could not be written. 'heard codebook\n"
    "check' exits 1 when it found warnings.\n";

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
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "run") return heard::RunCommand(rest);
  if (args[0] == "evaluate") return heard::EvaluateCommand(rest);
  if (args[0] == "explain") return heard::ExplainCommand(rest);
  if (args[0] == "codebook") return heard::CodebookCommand(rest);
  if (args[0] == "kwic") return heard::KwicCommand(rest);
  if (args[0] == "suggest") return heard::SuggestCommand(rest);
  std::cerr << "heard: unknown command '" << args[0] << "'\n\n" << kUsage;
  return heard::kExitUsage;
}
