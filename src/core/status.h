// Status and StatusOr: errors as values across stage boundaries.
//
// A Status is either ok or carries a code and a user-facing message that
// already names its location ("survey.csv:12:4: error: ..."). Stages return
// Status for whole-input failures (unreadable file, invalid manifest);
// row-level problems go to a DiagnosticSink instead and never stop a run.
#ifndef HEARD_CORE_STATUS_H_
#define HEARD_CORE_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace heard {

class Status {
 public:
  enum class Code { kOk, kInputError, kOutputError, kUsageError };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InputError(std::string message) {
    return Status(Code::kInputError, std::move(message));
  }
  static Status OutputError(std::string message) {
    return Status(Code::kOutputError, std::move(message));
  }
  static Status UsageError(std::string message) {
    return Status(Code::kUsageError, std::move(message));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds a T or the Status explaining why there is none. Constructing from an
// ok Status is a programming error.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : state_(std::move(value)) {}
  StatusOr(Status status) : state_(std::move(status)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(state_);
  }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> state_;
};

}  // namespace heard

#endif  // HEARD_CORE_STATUS_H_
