// Reading e-mails and letters: one response per message.
//
// A message source's path is one file or a folder; in a folder every .eml
// (format email) or .txt/.md (format letter) file is read, in name order.
// E-mails go through ParseEmail (MIME, encodings, quotes and signatures
// removed); letters are decoded from whatever encoding they are in and
// cleaned of quoted text and the sign-off. A file that cannot be read or
// parsed is a rejected record with its reason; the run goes on. Attachments
// are listed in the ledger's notes, never read. Each response's id is its
// file name within the source ("emails/0003.eml" gives "0003.eml").
// Tests: tests/ingest/message_reader_test.cc.
#ifndef HEARD_INGEST_MESSAGE_READER_H_
#define HEARD_INGEST_MESSAGE_READER_H_

#include "core/ledger.h"
#include "ingest/manifest.h"

namespace heard {

void ReadMessages(const SourceSpec& spec, SourceSink* sink);

}  // namespace heard

#endif  // HEARD_INGEST_MESSAGE_READER_H_
