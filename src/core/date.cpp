#include "goalsmith/date.hpp"

#include <ctime>

#include "goalsmith/error.hpp"
#include "goalsmith/time.hpp"

namespace goalsmith {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar, and free of time-zone effects that mktime would bring.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

bool Date::valid() const noexcept {
  return year >= 1400 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

long Date::days_since_epoch() const noexcept { return days_from_civil(year, month, day); }

Date Date::from_days_since_epoch(long z) noexcept {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return Date{y, m, d};
}

Date Date::from_iso(std::string_view iso) {
  auto bad = [&] {
    return Error(ErrorCode::invalid_argument,
                 "\"" + std::string(iso.substr(0, 40)) + "\" is not a date of the form YYYY-MM-DD");
  };
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') throw bad();
  auto digits = [&](std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') throw bad();
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (!d.valid())
    throw Error(ErrorCode::invalid_argument,
                "\"" + std::string(iso) + "\" is not a real calendar date (years 1400-9999)");
  return d;
}

TimeOfDay TimeOfDay::from_iso(std::string_view iso) {
  auto bad = [&] {
    return Error(ErrorCode::invalid_argument,
                 "\"" + std::string(iso.substr(0, 40)) + "\" is not a time of day of the form HH:MM or HH:MM:SS");
  };
  if ((iso.size() != 5 && iso.size() != 8) || iso[2] != ':' || (iso.size() == 8 && iso[5] != ':')) throw bad();
  auto two = [&](std::size_t pos, int max) {
    if (iso[pos] < '0' || iso[pos] > '9' || iso[pos + 1] < '0' || iso[pos + 1] > '9') throw bad();
    const int v = (iso[pos] - '0') * 10 + (iso[pos + 1] - '0');
    if (v > max) throw bad();
    return v;
  };
  return TimeOfDay{two(0, 23), two(3, 59), iso.size() == 8 ? two(6, 59) : 0};
}

std::string TimeOfDay::to_iso() const {
  char buf[8];
  const int parts[3] = {hour < 0 ? 0 : hour % 100, minute < 0 ? 0 : minute % 100, second < 0 ? 0 : second % 100};
  for (int k = 0; k < 3; ++k) {
    buf[3 * k] = static_cast<char>('0' + parts[k] / 10);
    buf[3 * k + 1] = static_cast<char>('0' + parts[k] % 10);
    if (k < 2) buf[3 * k + 2] = ':';
  }
  return std::string(buf, 8);
}

Date Date::today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string Date::to_iso() const {
  char buf[16];
  const int y = year < 0 ? 0 : year > 9999 ? 9999 : year;
  const int m = month < 0 ? 0 : month > 99 ? 99 : month;
  const int dd = day < 0 ? 0 : day > 99 ? 99 : day;
  buf[0] = static_cast<char>('0' + y / 1000);
  buf[1] = static_cast<char>('0' + y / 100 % 10);
  buf[2] = static_cast<char>('0' + y / 10 % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + dd / 10);
  buf[9] = static_cast<char>('0' + dd % 10);
  return std::string(buf, 10);
}

bool operator==(const Date& a, const Date& b) noexcept {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}
bool operator!=(const Date& a, const Date& b) noexcept { return !(a == b); }
bool operator<(const Date& a, const Date& b) noexcept {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}
bool operator<=(const Date& a, const Date& b) noexcept { return !(b < a); }
bool operator>(const Date& a, const Date& b) noexcept { return b < a; }
bool operator>=(const Date& a, const Date& b) noexcept { return !(a < b); }

}  // namespace goalsmith
