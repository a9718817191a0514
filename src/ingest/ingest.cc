#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/file_io.h"
#include "ingest/docx_reader.h"
#include "ingest/encoding.h"
#include "ingest/message_reader.h"
#include "ingest/recode.h"
#include "ingest/notes_reader.h"
#include "ingest/table_reader.h"
#include "ingest/xlsx_sheet_reader.h"

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
  if (!IsTableFormat(spec.format)) add(spec.question.empty() ? "discussion" : spec.question);
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
    if (!IsTableFormat(spec.format)) {
      AddQuestions(spec, manifest);
      continue;
    }
    if (spec.format == "xlsx") {
      StatusOr<std::string> bytes = ReadFile(spec.path);
      if (!bytes.ok()) return bytes.status();
      StatusOr<std::vector<CsvRecord>> rows = ReadXlsxRecords(*bytes, spec.sheet, spec.path, spec.limits);
      if (rows.ok()) PrepareTableRecords(std::move(*rows), &spec);  // else reported on reading
      AddQuestions(spec, manifest);
      continue;
    }
    if (spec.guess) {  // guessing columns reads the rows; naming them needs nothing
      StatusOr<Decoded> data = ReadText(spec);
      if (!data.ok()) return data.status();
      PrepareTable(data->utf8, &spec);
    } else if (Status readable = CheckReadable(spec.path); !readable.ok()) {
      return readable;  // stop before any output, as a guessed source would
    }
    AddQuestions(spec, manifest);
  }
  return Status::Ok();
}


namespace {

// Reads a CSV or TSV file that is UTF-8 a block at a time, so memory stays
// flat however big it is; false (nothing read) when it must be converted.
StatusOr<bool> StreamUtf8Table(const SourceSpec& spec, Ledger* ledger,
                               const Ledger::ResponseConsumer& consumer) {
  StatusOr<std::string> label = Utf8FileLabel(spec.path);
  if (!label.ok()) {
    ledger->Failed(spec.file, spec.channel, spec.format, label.status().message());
    return label.status();
  }
  if (label->empty()) return false;
  std::ifstream in(spec.path, std::ios::binary);
  SourceSink& sink = ledger->Open(spec.file, spec.channel, spec.format, consumer, *label);
  for (const std::string& note : spec.notes) sink.Note(note);
  Status read = ReadTableStream(in, spec, &sink);
  if (read.ok() && in.bad()) {
    read = Status::InputError(FormatError(Location{spec.path}, "reading failed part way"));
  }
  if (!read.ok()) return read;
  return true;
}

// Reads one text source (CSV, TSV or notes), decoding it first.
Status ReadTextSource(const SourceSpec& spec, Ledger* ledger,
                      const Ledger::ResponseConsumer& consumer) {
  if (spec.format != "notes") {
    StatusOr<bool> streamed = StreamUtf8Table(spec, ledger, consumer);
    if (!streamed.ok()) return streamed.status();
    if (*streamed) return Status::Ok();
  }
  StatusOr<Decoded> data = ReadText(spec);
  if (!data.ok()) {
    ledger->Failed(spec.file, spec.channel, spec.format, data.status().message());
    return data.status();
  }
  const std::string encoding = data->encoding + (data->detected ? " (detected)" : "");
  SourceSink& sink = ledger->Open(spec.file, spec.channel, spec.format, consumer, encoding);
  for (const std::string& note : spec.notes) sink.Note(note);
  if (spec.format == "notes") {
    ReadNotes(data->utf8, spec, &sink);
    return Status::Ok();
  }
  return ReadTable(data->utf8, spec, &sink);
}

// A file that could not be opened at all counts as one rejected record, with
// the reason from `status` ("file: error: why" -> "why").
void RejectWholeFile(const SourceSpec& spec, const Status& status, SourceSink* sink) {
  const std::string& message = status.message();
  const size_t at = message.find(": error: ");
  sink->Rejected(Location{spec.path}, at == std::string::npos ? message : message.substr(at + 9),
                 "");
  sink->Finished(1);
}

// Reads a workbook sheet. A workbook that cannot be opened is one rejected
// record, so the run goes on with the other sources.
Status ReadWorkbookSource(const SourceSpec& spec, Ledger* ledger,
                          const Ledger::ResponseConsumer& consumer) {
  StatusOr<std::string> bytes = ReadFile(spec.path);
  if (!bytes.ok()) {
    ledger->Failed(spec.file, spec.channel, spec.format, bytes.status().message());
    return bytes.status();
  }
  SourceSink& sink = ledger->Open(spec.file, spec.channel, spec.format, consumer, "XLSX");
  for (const std::string& note : spec.notes) sink.Note(note);
  StatusOr<std::vector<CsvRecord>> rows = ReadXlsxRecords(*bytes, spec.sheet, spec.path, spec.limits);
  if (!rows.ok()) {
    RejectWholeFile(spec, rows.status(), &sink);
    return Status::Ok();
  }
  return ReadTableRecords(std::move(*rows), spec, &sink);
}

// Reads DOCX notes: the document becomes notes text, read like a .md file.
// A document that cannot be opened is one rejected record; the run goes on.
Status ReadDocxSource(const SourceSpec& spec, Ledger* ledger,
                      const Ledger::ResponseConsumer& consumer) {
  StatusOr<std::string> bytes = ReadFile(spec.path);
  if (!bytes.ok()) {
    ledger->Failed(spec.file, spec.channel, spec.format, bytes.status().message());
    return bytes.status();
  }
  SourceSink& sink = ledger->Open(spec.file, spec.channel, spec.format, consumer, "DOCX");
  StatusOr<std::string> notes = DocxToNotes(*bytes, spec.path, spec.limits);
  if (!notes.ok()) {
    RejectWholeFile(spec, notes.status(), &sink);
    return Status::Ok();
  }
  sink.Note("line numbers count the document's paragraphs, as converted to notes");
  ReadNotes(*notes, spec, &sink);
  return Status::Ok();
}

Status ReadMessageSource(const SourceSpec& spec, Ledger* ledger,
                         const Ledger::ResponseConsumer& consumer) {
  if (!std::filesystem::exists(spec.path)) {
    const std::string message = FormatError(Location{spec.path}, "no such file or folder");
    ledger->Failed(spec.file, spec.channel, spec.format, message);
    return Status::InputError(message);
  }
  SourceSink& sink =
      ledger->Open(spec.file, spec.channel, spec.format, consumer, "per message");
  ReadMessages(spec, &sink);
  return Status::Ok();
}

}  // namespace

Status Ingest(const Manifest& manifest, Ledger* ledger,
              const std::function<bool(Response)>& consumer) {
  const Ledger::ResponseConsumer recoded = [&](Response response) {
    ApplyRecodes(manifest.recodes, &response);
    return consumer(std::move(response));
  };
  for (const SourceSpec& spec : manifest.sources) {
    const Status status = IsMessageFormat(spec.format) ? ReadMessageSource(spec, ledger, recoded)
                          : spec.format == "xlsx"    ? ReadWorkbookSource(spec, ledger, recoded)
                          : spec.format == "docx"    ? ReadDocxSource(spec, ledger, recoded)
                                                     : ReadTextSource(spec, ledger, recoded);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace heard
