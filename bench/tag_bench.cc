// tag_bench: times the tagging stage alone (normalise + code every answer),
// with nothing read or written while the clock runs.
//
//   tag_bench CODEBOOK CORPUS_CSV [THREADS]
//
// Loads the free-text columns (q1, q2, q3) of CORPUS_CSV into memory, compiles
// CODEBOOK, then codes every answer once as a warm-up and once timed, on
// THREADS threads (default 1), each taking every THREADS-th answer. Prints
// one JSON line: bytes, answers, seconds, MB/s and the number of codings, so
// two runs can be checked to agree.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "core/file_io.h"
#include "ingest/csv_reader.h"
#include "lexicon/codebook_loader.h"
#include "lexicon/matcher.h"
#include "text/normalizer.h"

namespace {

std::vector<std::string> LoadAnswers(const std::string& data) {
  heard::CsvReader reader(data, ',');
  heard::CsvRecord record;
  std::vector<int> columns;
  std::vector<std::string> answers;
  while (reader.Next(&record)) {
    if (columns.empty()) {
      for (size_t i = 0; i < record.fields.size(); ++i) {
        if (record.fields[i].size() == 2 && record.fields[i][0] == 'q') columns.push_back(i);
      }
      continue;
    }
    for (int c : columns) {
      if (c < static_cast<int>(record.fields.size()) && !record.fields[c].empty()) {
        answers.push_back(record.fields[c]);
      }
    }
  }
  return answers;
}

// Codes answers[first], answers[first + step], ...; returns codings found.
int64_t CodeShare(const heard::Matcher& matcher, const std::vector<std::string>& answers,
                  size_t first, size_t step) {
  int64_t codings = 0;
  for (size_t i = first; i < answers.size(); i += step) {
    codings += static_cast<int64_t>(matcher.Code(heard::Normalize(answers[i])).size());
  }
  return codings;
}

int64_t CodeAll(const heard::Matcher& matcher, const std::vector<std::string>& answers,
                int threads) {
  std::atomic<int64_t> codings{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] { codings += CodeShare(matcher, answers, t, threads); });
  }
  for (std::thread& thread : pool) thread.join();
  return codings.load();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: tag_bench CODEBOOK CORPUS_CSV [THREADS]\n");
    return 2;
  }
  const int threads = argc > 3 ? std::atoi(argv[3]) : 1;
  heard::StatusOr<heard::Codebook> codebook = heard::LoadCodebook(argv[1]);
  if (!codebook.ok()) {
    std::fprintf(stderr, "%s\n", codebook.status().message().c_str());
    return 3;
  }
  const int64_t set_mem = std::getenv("HEARD_SET_MEM") ? std::atoll(std::getenv("HEARD_SET_MEM")) << 20 : 64 << 20;
  auto matcher = heard::Matcher::Compile(*codebook, set_mem);
  if (!matcher.ok()) {
    std::fprintf(stderr, "%s\n", matcher.status().message().c_str());
    return 3;
  }
  heard::StatusOr<std::string> data = heard::ReadFile(argv[2]);
  if (!data.ok()) {
    std::fprintf(stderr, "%s\n", data.status().message().c_str());
    return 3;
  }
  const std::vector<std::string> answers = LoadAnswers(*data);
  int64_t bytes = 0;
  for (const std::string& answer : answers) bytes += static_cast<int64_t>(answer.size());
  CodeAll(**matcher, answers, threads);  // warm-up: fills the DFA caches
  const auto start = std::chrono::steady_clock::now();
  const int64_t codings = CodeAll(**matcher, answers, threads);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "{\"threads\": %d, \"answers\": %zu, \"bytes\": %lld, \"seconds\": %.3f, "
      "\"mb_per_s\": %.2f, \"answers_per_s\": %.0f, \"codings\": %lld}\n",
      threads, answers.size(), static_cast<long long>(bytes), seconds, bytes / seconds / 1e6,
      answers.size() / seconds, static_cast<long long>(codings));
  return 0;
}
