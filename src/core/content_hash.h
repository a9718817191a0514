// A short content hash for codebooks and inputs, printed in every report so a
// reader can tell whether two reports used the same rules. Not for security.
#ifndef HEARD_CORE_CONTENT_HASH_H_
#define HEARD_CORE_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace heard {

// 64-bit FNV-1a of `bytes`, as 16 lower-case hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace heard

#endif  // HEARD_CORE_CONTENT_HASH_H_
