#include "ingest/message_reader.h"

#include <algorithm>
#include <filesystem>

#include "core/file_io.h"
#include "ingest/email_reader.h"
#include "ingest/encoding.h"
#include "ingest/message_cleanup.h"

namespace heard {
namespace {

namespace fs = std::filesystem;

bool Wanted(const fs::path& file, const std::string& format) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (format == "email") return ext == ".eml";
  return ext == ".txt" || ext == ".md";
}

std::vector<fs::path> MessageFiles(const SourceSpec& spec) {
  if (!fs::is_directory(spec.path)) return {fs::path(spec.path)};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(spec.path)) {
    if (entry.is_regular_file() && Wanted(entry.path(), spec.format)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The text after "file: error: " in a formatted message, for reject reasons.
std::string Reason(const std::string& message) {
  const size_t at = message.find(": error: ");
  return at == std::string::npos ? message : message.substr(at + 9);
}

struct Tally {
  int signatures = 0;
  int quotes = 0;
};

Response MakeResponse(const SourceSpec& spec, const fs::path& file, std::string text) {
  Response response;
  response.id = file.filename().string();
  response.respondent = response.id;
  response.source = spec.file;
  response.location = Location{file.string(), 1};
  response.channel = spec.channel;
  response.attributes = spec.fixed;
  response.answers.push_back({spec.question.empty() ? "discussion" : spec.question,
                              std::move(text)});
  return response;
}

// Reads one message file into a response; "" on success, else the reason.
std::string ReadOne(const SourceSpec& spec, const fs::path& file, SourceSink* sink,
                    Tally* tally) {
  StatusOr<std::string> bytes = ReadFile(file.string());
  if (!bytes.ok()) return Reason(bytes.status().message());
  if (spec.format == "email") {
    StatusOr<EmailMessage> email = ParseEmail(*bytes, file.string(), spec.limits);
    if (!email.ok()) return Reason(email.status().message());
    tally->signatures += email->signature_removed;
    tally->quotes += email->quote_removed;
    for (const std::string& name : email->attachments) {
      sink->Note(file.filename().string() + ": attachment listed, not read: " + name);
    }
    Response response = MakeResponse(spec, file, email->body);
    response.date = email->date;
    sink->Row(std::move(response));
    return "";
  }
  StatusOr<Decoded> text = DecodeToUtf8(*bytes, file.string());
  if (!text.ok()) return Reason(text.status().message());
  Cleaned cleaned = CleanMessage(text->utf8);
  tally->signatures += cleaned.signature_removed;
  tally->quotes += cleaned.quote_removed;
  sink->Row(MakeResponse(spec, file, std::move(cleaned.text)));
  return "";
}

}  // namespace

void ReadMessages(const SourceSpec& spec, SourceSink* sink) {
  const std::vector<fs::path> files = MessageFiles(spec);
  Tally tally;
  const int64_t total = static_cast<int64_t>(files.size());
  for (int64_t i = 0; i < total; ++i) {
    const fs::path& file = files[static_cast<size_t>(i)];
    if (i == spec.limits.max_rows) {  // the rest are counted, not read
      sink->RejectedRecords(Location{file.string()},
                            "this and the " + std::to_string(total - i - 1) +
                                " messages after it (in name order) were not read: the source "
                                "is over the limit of " + std::to_string(spec.limits.max_rows) +
                                " messages (max_rows)",
                            total - i);
      break;
    }
    const std::string problem = ReadOne(spec, file, sink, &tally);
    if (!problem.empty()) sink->Rejected(Location{file.string()}, problem, "");
  }
  const char* kind = spec.format == "email" ? "e-mails" : "letters";
  if (tally.signatures > 0) {
    sink->Note("signature or sign-off removed from " + std::to_string(tally.signatures) + " " +
               kind);
  }
  if (tally.quotes > 0) {
    sink->Note("quoted earlier messages removed from " + std::to_string(tally.quotes) + " " + kind);
  }
  if (files.empty()) sink->Note(std::string("no ") + kind + " found");
  sink->Finished(static_cast<int64_t>(files.size()));
}

}  // namespace heard
