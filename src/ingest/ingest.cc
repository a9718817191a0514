#include "ingest/ingest.h"

#include <algorithm>

#include "core/file_io.h"
#include "ingest/encoding.h"
#include "ingest/recode.h"
#include "ingest/notes_reader.h"
#include "ingest/table_reader.h"

namespace heard {
namespace {

// Adds questions first seen in `spec` (guessed columns) to the manifest.
void AddQuestions(const SourceSpec& spec, Manifest* manifest) {
  auto add = [&](const std::string& id) {
    if (id.empty()) return;
    for (const Question& q : manifest->questions) {
      if (q.id == id) return;
    }
    manifest->questions.push_back({id, id});
  };
  for (const auto& [id, column] : spec.questions) add(id);
  if (spec.format == "notes") add(spec.question.empty() ? "discussion" : spec.question);
}

// The bytes of `spec`'s file as UTF-8, whatever encoding it was written in.
StatusOr<Decoded> ReadText(const SourceSpec& spec) {
  StatusOr<std::string> bytes = ReadFile(spec.path);
  if (!bytes.ok()) return bytes.status();
  return DecodeToUtf8(*bytes, spec.path);
}

}  // namespace

Status PrepareSources(Manifest* manifest) {
  for (SourceSpec& spec : manifest->sources) {
    if (spec.format == "notes") {
      AddQuestions(spec, manifest);
      continue;
    }
    StatusOr<Decoded> data = ReadText(spec);
    if (!data.ok()) return data.status();
    PrepareTable(data->utf8, &spec);
    AddQuestions(spec, manifest);
  }
  return Status::Ok();
}


Status Ingest(const Manifest& manifest, Ledger* ledger,
              const std::function<bool(Response)>& consumer) {
  auto recoded = [&](Response response) {
    ApplyRecodes(manifest.recodes, &response);
    return consumer(std::move(response));
  };
  for (const SourceSpec& spec : manifest.sources) {
    StatusOr<Decoded> data = ReadText(spec);
    if (!data.ok()) {
      ledger->Failed(spec.file, spec.channel, spec.format, data.status().message());
      return data.status();
    }
    const std::string encoding = data->encoding + (data->detected ? " (detected)" : "");
    SourceSink& sink = ledger->Open(spec.file, spec.channel, spec.format, recoded, encoding);
    for (const std::string& note : spec.notes) sink.Note(note);
    if (spec.format == "notes") {
      ReadNotes(data->utf8, spec, &sink);
      continue;
    }
    Status status = ReadTable(data->utf8, spec, &sink);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace heard
