// goalsmith — the Engine: a compiled language pack plus options.
//
// An Engine is immutable after construction and safe to share between threads: every call keeps
// its scratch state on its own stack. Copying an Engine is cheap (it shares the pack).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/export.hpp"
#include "goalsmith/pack.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

/// How to read an all-numeric date such as "12/9" when neither part is above 12.
enum class DateOrder {
  pack_default,  ///< the pack's `time.date_order`
  month_first,   ///< en-US: 12/9 is December 9
  day_first,     ///< en-GB: 12/9 is 12 September
};

/// Options fixed for the lifetime of an engine.
struct EngineOptions {
  DateOrder date_order = DateOrder::pack_default;
  WeekStart week_start = WeekStart::monday;
};

class GOALSMITH_API Engine {
 public:
  /// Engine over the built-in English pack.
  Engine();
  explicit Engine(Pack pack, EngineOptions options = {});

  const Pack& pack() const noexcept { return pack_; }
  const EngineOptions& options() const noexcept { return options_; }

  /// Checks one goal against the SMART rubric. Throws Error(invalid_utf8) with the byte offset
  /// for invalid UTF-8, Error(invalid_argument) for an empty or blank goal or a bad option.
  /// Runs in time linear in the text. Thread-safe. Added in 0.1.0.
  SmartReport check_goal(std::string_view text, const CheckOptions& options = {}) const;

  /// Checks many goals with up to `threads` worker threads (0 = hardware concurrency).
  /// Results are in input order. A goal that fails throws out of this call: validate first, or
  /// use the C ABI / Python batch which report errors per goal. Thread-safe. Added in 0.1.0.
  std::vector<SmartReport> check_goals(const std::vector<std::string>& texts,
                                       const CheckOptions& options = {},
                                       unsigned threads = 0) const;

  /// Every time expression in `text`, resolved against `today` (nullopt = local today).
  /// Added in 0.1.0.
  std::vector<TimeExpression> parse_time(std::string_view text,
                                         std::optional<Date> today = std::nullopt) const;
  /// The same with per-call options: reference date and time, week start. Throws
  /// Error(invalid_utf8) with the byte offset for invalid UTF-8, Error(invalid_argument) for an
  /// invalid date or time. Thread-safe. Added in 0.1.0.
  std::vector<TimeExpression> parse_time(std::string_view text, const TimeOptions& options) const;

 private:
  Pack pack_;
  EngineOptions options_;
};

/// The report as a JSON document (schema "goalsmith.smart_report/1", docs/schemas/).
/// `indent` < 0 gives one line. Added in 0.1.0.
GOALSMITH_API std::string report_to_json(const SmartReport& report, int indent = -1);
/// Reads a report document written by report_to_json. Throws Error(json_syntax/json_schema).
GOALSMITH_API SmartReport report_from_json(std::string_view json);
/// Time expressions as a JSON document (schema "goalsmith.time/1", docs/schemas/time.schema.json):
/// {"schema": "goalsmith.time/1", "text": ..., "today": "YYYY-MM-DD", "expressions": [...]},
/// each expression the same object as in a report's "time_expressions" (spans are UTF-8 byte
/// offsets into `text`, every end date inclusive). `text` and `today` are the arguments given to
/// Engine::parse_time. `indent` < 0 gives one line. Added in 0.1.0.
GOALSMITH_API std::string time_expressions_to_json(const std::vector<TimeExpression>& expressions,
                                                   const std::string& text, Date today,
                                                   int indent = -1);
/// Reads check options from JSON (schema "goalsmith.check_options/1", all keys optional):
/// {"today": "YYYY-MM-DD", "focus": ["communication"], "weights": {"S": 1, "time-bound": 2},
///  "labels": {"A": "attainable"}, "week_start": "monday" | "sunday"}. Unknown keys and wrong types are Error(json_schema) with the
/// JSON path. Added in 0.1.0.
GOALSMITH_API CheckOptions check_options_from_json(std::string_view json);
GOALSMITH_API std::string check_options_to_json(const CheckOptions& options);
/// Reads parse_time options from JSON (schema "goalsmith.time_options/1", docs/schemas/; all keys
/// optional, null = not given): {"today":
/// "YYYY-MM-DD", "now": "HH:MM[:SS]", "week_start": "monday" | "sunday"}. Unknown keys and wrong
/// types are Error(json_schema) with the JSON path. Added in 0.1.0.
GOALSMITH_API TimeOptions time_options_from_json(std::string_view json);

}  // namespace goalsmith
