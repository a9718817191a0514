#include "pipeline/xlsx_stream.h"

#include <utility>

namespace heard {
namespace {

// Responses per batch handed to the thread, and batches that may wait: enough
// to ride out a slow row, little enough to keep memory flat.
constexpr size_t kBatchRows = 64;
constexpr size_t kBatchesWaiting = 8;

}  // namespace

XlsxStream::XlsxStream(const std::string& path, const std::string& temp_dir,
                       const Manifest& manifest, const Codebook& codebook,
                       XlsxSheetLimits limits)
    : book_(path, temp_dir, manifest, codebook, limits),
      queue_(kBatchesWaiting, [this](Batch& batch) {
        for (const Rows& rows : batch) book_.AddRows(rows.response, rows.codings);
      }) {
  pending_.reserve(kBatchRows);
}

void XlsxStream::Add(std::vector<std::string> response_row,
                     std::vector<std::vector<std::string>> coding_rows) {
  pending_.push_back({std::move(response_row), std::move(coding_rows)});
  if (pending_.size() < kBatchRows) return;
  queue_.Push(std::move(pending_));
  pending_.clear();
  pending_.reserve(kBatchRows);
}

Status XlsxStream::Finish(const ReportContext& cx) {
  if (!pending_.empty()) queue_.Push(std::move(pending_));
  pending_.clear();
  queue_.Finish();
  return book_.Finish(cx);
}

}  // namespace heard
