// goalsmith — calendar dates and byte spans, the plain value types shared by every result.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "goalsmith/export.hpp"

namespace goalsmith {

/// A day of the proleptic Gregorian calendar. A plain value: no time zone, no time of day.
struct GOALSMITH_API Date {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31

  /// Parses "YYYY-MM-DD". Throws Error(invalid_argument) naming the text when it is not a real
  /// date (e.g. "2026-02-30"). Added in 0.1.0.
  static Date from_iso(std::string_view iso);
  /// Today in the local time zone of the process. Added in 0.1.0.
  static Date today();
  /// "YYYY-MM-DD".
  std::string to_iso() const;
  /// True when year/month/day name a real day between years 1400 and 9999.
  bool valid() const noexcept;
  /// Days since 1970-01-01 (negative before). Lets callers compare and subtract dates.
  long days_since_epoch() const noexcept;
  static Date from_days_since_epoch(long days) noexcept;
};

GOALSMITH_API bool operator==(const Date& a, const Date& b) noexcept;
GOALSMITH_API bool operator!=(const Date& a, const Date& b) noexcept;
GOALSMITH_API bool operator<(const Date& a, const Date& b) noexcept;
GOALSMITH_API bool operator<=(const Date& a, const Date& b) noexcept;
GOALSMITH_API bool operator>(const Date& a, const Date& b) noexcept;
GOALSMITH_API bool operator>=(const Date& a, const Date& b) noexcept;

/// A half-open range [begin, end) of UTF-8 byte offsets into the checked text.
/// (Python converts these to string indices.)
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

inline bool operator==(const Span& a, const Span& b) noexcept {
  return a.begin == b.begin && a.end == b.end;
}

}  // namespace goalsmith
