#include "core/ledger.h"

#include <utility>

namespace heard {

class Ledger::Recorder : public SourceSink {
 public:
  Recorder(Ledger* ledger, size_t index, ResponseConsumer consumer)
      : ledger_(ledger), index_(index), consumer_(std::move(consumer)) {}

  void Row(Response response) override {
    const bool has_text = response.HasText();
    const bool counted = consumer_(std::move(response));
    SourceTally& tally = ledger_->tallies_[index_];
    if (!counted) {
      ++tally.duplicate;
    } else if (has_text) {
      ++tally.accepted;
    } else {
      ++tally.blank;
    }
  }

  void Rejected(const Location& where, std::string reason,
                std::string raw) override {
    SourceTally& tally = ledger_->tallies_[index_];
    ++tally.rejected;
    ledger_->rejects_.push_back(
        {tally.source, where, std::move(reason), std::move(raw)});
  }

  void RejectedRecords(const Location& where, std::string reason,
                       int64_t count) override {
    SourceTally& tally = ledger_->tallies_[index_];
    tally.rejected += count;
    ledger_->rejects_.push_back({tally.source, where, std::move(reason), ""});
  }

  void Note(std::string message) override {
    ledger_->tallies_[index_].notes.push_back(std::move(message));
  }

  void Finished(int64_t records_read) override {
    ledger_->tallies_[index_].read = records_read;
  }

 private:
  Ledger* ledger_;
  size_t index_;
  ResponseConsumer consumer_;
};

Ledger::Ledger() = default;
Ledger::~Ledger() = default;

SourceSink& Ledger::Open(const std::string& source, const std::string& channel,
                         const std::string& format, ResponseConsumer consumer,
                         const std::string& encoding) {
  tallies_.push_back({source, channel, format, encoding});
  recorders_.push_back(std::make_unique<Recorder>(this, tallies_.size() - 1,
                                                  std::move(consumer)));
  return *recorders_.back();
}

void Ledger::Failed(const std::string& source, const std::string& channel,
                    const std::string& format, const std::string& message) {
  SourceTally tally{source, channel, format};
  tally.notes.push_back(message);
  tallies_.push_back(std::move(tally));
  rejects_.push_back({source, Location{source}, message, ""});
}

void Ledger::CountRepeats(size_t source, int64_t with_text, int64_t blank) {
  SourceTally& tally = tallies_[source];
  tally.accepted -= with_text;
  tally.blank -= blank;
  tally.duplicate += with_text + blank;
}

int64_t Ledger::TotalDuplicates() const {
  int64_t total = 0;
  for (const SourceTally& tally : tallies_) total += tally.duplicate;
  return total;
}

int64_t Ledger::TotalRejected() const {
  int64_t total = 0;
  for (const SourceTally& tally : tallies_) total += tally.rejected;
  return total;
}

bool Ledger::Balances() const {
  for (const SourceTally& tally : tallies_) {
    if (!tally.Balances()) return false;
  }
  return true;
}

}  // namespace heard
