// goalsmith — time expressions found in a text and resolved against a reference date.
//
// The SMART check reports every time expression it used (SmartReport::time_expressions).
// Semantics (DESIGN.md "Time semantics"): goals lean to the future, `end` is inclusive, spans are
// UTF-8 byte offsets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/export.hpp"

namespace goalsmith {

/// What a time expression denotes.
enum class TimeKind {
  date,        ///< one day or one period ("December 9", "next week")
  interval,    ///< a window with both ends ("within 3 weeks", "for the next 4 weeks")
  deadline,    ///< an end point ("by Friday", "no later than Dec 9")
  duration,    ///< a length of time with no position ("45 minutes")
  recurrence,  ///< a repetition ("twice a week", "every weekday until Dec 18")
};

/// The unit a resolved expression is precise to. Times of day (added in 0.1.0) come after the
/// date grains: `hour` ("at 3pm"), `minute` ("6:30pm"), `second` ("15:23:24"), `part_of_day`
/// ("tomorrow morning", "tonight").
enum class Grain { day, week, month, quarter, year, hour, minute, second, part_of_day };

/// A time of day on a 24-hour clock, no time zone: 00:00:00 .. 23:59:59. Added in 0.1.0.
struct GOALSMITH_API TimeOfDay {
  int hour = 0;    ///< 0..23
  int minute = 0;  ///< 0..59
  int second = 0;  ///< 0..59

  /// "HH:MM:SS".
  std::string to_iso() const;
  /// Parses "HH:MM" or "HH:MM:SS". Throws Error(invalid_argument) naming the text otherwise.
  static TimeOfDay from_iso(std::string_view iso);
  int seconds() const noexcept { return hour * 3600 + minute * 60 + second; }
  static TimeOfDay from_seconds(int seconds) noexcept {
    return TimeOfDay{seconds / 3600 % 24, seconds / 60 % 60, seconds % 60};
  }
};

inline bool operator==(const TimeOfDay& a, const TimeOfDay& b) noexcept { return a.seconds() == b.seconds(); }
inline bool operator!=(const TimeOfDay& a, const TimeOfDay& b) noexcept { return !(a == b); }

/// The period a recurrence count refers to.
enum class Per { day, week, month, year };

/// "count per period", optionally on given weekdays and with an end.
struct Recurrence {
  double count = 1;          ///< occurrences per `per` ("twice a week" = 2)
  bool count_stated = false; ///< the text gives a count ("twice a week"), not only a period ("weekly")
  Per per = Per::week;
  std::vector<int> by_day;   ///< ISO weekdays 1 = Monday .. 7 = Sunday ("every weekday" = 1..5)
  std::optional<Date> until; ///< last day (inclusive) when the recurrence is bounded
  std::optional<long> occurrences;  ///< number of occurrences between the reference date and until
};

/// One resolved time expression.
struct TimeExpression {
  Span span;                  ///< bytes of the text it was read from
  std::string text;           ///< the matched text
  TimeKind kind = TimeKind::date;
  Grain grain = Grain::day;
  std::optional<Date> start;  ///< first day (inclusive); absent for a pure duration
  std::optional<Date> end;    ///< last day (inclusive); absent for a pure duration or open recurrence
  bool past = false;          ///< the whole expression lies before the reference date
  bool year_stated = false;   ///< the text names the year (otherwise it was inferred)
  std::optional<Recurrence> recurrence;     ///< set for kind == recurrence
  std::optional<double> duration_seconds;   ///< length for kind == duration, or per occurrence
  /// Time of day the expression starts at on `start` ("at 3pm", "from 9 to 11am" -> 09:00; a
  /// part of the day -> its first minute; a recurrence -> the time of each occurrence). Absent
  /// when the text gives no time of day. Added in 0.1.0.
  std::optional<TimeOfDay> start_time;
  /// Time of day the expression ends at on `end`, inclusive like `end` ("from 9 to 11am" ->
  /// 11:00, "by 3pm" -> 15:00, "this morning" -> 11:59:59; a single time: the same as
  /// start_time). Added in 0.1.0.
  std::optional<TimeOfDay> end_time;
};

/// First day of the week for "this week", "end of the week", "next Monday".
enum class WeekStart { monday, sunday };

/// Per-call options of Engine::parse_time. Added in 0.1.0.
struct TimeOptions {
  std::optional<Date> today;             ///< reference date; nullopt = today in local time
  /// Reference time of day. With it, "in 2 hours" and "3 hours ago" get a time of day and a
  /// time of day without a day that is already past ("at 3am" said at 04:30) is tomorrow's.
  /// nullopt = no reference time: a time of day without a day is today's.
  std::optional<TimeOfDay> now;
  std::optional<WeekStart> week_start;   ///< nullopt = the engine's (EngineOptions::week_start)
};

/// Stable lower-case names used in JSON ("deadline", "week", ...). Added in 0.1.0.
GOALSMITH_API const char* to_string(TimeKind kind) noexcept;
GOALSMITH_API const char* to_string(Grain grain) noexcept;
GOALSMITH_API const char* to_string(Per per) noexcept;
GOALSMITH_API const char* to_string(WeekStart week_start) noexcept;  ///< "monday", "sunday"

}  // namespace goalsmith
