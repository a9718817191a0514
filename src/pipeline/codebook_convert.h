// `heard codebook convert`: any codebook heard can load (its own YAML, a
// quanteda YAML dictionary, a LIWC .dic) written out in heard's own format,
// so an imported dictionary can be edited, commented and versioned.
// Tests: tests/pipeline/codebook_convert_test.cc.
#ifndef HEARD_PIPELINE_CODEBOOK_CONVERT_H_
#define HEARD_PIPELINE_CODEBOOK_CONVERT_H_

#include <ostream>
#include <string>

namespace heard {

// Loads `path` and writes it as heard YAML to `out_path`, or to `out` when
// `out_path` is "". Refuses to overwrite an existing file. Returns the exit
// code: 0, 3 when the codebook does not load, 4 when it cannot be written.
int ConvertCodebook(const std::string& path, const std::string& out_path, std::ostream& out,
                    std::ostream& err);

}  // namespace heard

#endif  // HEARD_PIPELINE_CODEBOOK_CONVERT_H_
