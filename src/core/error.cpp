#include "goalsmith/error.hpp"

namespace goalsmith {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::invalid_utf8: return "invalid_utf8";
    case ErrorCode::json_syntax: return "json_syntax";
    case ErrorCode::json_schema: return "json_schema";
    case ErrorCode::pack: return "pack";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::io: return "io";
    case ErrorCode::internal: return "internal";
  }
  return "unknown";
}

Error::Error(ErrorCode code, const std::string& message, std::string where)
    : std::runtime_error(where.empty() ? message : message + " (at " + where + ")"),
      code_(code),
      where_(std::move(where)) {}

}  // namespace goalsmith
