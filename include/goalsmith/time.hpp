// goalsmith — time expressions found in a text and resolved against a reference date.
//
// The SMART check reports every time expression it used (SmartReport::time_expressions).
// Semantics (DESIGN.md "Time semantics"): goals lean to the future, `end` is inclusive, spans are
// UTF-8 byte offsets.
#pragma once

#include <optional>
#include <string>
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

/// The unit a resolved date is precise to.
enum class Grain { day, week, month, quarter, year };

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
};

/// Stable lower-case names used in JSON ("deadline", "week", ...). Added in 0.1.0.
GOALSMITH_API const char* to_string(TimeKind kind) noexcept;
GOALSMITH_API const char* to_string(Grain grain) noexcept;
GOALSMITH_API const char* to_string(Per per) noexcept;

}  // namespace goalsmith
