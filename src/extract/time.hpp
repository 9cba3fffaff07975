// extractors: time expressions (dates, deadlines, intervals, durations, recurrences).
//
// The one interface the analyzers use for time. It finds every time expression in a tokenized
// text and resolves it against the reference date with Boost.Date_Time. Words and patterns come
// from the pack's "time" section.
#pragma once

#include <cstddef>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/time.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::detail {
struct CompiledPack;
}

namespace goalsmith::extract {

struct TimeContext {
  Date today;
  bool day_first = false;  ///< "12/9" is 12 September
  int week_start = 1;      ///< ISO weekday the week starts on: 1 = Monday, 7 = Sunday
  int now = -1;            ///< reference time of day in seconds since midnight; -1 = not given
};

struct FoundTime {
  TimeExpression expr;
  std::size_t first_token = 0;  ///< inclusive token range the expression covers
  std::size_t last_token = 0;
};

/// Every time expression in `text`, left to right, non-overlapping (longest first).
/// Adjacent parts that belong together are merged ("every week for the next 5 weeks" is one
/// bounded recurrence, "45 minutes a day" one recurrence with a duration per occurrence).
std::vector<FoundTime> find_times(const text::TokenizedText& text, const detail::CompiledPack& pack,
                                  const TimeContext& context);

}  // namespace goalsmith::extract
