// Where a manifest may read from: its own folder and the folders below it.
//
// A consultation folder is often passed on (a colleague's export, a zip from
// a survey supplier), and its report is published. If its manifest could name
// any file, `file: ../../.ssh/id_rsa` or a link to /etc/passwd would put the
// contents of someone else's files into a public report. So a manifest's
// source must be a relative path that stays inside the manifest's folder once
// links are followed, and must be a regular file or a folder (of e-mails or
// letters, whose entries obey the same rule): a pipe or a device would block
// the run or never end. Files named on the command line are the user's own
// choice and are not checked.
// Tests: tests/ingest/source_path_test.cc, tests/e2e/security_test.cc.
#ifndef HEARD_INGEST_SOURCE_PATH_H_
#define HEARD_INGEST_SOURCE_PATH_H_

#include <string>

#include "core/status.h"
#include "ingest/manifest.h"

namespace heard {

// Ok when `spec` (a source of the manifest at `manifest_file`) reads only
// from inside the manifest's folder; otherwise an input error at the
// source's place in the manifest saying why. A file that does not exist
// passes: reading it reports that.
Status CheckSourceInFolder(const SourceSpec& spec, const std::string& manifest_file);

}  // namespace heard

#endif  // HEARD_INGEST_SOURCE_PATH_H_
