// language pack layer: reading JSON documents with errors that name the JSON path.
//
// Every document goalsmith reads (packs, options, reports) goes through JsonReader, so every
// "wrong type", "missing key" and "unknown key" error has the same wording and carries the
// JSON pointer of the offending value.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "goalsmith/date.hpp"
#include "goalsmith/error.hpp"

namespace goalsmith::packs {

using Json = nlohmann::json;

/// Parses JSON text; throws Error(json_syntax, where = "byte N") on a syntax error and
/// Error(invalid_utf8) on bad UTF-8. `what` names the document in messages ("pack", "options").
Json parse_json(std::string_view text, const char* what);

/// A JSON value together with its JSON pointer.
class JsonReader {
 public:
  JsonReader(const Json& value, std::string path) : value_(&value), path_(std::move(path)) {}

  const Json& json() const { return *value_; }
  const std::string& path() const { return path_; }
  /// "/" for the root, otherwise the pointer.
  std::string where() const { return path_.empty() ? "/" : path_; }

  bool is_object() const { return value_->is_object(); }
  bool has(std::string_view key) const;
  /// Required member of an object; Error(json_schema) "missing required key".
  JsonReader at(std::string_view key) const;
  /// Optional member of an object.
  std::optional<JsonReader> find(std::string_view key) const;
  /// Element of an array.
  JsonReader at(std::size_t index) const;

  /// Checks the value is an object whose keys all belong to `allowed`.
  void expect_object(std::initializer_list<std::string_view> allowed) const;
  /// Checks the value is an object (any keys).
  void expect_any_object() const;
  /// Checks the value is an array and returns its size.
  std::size_t expect_array() const;

  std::string string() const;             ///< a string (may be empty)
  std::string non_empty_string() const;   ///< a string with a non-blank character
  double number() const;                  ///< any finite number
  double number_in(double lo, double hi) const;
  long integer_in(long lo, long hi) const;
  bool boolean() const;
  /// A "YYYY-MM-DD" string naming a real day.
  Date iso_date() const;
  /// An array of non-empty strings.
  std::vector<std::string> string_list() const;

  /// Throws Error(code, message, where()).
  [[noreturn]] void fail(const std::string& message, ErrorCode code = ErrorCode::json_schema) const;

 private:
  static std::string escape_pointer_token(std::string_view key);
  const char* type_name() const;
  const Json* value_;
  std::string path_;
};

}  // namespace goalsmith::packs
