// Reading and writing whole files, with errors that name the file.
#ifndef HEARD_CORE_FILE_IO_H_
#define HEARD_CORE_FILE_IO_H_

#include <string>

#include "core/status.h"

namespace heard {

// The bytes of `path`, or "path: error: cannot read (reason)".
StatusOr<std::string> ReadFile(const std::string& path);

// Ok when `path` opens for reading, else the error ReadFile would give.
Status CheckReadable(const std::string& path);

// Writes `bytes` to `path`, replacing it.
Status WriteFile(const std::string& path, const std::string& bytes);

}  // namespace heard

#endif  // HEARD_CORE_FILE_IO_H_
