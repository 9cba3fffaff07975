// goalsmith — the one exception type of the C++ API.
//
// Every C++ entry point reports bad input by throwing goalsmith::Error (and std::bad_alloc when
// memory runs out). The C ABI turns each code into a gs_status; Python turns it into
// goalsmith.GoalsmithError subclasses. Nothing else is thrown on purpose.
#pragma once

#include <stdexcept>
#include <string>

#include "goalsmith/export.hpp"

namespace goalsmith {

/// What kind of problem an Error reports. Values are stable (they mirror gs_status, negated).
enum class ErrorCode : int {
  invalid_argument = 1,  ///< an argument is out of range or of the wrong form (e.g. a bad date)
  invalid_utf8 = 2,      ///< text is not valid UTF-8; where() names the byte offset
  json_syntax = 3,       ///< a JSON document does not parse; where() names the byte offset
  json_schema = 4,       ///< a JSON document parses but a value is wrong; where() is a JSON path
  pack = 5,              ///< a language pack is malformed (bad regex, duplicate entry, ...)
  not_found = 6,         ///< an unknown locale or a missing file
  io = 7,                ///< a file could not be read or written
  internal = 8,          ///< a bug in goalsmith; please report it
};

/// Short stable name of a code ("invalid_utf8", ...). Added in 0.1.0.
GOALSMITH_API const char* error_code_name(ErrorCode code) noexcept;

/// The exception thrown by the C++ API. what() is a complete sentence that includes where().
class GOALSMITH_API Error : public std::runtime_error {
 public:
  /// `message` says what was wrong; `where` says where: "byte 17" or a JSON path such as
  /// "/lexicon/action_verbs/3". what() becomes "message (at where)" when where is not empty.
  Error(ErrorCode code, const std::string& message, std::string where = {});

  ErrorCode code() const noexcept { return code_; }
  /// Location of the problem: "byte N" for text, a JSON pointer for documents, or empty.
  const std::string& where() const noexcept { return where_; }

 private:
  ErrorCode code_;
  std::string where_;
};

}  // namespace goalsmith
