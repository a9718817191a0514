// Ledger: the account of every record read from every source.
//
// Readers never drop a record in silence: each one they read becomes a
// Response (handed to Row) or a rejection with a reason and a location. The
// ledger counts them per source, keeps the rejects for rejects.csv and the
// method page, and checks the account balances: records read (as the reader
// counted them) = accepted + blank + duplicate + rejected, where a duplicate
// is a repeat the run counts once (the consumer says which).
#ifndef HEARD_CORE_LEDGER_H_
#define HEARD_CORE_LEDGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/location.h"
#include "core/response.h"

namespace heard {

// What a reader reports about one source, record by record.
class SourceSink {
 public:
  virtual ~SourceSink() = default;
  // A record that became a response (with or without free text).
  virtual void Row(Response response) = 0;
  // A record that could not become a response.
  virtual void Rejected(const Location& where, std::string reason,
                        std::string raw) = 0;
  // `count` records, from `where` on, that could not become responses for
  // one reason (a source past its row limit): one entry in the rejects,
  // `count` in the source's rejected total, so the account still balances.
  virtual void RejectedRecords(const Location& where, std::string reason,
                               int64_t count) = 0;
  // Something the officer should know about the source as a whole
  // ("free-text columns detected: ...").
  virtual void Note(std::string message) = 0;
  // Called once at the end with the reader's own count of records.
  virtual void Finished(int64_t records_read) = 0;
};

struct Reject {
  std::string source;
  Location location;
  std::string reason;
  std::string raw;
};

struct SourceTally {
  std::string source;   // file name as the manifest gives it
  std::string channel;
  std::string format;   // csv, tsv, notes
  std::string encoding; // as read: "UTF-8", "windows-1252 (detected)", ...
  int64_t read = 0;     // as the reader counted
  int64_t accepted = 0; // responses with free text
  int64_t blank = 0;    // responses without any free text
  int64_t duplicate = 0;  // repeats not counted again
  int64_t rejected = 0;
  std::vector<std::string> notes;

  bool Balances() const { return read == accepted + blank + duplicate + rejected; }
};

class Ledger {
 public:
  // Takes a response; returns false when it is a repeat not counted again.
  using ResponseConsumer = std::function<bool(Response)>;

  Ledger();
  ~Ledger();
  Ledger(const Ledger&) = delete;  // sinks point back at their ledger
  Ledger& operator=(const Ledger&) = delete;

  // Opens the account for one source. Rows the reader reports are counted
  // and passed to `consumer`. The sink lives as long as the ledger.
  SourceSink& Open(const std::string& source, const std::string& channel,
                   const std::string& format, ResponseConsumer consumer,
                   const std::string& encoding = "");

  // A whole source that could not be read: counted, with no records.
  void Failed(const std::string& source, const std::string& channel,
              const std::string& format, const std::string& message);

  // Moves `with_text` responses of source `source` (an index into sources())
  // from accepted, and `blank` from blank, to its repeats: for a consumer
  // that returned true and learnt only later, on another thread, that they
  // repeat earlier ones (heard run decides after reading, in parallel). Call
  // once reading is over. While a source is read it is sources().back().
  void CountRepeats(size_t source, int64_t with_text, int64_t blank);

  const std::vector<SourceTally>& sources() const { return tallies_; }
  const std::vector<Reject>& rejects() const { return rejects_; }
  int64_t TotalRejected() const;
  int64_t TotalDuplicates() const;
  bool Balances() const;

 private:
  class Recorder;
  std::vector<SourceTally> tallies_;
  std::vector<Reject> rejects_;
  std::vector<std::unique_ptr<Recorder>> recorders_;
};

}  // namespace heard

#endif  // HEARD_CORE_LEDGER_H_
