// The subcommands of `heard`. Each parses its own options and calls the
// pipeline; no analysis happens in src/cli/.
#ifndef HEARD_CLI_COMMANDS_H_
#define HEARD_CLI_COMMANDS_H_

#include <boost/program_options.hpp>

#include <string>
#include <vector>

#include "ingest/input_plan.h"

namespace heard {

int RunCommand(const std::vector<std::string>& args);
int EvaluateCommand(const std::vector<std::string>& args);
int ExplainCommand(const std::vector<std::string>& args);
int CodebookCommand(const std::vector<std::string>& args);
int KwicCommand(const std::vector<std::string>& args);
int SuggestCommand(const std::vector<std::string>& args);

// The options every command that reads a consultation shares: --codebook,
// --text-column, --id-column, --channel.
void AddInputOptions(boost::program_options::options_description* desc, InputRequest* input,
                     std::string* codebook_path);

// Parses `args` against `desc` with INPUT... as positional arguments into
// `inputs`. On a usage error prints it (with "Try 'heard NAME --help'") and
// returns false with `*exit_code` set; on --help prints `help` and returns
// false with exit code 0.
bool ParseCommandLine(const std::string& name, const std::vector<std::string>& args,
                      const boost::program_options::options_description& desc,
                      const std::string& help, std::vector<std::string>* inputs,
                      boost::program_options::variables_map* vm, int* exit_code,
                      bool inputs_required = true);

}  // namespace heard

#endif  // HEARD_CLI_COMMANDS_H_
