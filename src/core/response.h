// Response: one return from one respondent through one channel.
#ifndef HEARD_CORE_RESPONSE_H_
#define HEARD_CORE_RESPONSE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/location.h"

namespace heard {

// One answer to one question, as the respondent wrote it (UTF-8).
struct Answer {
  std::string question;  // question id from the manifest
  std::string text;
};

struct Response {
  std::string id;          // manifest id column, else "<source>:<line>"
  std::string respondent;  // who answered; the id unless known otherwise
  std::string source;      // the source file's name as the manifest gives it
  Location location;       // file and the line the record starts on
  std::string channel;     // survey, workshop, email, telephone, ...
  std::string date;        // as given; may be empty
  // Attributes in manifest order: respondent_type, age_band, area, ...
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<Answer> answers;
  int64_t ordinal = -1;    // its place in the run's stream (0-based), set by the pipeline

  // The value of attribute `key`, or "" when absent.
  const std::string& Attribute(const std::string& key) const;
  // True when at least one answer holds non-whitespace text.
  bool HasText() const;
};

// The attribute that names the kind of respondent ("Adult carer", ...).
inline constexpr const char* kRespondentType = "respondent_type";

// True when `text` holds nothing but ASCII or Unicode whitespace.
bool IsBlank(const std::string& text);

}  // namespace heard

#endif  // HEARD_CORE_RESPONSE_H_
