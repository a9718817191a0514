// Running the real heard binary from a test, as a user would from a shell.
#ifndef HEARD_TESTS_E2E_HEARD_PROCESS_H_
#define HEARD_TESTS_E2E_HEARD_PROCESS_H_

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const std::string kSource = HEARD_SOURCE_DIR;

struct Result {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

inline std::string Quote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline Result Heard(const std::string& args, const std::string& env = "SOURCE_DATE_EPOCH=1790000000") {
  const std::string command = "cd " + Quote(kSource) + " && env " + env + " " +
                              Quote(HEARD_BINARY) + " " + args + " 2>&1";
  Result result;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

#endif  // HEARD_TESTS_E2E_HEARD_PROCESS_H_
