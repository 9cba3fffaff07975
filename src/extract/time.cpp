// Time-expression extraction: a small hand-written parser over tokens.
//
// Every word comes from the pack's "time" section (packs/time_rules.hpp); this file only knows the
// shapes of expressions. Speed plan (DESIGN.md: ~1-2 µs per sentence): one hash probe per token
// gives all of the token's time roles; parsing starts only at tokens whose roles (or digits) say
// an expression could start there, and regexes run only on digit tokens of the right shape.
// Dates are computed with Boost.Date_Time.

#include "extract/time.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "extract/numbers.hpp"
#include "packs/compiled_pack.hpp"

namespace goalsmith::extract {
namespace {

namespace role = packs::time_role;
using packs::TimeUnit;
using packs::TimeWord;
using packs::PhraseLexicon;
using bdate = boost::gregorian::date;
using text::TokenKind;

constexpr int kMinYear = 1400;  // Boost.Date_Time's range (and Date::valid()'s)
constexpr int kMaxYear = 9999;
constexpr double kMaxAmount = 5000;  // "in 99999 years" is not a plan; keeps dates in range

// Seconds per TimeUnit (a month is 1/12 of a mean Gregorian year).
constexpr double kUnitSeconds[] = {1, 60, 3600, 86400, 604800, 1209600, 2629746, 7889238, 31556952};
// Mean days per Per (goalsmith::Per order: day, week, month, year).
constexpr double kPerDays[] = {1, 7, 30.436875, 365.2425};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}
bool valid_ymd(int y, int m, int d) {
  return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}
bdate make(int y, int m, int d) {
  return bdate(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}
Date to_public(const bdate& d) {
  return Date{static_cast<int>(d.year()), static_cast<int>(d.month()), static_cast<int>(d.day())};
}
int iso_weekday(const bdate& d) {
  const int w = d.day_of_week().as_number();  // 0 = Sunday
  return w == 0 ? 7 : w;
}
std::optional<bdate> add_days(const bdate& d, long n) {
  if (std::labs(n) > 3000000) return std::nullopt;
  try {
    bdate r = d + boost::gregorian::days(n);
    if (r.is_special()) return std::nullopt;
    return r;
  } catch (const std::out_of_range&) {
    return std::nullopt;  // beyond year 9999: not a date anyone plans for
  }
}
// Adds months and clamps the day to the end of the target month (Jan 31 + 1 month = Feb 28).
std::optional<bdate> add_months(const bdate& d, long n) {
  const long total = static_cast<long>(d.year()) * 12 + (d.month() - 1) + n;
  const long y = total / 12;
  const int m = static_cast<int>(total % 12) + 1;
  if (y < kMinYear || y > kMaxYear) return std::nullopt;
  const int yy = static_cast<int>(y);
  return make(yy, m, std::min<int>(d.day(), days_in_month(yy, m)));
}
long days_between(const bdate& from, const bdate& to) { return (to - from).days(); }

// Western Easter Sunday (anonymous Gregorian algorithm).
bdate easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return make(y, month, day);
}
// Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar.
bdate orthodox_easter_sunday(int y) {
  const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  const int julian_gap = y / 100 - y / 400 - 2;  // 13 days in 1900..2099
  return make(y, month, 1) + boost::gregorian::days(day - 1 + julian_gap);
}

// The Hebrew calendar (arithmetic rules: 19-year cycle, molad of Tishrei, the four postponements),
// after Dershowitz & Reingold, "Calendrical Calculations". Days are R.D. (1 = 0001-01-01).
bool hebrew_leap(long h) { return (7 * h + 1) % 19 < 7; }
long hebrew_elapsed_days(long h) {  // days from the epoch to the eve of Tishrei 1 of year h
  const long months = 235 * ((h - 1) / 19) + 12 * ((h - 1) % 19) + (7 * ((h - 1) % 19) + 1) / 19;
  const long parts_elapsed = 204 + 793 * (months % 1080);
  const long hours = 5 + 12 * months + 793 * (months / 1080) + parts_elapsed / 1080;
  long day = 1 + 29 * months + hours / 24;
  const long parts = 1080 * (hours % 24) + parts_elapsed % 1080;
  if (parts >= 19440 || (day % 7 == 2 && parts >= 9924 && !hebrew_leap(h)) ||
      (day % 7 == 1 && parts >= 16789 && hebrew_leap(h - 1)))
    ++day;
  if (day % 7 == 0 || day % 7 == 3 || day % 7 == 5) ++day;
  return day;
}
// The Gregorian date of day `day` of Hebrew month `month` (1 Nisan .. 7 Tishrei .. 12 Adar, Adar II
// in a leap year) in Hebrew year h.
bdate hebrew_date(long h, int month, int day) {
  constexpr long kEpoch = -1373429;  // R.D. of Tishrei 1 of year 1 is kEpoch + elapsed(1) + 1
  constexpr long kUnixRd = 719163;   // R.D. of 1970-01-01
  const long length = hebrew_elapsed_days(h + 1) - hebrew_elapsed_days(h);  // 353..355, 383..385
  const int heshvan = length % 10 == 5 ? 30 : 29, kislev = length % 10 == 3 ? 29 : 30;
  // Months from Tishrei: Tishrei, Heshvan, Kislev, Tevet, Shevat, [Adar I], Adar (II), Nisan, ... Elul.
  const int order[] = {7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6};
  const int lengths[] = {30, heshvan, kislev, 29, 30, 29, 30, 29, 30, 29, 30, 29};
  long days = 0;
  for (int k = 0; k < 12 && order[k] != month; ++k) {
    days += lengths[k];
    if (order[k] == 11 && hebrew_leap(h)) days += 30;  // Adar I
  }
  const long rd = kEpoch + hebrew_elapsed_days(h) + days + day;
  return bdate(1970, 1, 1) + boost::gregorian::days(rd - kUnixRd);
}

Grain grain_of(TimeUnit u) {
  switch (u) {
    case TimeUnit::week:
    case TimeUnit::fortnight: return Grain::week;
    case TimeUnit::month: return Grain::month;
    case TimeUnit::quarter: return Grain::quarter;
    case TimeUnit::year: return Grain::year;
    default: return Grain::day;
  }
}
Grain grain_of(Per p) {
  switch (p) {
    case Per::day: return Grain::day;
    case Per::week: return Grain::week;
    case Per::month: return Grain::month;
    default: return Grain::year;
  }
}

struct Anchor {
  bdate start, end;
  Grain grain = Grain::day;
  bool year_stated = false;
  std::size_t next = 0;  // first token after the anchor
  bool range = false;    // two ends stated ("Dec 1-5", "from Monday to Wednesday"): an interval
  int t_start = -1, t_end = -1;  // time of day on start / end, seconds since midnight (-1: none)
  int part = -1;                 // part of the day stated for the day ("tomorrow morning")
  bool implied_day = false;      // a time of day alone ("at 7"): the day is only the default one
  bool has_time() const { return t_start >= 0 || t_end >= 0; }
};

// A clock reading, possibly still without am/pm ("at 3", "ten thirty").
struct Clock {
  int hour = 0, minute = 0, second = 0;
  bool certain = false;  // 24-hour form or am/pm stated: the hour is final
  bool strong = false;   // a time of day on its own ("3pm", "15:30", "noon", "3 o'clock")
  Grain grain = Grain::hour;
  std::size_t next = 0;
};

// One time of day or a range of them, with the part of the day stated next to it.
struct ClockSpan {
  Clock from, to;
  bool range = false;
  int part = -1;
  int day_offset = 0;     // "8 tonight": the part names its day
  bool self_dated = false;
  std::size_t next = 0;
};

struct Duration {
  double amount = 0;
  TimeUnit unit = TimeUnit::day;
  std::size_t next = 0;
  bool indefinite = false;   // counted by "a"/"an"
  bool spelled_one = false;  // counted by the word "one" ("one day I will ...")
};

struct Count {
  double value = 0;
  std::size_t length = 0;
  bool indefinite = false;
  bool words = false;  // spelled out ("one", "two")
};

struct PeriodRate {
  Per per = Per::week;
  double factor = 1;  // occurrences per `per` for one stated occurrence ("every 2 weeks" = 0.5)
  std::size_t next = 0;
};

// A found expression while scanning, with what the merge pass needs.
struct Item {
  TimeExpression expr;
  std::size_t first = 0, last = 0;   // inclusive token range
  std::optional<Duration> duration;  // kind duration
  bool end_exclusive_for_counting = false;  // a window of N units holds exactly N units of days
  bool time_only = false;  // a time of day without a stated day ("at 7am"): joins a recurrence
};

class Scanner {
 public:
  Scanner(const text::TokenizedText& text, const detail::CompiledPack& pack, const TimeContext& context)
      : tx_(text), toks_(text.tokens), n_(text.tokens.size()), rules_(pack.time), numbers_(pack.numbers),
        context_(context) {}

  std::vector<FoundTime> run() {
    std::vector<FoundTime> found;
    if (n_ == 0 || !valid_ymd(context_.today.year, context_.today.month, context_.today.day)) return found;
    today_ = make(context_.today.year, context_.today.month, context_.today.day);
    info_.resize(n_);
    role_bits_.assign(n_ + kRolePadding, 0);
    for (std::size_t i = 0; i < n_; ++i) {
      info_[i] = toks_[i].kind == TokenKind::number ? nullptr : rules_.find(toks_[i]);
      if (info_[i]) role_bits_[i] = info_[i]->roles;
    }
    // Whether a time-of-day word follows closely (read by clock_may_start for every word).
    if (rules_.clock.enabled()) {
      constexpr std::uint64_t kNext = role::meridiem | role::oclock | role::clock_past | role::clock_to |
                                      role::part_of_day | role::relative_day | role::modifier;
      for (std::size_t i = 0; i < n_; ++i) {
        const std::uint64_t next = role_bits_[i + 1];
        const bool near = (next & kNext) || ((next & role::minute_unit) && (role_bits_[i + 2] & (role::clock_past | role::clock_to))) ||
                          ((role_bits_[i + 2] | role_bits_[i + 3]) & role::meridiem);
        const std::string& s = toks_[i].norm;
        if (toks_[i].kind == TokenKind::number) {
          bool hint;
          if (s.find(':') != std::string::npos)
            hint = true;
          else if (has_letter(s))
            hint = s.back() == 'm' || s.back() == 'a' || s.back() == 'p' || s.find('h') != std::string::npos;
          else if (s.find('-') != std::string::npos)
            hint = s.size() <= 16;
          else
            hint = near;  // "3 pm", "8 tonight", "20 minutes past 3"
          if (hint) role_bits_[i] |= kClockHint;
        } else if (toks_[i].kind == TokenKind::word && near) {
          // Only words a spelled number can start with (one probe of the pack's set).
          if (numbers_.starting_words.find(s, toks_[i].hash) || s.find('-') != std::string::npos) role_bits_[i] |= kClockHint;
        }
      }
    }

    std::vector<Item> items;
    for (std::size_t i = 0; i < n_;) {
      if (!may_start(i)) {
        ++i;
        continue;
      }
      std::optional<Item> best = best_at(i, items);
      if (!best) {
        ++i;
        continue;
      }
      i = best->last + 1;
      items.push_back(std::move(*best));
    }
    merge(items);

    found.reserve(items.size());
    for (auto& item : items) {
      FoundTime f;
      f.expr = std::move(item.expr);
      f.expr.span = Span{toks_[item.first].begin, toks_[item.last].end};
      f.expr.text = std::string(tx_.raw(item.first, item.last));
      f.first_token = item.first;
      f.last_token = item.last;
      found.push_back(std::move(f));
    }
    return found;
  }

 private:
  // ------------------------------------------------------------------ token helpers
  std::uint64_t roles(std::size_t i) const { return i < role_bits_.size() ? role_bits_[i] & ~kClockHint : 0; }
  bool is_number_token(std::size_t i) const { return i < n_ && toks_[i].kind == TokenKind::number; }
  bool is_punct(std::size_t i, char c) const {
    return i < n_ && toks_[i].kind == TokenKind::punct && toks_[i].norm.size() == 1 && toks_[i].norm[0] == c;
  }
  int unit_at(std::size_t i) const { return roles(i) & role::unit ? info_[i]->unit : -1; }

  bool may_start(std::size_t i) const {
    constexpr std::uint64_t kNeverStarts = role::list_joiner | role::context | role::numeric_date_blocker |
                                           role::day_of | role::ambiguous | role::other | role::times |
                                           role::fraction_suffix | role::offset_suffix | role::filler |
                                           role::day_word | role::after_next | role::meridiem | role::oclock |
                                           role::clock_past | role::clock_to | role::clock_zero | role::approximate |
                                           role::minute_unit;
    if (toks_[i].kind == TokenKind::number) return true;
    if (roles(i) & ~kNeverStarts) return true;
    // A number written in words ("three times", "forty five minutes"): a unit or "times" follows soon.
    if (toks_[i].kind != TokenKind::word) return false;
    const std::string& s = toks_[i].norm;
    if (s.size() >= 2 && s.size() <= 3 && s.back() >= '0' && s.back() <= '9') return true;  // "q1"
    constexpr std::uint64_t kAfterCount = role::unit | role::times | role::per;
    // A number word before a time word: "three pm", "ten thirty am", "twenty past 3".
    if (clock_may_start(i)) return true;
    // An ordinal word before a weekday or "of" ("first Monday of March", "first of May").
    if (roles(i + 1) & (role::weekday | role::day_of)) return true;
    // A counted weekday or upcoming unit: "three fridays from now", "two upcoming weeks".
    if (roles(i + 1) & role::weekday_plural) return true;
    return (roles(i + 1) & kAfterCount) || (roles(i + 2) & kAfterCount) || (roles(i + 3) & kAfterCount);
  }

  static bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  static bool has_letter(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z'); });
  }
  static int to_int(const std::string& digits) {
    int v = 0;
    for (char c : digits) {
      if (c < '0' || c > '9' || v > 100000) return -1;
      v = v * 10 + (c - '0');
    }
    return digits.empty() ? -1 : v;
  }

  // read_number, remembered per token: several shapes ask about the same token.
  const std::optional<NumberMatch>& number_at(std::size_t i) const {
    if (number_known_.empty()) {
      number_known_.assign(n_, 0);
      numbers_at_.resize(n_);
    }
    if (!number_known_[i]) {
      number_known_[i] = 1;
      numbers_at_[i] = read_number(tx_, i, numbers_);
    }
    return numbers_at_[i];
  }

  std::optional<Count> count_at(std::size_t i, bool allow_indefinite) const {
    if (i >= n_) return std::nullopt;
    if (toks_[i].kind == TokenKind::number || toks_[i].kind == TokenKind::word) {
      if (const auto& m = number_at(i)) {
        if (!m->ordinal && m->value > 0 && m->value <= kMaxAmount) return Count{m->value, m->length, false, m->words};
        return std::nullopt;
      }
    }
    if (allow_indefinite && (roles(i) & role::indefinite)) return Count{1, 1, true, true};
    return std::nullopt;
  }

  std::optional<int> year_at(std::size_t i) const {
    if (!is_number_token(i) || toks_[i].norm.size() != 4 || !all_digits(toks_[i].norm)) return std::nullopt;
    if (!rules_.year.match(toks_[i].norm, &groups_) || groups_.size() < 2) return std::nullopt;
    const int y = to_int(groups_[1]);
    if (y < kMinYear || y > kMaxYear) return std::nullopt;
    return y;
  }

  // A day of the month: "9", "09", "9th", or an ordinal word ("ninth") when words are allowed.
  std::optional<int> day_at(std::size_t i, bool allow_words, bool* ordinal = nullptr) const {
    if (i >= n_) return std::nullopt;
    const std::string& s = toks_[i].norm;
    int day = -1;
    bool is_ordinal = false;
    if (toks_[i].kind == TokenKind::number) {
      if (s.size() <= 2 && all_digits(s)) {
        day = to_int(s);
      } else if (s.size() <= 4 && has_letter(s) && rules_.ordinal_day.match(s, &groups_) && groups_.size() > 1) {
        day = to_int(groups_[1]);
        is_ordinal = true;
      }
    } else if (allow_words && toks_[i].kind == TokenKind::word) {
      if (const auto& m = number_at(i); m && m->ordinal && m->length == 1) {
        day = static_cast<int>(m->value);
        is_ordinal = true;
      }
    }
    if (day < 1 || day > 31) return std::nullopt;
    if (ordinal) *ordinal = is_ordinal;
    return day;
  }

  // The year of month/day: the stated one, or the next such day from today on.
  std::optional<bdate> resolve_month_day(int month, int day, std::optional<int> year) const {
    if (year) {
      if (!valid_ymd(*year, month, day)) return std::nullopt;
      return make(*year, month, day);
    }
    for (int k = 0; k <= 8; ++k) {  // 8 years always contain a Feb 29
      const int y = static_cast<int>(today_.year()) + k;
      if (!valid_ymd(y, month, day)) continue;
      const bdate d = make(y, month, day);
      if (d >= today_) return d;
    }
    return std::nullopt;
  }

  // Optional ", 2026" or " 2026" after a day.
  std::optional<int> trailing_year(std::size_t& j) const {
    if (auto y = year_at(j)) {
      ++j;
      return y;
    }
    if (is_punct(j, ',')) {
      if (auto y = year_at(j + 1)) {
        j += 2;
        return y;
      }
    }
    return std::nullopt;
  }

  // ------------------------------------------------------------------ periods
  bdate week_start(const bdate& d) const {
    const int back = (iso_weekday(d) - context_.week_start + 7) % 7;
    return d - boost::gregorian::days(back);
  }

  // The period of `unit` containing today, moved by `offset` periods.
  std::optional<Anchor> period(TimeUnit unit, long offset) const {
    Anchor a;
    a.grain = grain_of(unit);
    const int y = today_.year(), m = today_.month();
    switch (unit) {
      case TimeUnit::day: {
        auto d = add_days(today_, offset);
        if (!d) return std::nullopt;
        a.start = a.end = *d;
        return a;
      }
      case TimeUnit::week: {
        auto s = add_days(week_start(today_), 7 * offset);
        if (!s) return std::nullopt;
        a.start = *s;
        a.end = *s + boost::gregorian::days(6);
        return a;
      }
      case TimeUnit::month: return month_period(y, m, offset);
      case TimeUnit::quarter: {
        auto s = add_months(make(y, ((m - 1) / 3) * 3 + 1, 1), 3 * offset);
        if (!s) return std::nullopt;
        return quarter_period(s->year(), (s->month() - 1) / 3 + 1);
      }
      case TimeUnit::year: {
        const long yy = y + offset;
        if (yy < kMinYear || yy > kMaxYear) return std::nullopt;
        a.start = make(static_cast<int>(yy), 1, 1);
        a.end = make(static_cast<int>(yy), 12, 31);
        return a;
      }
      default: return std::nullopt;
    }
  }
  std::optional<Anchor> month_period(int y, int m, long offset) const {
    auto s = add_months(make(y, m, 1), offset);
    if (!s) return std::nullopt;
    Anchor a;
    a.grain = Grain::month;
    a.start = *s;
    a.end = make(s->year(), s->month(), days_in_month(s->year(), s->month()));
    return a;
  }
  static Anchor quarter_period(int y, int q) {
    Anchor a;
    a.grain = Grain::quarter;
    a.start = make(y, (q - 1) * 3 + 1, 1);
    a.end = make(y, q * 3, days_in_month(y, q * 3));
    return a;
  }
  // A month named without a year: the current month or the next such month.
  Anchor future_month(int m) const { return future_month(m, today_); }
  Anchor future_month(int m, const bdate& from) const {
    const int y = from.year() + (m < static_cast<int>(from.month()) ? 1 : 0);
    return *month_period(y, m, 0);
  }

  std::optional<int> quarter_at(std::size_t i) const {
    if (i >= n_ || toks_[i].kind != TokenKind::word || toks_[i].norm.size() < 2 || toks_[i].norm.size() > 3)
      return std::nullopt;
    const char last = toks_[i].norm.back();
    if (last < '0' || last > '9') return std::nullopt;
    if (!rules_.quarter.match(toks_[i].norm, &groups_) || groups_.size() < 2) return std::nullopt;
    const int q = to_int(groups_[1]);
    if (q < 1 || q > 4) return std::nullopt;
    return q;
  }

  // "Q1" [2027]: the stated year, else this year's quarter unless it is over.
  std::optional<Anchor> quarter_anchor(std::size_t i) const {
    auto q = quarter_at(i);
    if (!q) return std::nullopt;
    std::size_t j = i + 1;
    Anchor a;
    if (auto y = year_at(j)) {
      a = quarter_period(*y, *q);
      a.year_stated = true;
      ++j;
    } else {
      a = quarter_period(today_.year(), *q);
      if (a.end < today_) a = quarter_period(today_.year() + 1, *q);
    }
    a.next = j;
    return a;
  }

  std::optional<bdate> shift(TimeUnit unit, double amount, int sign) const {
    if (amount > kMaxAmount) return std::nullopt;
    static constexpr long kMonths[] = {0, 0, 0, 0, 0, 0, 1, 3, 12};
    static constexpr double kDays[] = {0, 0, 0, 1, 7, 14, 30.436875, 91.310625, 365.2425};
    const auto u = static_cast<std::size_t>(unit);
    if (kMonths[u] != 0 && amount == std::floor(amount))
      return add_months(today_, sign * static_cast<long>(amount) * kMonths[u]);
    return add_days(today_, sign * std::lround(amount * kDays[u]));
  }

  // ------------------------------------------------------------------ anchors (dates and periods)
  static void keep_longest(std::optional<Anchor>& best, std::optional<Anchor> candidate) {
    if (candidate && (!best || candidate->next > best->next)) best = candidate;
  }

  std::optional<Anchor> anchor_at(std::size_t i, bool prefixed) const {
    // Shapes nest ("the first Monday of the week of ...", ranges of holidays of years); a small
    // depth limit keeps every start bounded, so a text of nested shapes stays linear.
    if (i >= n_ || depth_ >= kMaxDepth) return std::nullopt;
    struct Nest {
      int& d;
      explicit Nest(int& x) : d(x) { ++d; }
      ~Nest() { --d; }
    } nest(depth_);
    if (!prefixed && i > 0) prefixed = (roles(i - 1) & role::context) != 0;
    std::optional<Anchor> best;
    const std::uint64_t r = roles(i);
    if (toks_[i].kind == TokenKind::number) {
      keep_longest(best, numeric_date(i));
      keep_longest(best, day_month(i));
      keep_longest(best, offset_date(i));
      keep_longest(best, nth_at(i));
      keep_longest(best, ahead_at(i));
      keep_longest(best, counted_weekday(i));
      if (prefixed || bare_year_ok(i)) keep_longest(best, year_anchor(i));
      if (clock_may_start(i)) keep_longest(best, clock_anchor(i));
      if (best && (!best->has_time() || best->grain == Grain::part_of_day)) attach_clock(*best);
      return best;
    }
    if (r & role::relative_day) keep_longest(best, relative_day(i));
    if (r & role::holiday) keep_longest(best, holiday(i));
    if ((r & role::season) && prefixed) keep_longest(best, season(i, 0));
    if ((r & role::article) && prefixed && (roles(i + 1) & role::season)) keep_longest(best, season(i + 1, 0));
    if (r & role::weekday) keep_longest(best, weekday(i, prefixed));
    if (r & role::modifier) keep_longest(best, modified(i));
    if (r & role::period_part) keep_longest(best, period_part(i));
    if (r & role::period_abbreviation) keep_longest(best, period_abbreviation(i));
    if (r & role::month) keep_longest(best, month_first(i, prefixed));
    if (r & role::article) keep_longest(best, day_month(i));
    if (r & (role::article | role::unit)) keep_longest(best, week_of(i));
    keep_longest(best, nth_at(i));  // "first Monday of March" ("first" may also start "first half of")
    if ((r & (role::indefinite | role::fraction_prefix)) || !r) keep_longest(best, offset_date(i));
    if (roles(i + 1) & role::weekday_plural) keep_longest(best, counted_weekday(i));
    if ((r | roles(i + 1)) & role::nth_ahead) keep_longest(best, ahead_at((r & role::article) ? i + 1 : i));
    keep_longest(best, quarter_anchor(i));
    if (r & role::part_of_day) keep_longest(best, part_anchor(i));
    if ((r & (role::clock_prefix | role::clock_named | role::minute_word | role::range_from)) || clock_may_start(i))
      keep_longest(best, clock_anchor(i));
    if (best && (!best->has_time() || best->grain == Grain::part_of_day)) attach_clock(*best);
    return best;
  }

  // Whether a time of day may start at token i (cheap checks before clock_anchor).
  bool clock_may_start(std::size_t i) const {
    if (i >= n_ || !(role_bits_[i] & kClockHint)) return false;
    // "three pm", "ten thirty am", "twenty past 3", "eight tonight": a number word first.
    return toks_[i].kind == TokenKind::number || number_at(i).has_value();
  }

  std::optional<Anchor> relative_day(std::size_t i) const {
    auto m = rules_.relative_days.longest_at(toks_, i);
    if (!m) return std::nullopt;
    auto d = add_days(today_, m->payload);
    if (!d) return std::nullopt;
    Anchor a;
    a.start = a.end = *d;
    a.next = i + m->length;
    return a;
  }

  // The day of a holiday in year y (nothing when the rule has no day that year).
  std::optional<bdate> holiday_in(const packs::TimeHoliday& h, int y) const {
    using K = packs::TimeHoliday::Kind;
    if (y <= kMinYear || y >= kMaxYear) return std::nullopt;
    std::optional<bdate> d;
    switch (h.kind) {
      case K::fixed:
        if (valid_ymd(y, h.month, h.day)) d = make(y, h.month, h.day);
        break;
      case K::nth_weekday: {
        if (h.n > 0) {
          const bdate first = make(y, h.month, 1);
          const bdate x = first + boost::gregorian::days((h.weekday - iso_weekday(first) + 7) % 7 + 7 * (h.n - 1));
          if (x.month() == h.month) d = x;
        } else {
          const bdate last = make(y, h.month, days_in_month(y, h.month));
          d = last - boost::gregorian::days((iso_weekday(last) - h.weekday + 7) % 7);
        }
        break;
      }
      case K::easter: d = easter_sunday(y); break;
      case K::orthodox_easter: d = orthodox_easter_sunday(y); break;
      case K::hebrew: {  // the occurrence in Gregorian year y (the earlier one if two)
        for (long hy : {static_cast<long>(y) + 3760, static_cast<long>(y) + 3761}) {
          const bdate x = hebrew_date(hy, h.month, h.day);
          if (x.year() == y) {
            d = x;
            break;
          }
        }
        break;
      }
      case K::table: {
        auto it = std::lower_bound(h.table.begin(), h.table.end(), std::make_pair(y, 0));
        if (it != h.table.end() && it->first == y && valid_ymd(y, it->second / 100, it->second % 100))
          d = make(y, it->second / 100, it->second % 100);
        break;
      }
    }
    if (d && (h.if_saturday != 0 || h.if_sunday != 0)) {  // the observed day of a weekend date
      const int wd = iso_weekday(*d);
      if (wd == 6 && h.if_saturday != 0) d = add_days(*d, h.if_saturday);
      if (wd == 7 && h.if_sunday != 0) d = add_days(*d, h.if_sunday);
    }
    if (d && h.offset != 0) d = add_days(*d, h.offset);  // after the shift: "the eve of the observed day"
    return d;
  }

  // "Thanksgiving in a year", "March 9 months from now", "Thanksgiving 3 months ago": an offset
  // right after a date named without a year moves the day it is resolved from. Returns that day
  // and the first token after the offset.
  std::optional<std::pair<bdate, std::size_t>> shifted_reference(std::size_t j) const {
    if (j >= n_) return std::nullopt;
    if (auto a = offset_date(j)) return std::make_pair(a->start, a->next);
    if (!(roles(j) & role::window)) return std::nullopt;
    auto m = rules_.windows.longest_at(toks_, j);
    if (!m || m->payload != 1) return std::nullopt;  // only the deadline word "in"
    auto d = duration_at(j + m->length);
    if (!d || d->unit < TimeUnit::day || d->amount != std::floor(d->amount)) return std::nullopt;
    auto day = shift(d->unit, d->amount, 1);
    if (!day) return std::nullopt;
    return std::make_pair(*day, d->next);
  }

  // "after next" after a weekday, month or holiday: the second occurrence.
  std::size_t after_next_at(std::size_t j) const {
    if (!(roles(j) & role::after_next)) return 0;
    auto m = rules_.after_next.longest_at(toks_, j);
    return m ? m->length : 0;
  }

  // "summer", "summer 2027", "this winter" (the one running or the next), "next summer" (the
  // first starting after today), "last winter" (the last one over).
  std::optional<Anchor> season(std::size_t i, int direction) const {
    auto m = rules_.seasons.longest_at(toks_, i);
    if (!m) return std::nullopt;
    const auto& span = rules_.season_spans[static_cast<std::size_t>(m->payload)];
    std::size_t j = i + m->length;
    const auto year = direction == 0 ? trailing_year(j) : std::nullopt;
    auto occurrence = [&](int y) {
      const int end_year = span.second < span.first ? y + 1 : y;
      return std::make_pair(make(y, span.first / 100, span.first % 100),
                            make(end_year, span.second / 100, span.second % 100));
    };
    const int y0 = today_.year();
    if (y0 - 2 <= kMinYear || y0 + 2 >= kMaxYear || (year && *year + 1 >= kMaxYear)) return std::nullopt;
    std::pair<bdate, bdate> pick = occurrence(year ? *year : y0);
    if (!year) {
      bool found = false;
      if (direction < 0) {
        for (int y = y0 + 1; y >= y0 - 2 && !found; --y)
          if (occurrence(y).second < today_) pick = occurrence(y), found = true;
      } else {
        for (int y = y0 - 1; y <= y0 + 1 && !found; ++y) {
          const auto o = occurrence(y);
          if (direction == 0 ? o.second >= today_ : o.first > today_) pick = o, found = true;
        }
      }
      if (!found) return std::nullopt;
    }
    Anchor a;
    a.start = pick.first;
    a.end = pick.second;
    a.year_stated = year.has_value();
    a.next = j;
    return a;
  }

  // "Easter", "Thanksgiving 2027", "Diwali in 2026", "MLK day of last year"; `direction` -1 is
  // the last one before today ("last Easter"), otherwise the next one from today on.
  std::optional<Anchor> holiday(std::size_t i, int direction = 0) const {
    auto m = rules_.holidays.longest_at(toks_, i);
    if (!m) return std::nullopt;
    const auto& h = rules_.holiday_rules[static_cast<std::size_t>(m->payload)];
    std::size_t j = i + m->length;
    auto year = trailing_year(j);
    if (!year && (roles(j) & (role::day_of | role::context))) {  // "of last year", "in 2026"
      if (auto y = year_at(j + 1)) {
        year = y;
        j += 2;
      } else if (roles(j + 1) & role::modifier) {
        if (auto y2 = modified(j + 1); y2 && y2->grain == Grain::year) {
          year = static_cast<int>(y2->start.year());
          j = y2->next;
        }
      }
    }
    std::optional<bdate> d;
    bdate from = today_;
    std::size_t after = 0;
    if (!year && direction == 0) {
      if (auto shifted = shifted_reference(j)) {
        from = shifted->first;
        j = shifted->second;
      } else if ((after = after_next_at(j)) != 0) {
        j += after;
      }
    }
    const int this_year = from.year();
    if (year) {
      d = holiday_in(h, *year);
    } else if (direction < 0) {
      d = holiday_in(h, this_year);
      if (!d || *d >= from) d = holiday_in(h, this_year - 1);
    } else {
      d = holiday_in(h, this_year);
      if (!d || *d < from) d = holiday_in(h, this_year + 1);
      if (d && after) d = holiday_in(h, static_cast<int>(d->year()) + 1);
    }
    if (!d) return std::nullopt;
    Anchor a;
    a.start = a.end = *d;
    a.year_stated = year.has_value();
    a.next = j;
    return a;
  }

  // A bare weekday is the next such day after today (on a Friday, "Friday" is a week away).
  std::optional<Anchor> weekday(std::size_t i, bool prefixed) const {
    // An ambiguous weekday ("sat", "thu") alone needs a context word; next to a date it is one.
    const bool needs_date = (roles(i) & role::ambiguous) && !prefixed;
    int delta = (info_[i]->weekday - iso_weekday(today_) + 7) % 7;
    if (delta == 0) delta = 7;
    Anchor a;
    a.start = a.end = today_ + boost::gregorian::days(delta);
    a.next = i + 1;
    if (needs_date) {
      std::size_t j = i + 1;
      if (is_punct(j, '.')) ++j;
      if (is_punct(j, ',')) ++j;
      bool ordinal = false;
      if (!(roles(j) & role::month) && !(day_at(j, false, &ordinal) && ordinal)) return std::nullopt;
    }
    if (std::size_t after = after_next_at(i + 1)) {  // "Friday after next": a week later
      a.start = a.end = a.start + boost::gregorian::days(7);
      a.next = i + 1 + after;
      return a;
    }
    // "Wednesday next week", "Monday of this week", "Sunday from last week".
    {
      std::size_t k = i + 1;
      if (roles(k) & (role::day_of | role::context)) ++k;
      if (roles(k) & role::modifier) {
        if (auto mod = rules_.modifiers.longest_at(toks_, k); mod && unit_at(k + mod->length) == static_cast<int>(TimeUnit::week)) {
          const bdate ws = week_start(today_) + boost::gregorian::days(7 * mod->payload);
          a.start = a.end = ws + boost::gregorian::days((info_[i]->weekday - context_.week_start + 7) % 7);
          a.next = k + mod->length + 1;
          return a;
        }
      }
    }
    // "Friday, December 11": the date decides.
    std::size_t j = i + 1;
    if (is_punct(j, '.') && needs_date) ++j;
    if (is_punct(j, ',')) ++j;
    if (roles(j) & role::month) {
      if (auto dated = month_first(j, true); dated && dated->grain == Grain::day) {
        weekday_picks_year(*dated, info_[i]->weekday);
        return dated;
      }
    }
    // "Thu 15th": the next 15th that is a Thursday.
    bool ordinal = false;
    if (auto day = day_at(j, false, &ordinal); day && ordinal) {
      bdate m = make(today_.year(), today_.month(), 1);
      for (int k = 0; k < 60; ++k, m = m + boost::gregorian::months(1)) {
        if (!valid_ymd(m.year(), m.month(), *day)) continue;
        const bdate d = make(m.year(), m.month(), *day);
        if (d < today_ || iso_weekday(d) != info_[i]->weekday) continue;
        a.start = a.end = d;
        a.next = j + 1;
        return a;
      }
    }
    if (needs_date) return std::nullopt;
    return a;
  }

  // "Fri, Jul 18" without a year whose default year has another weekday: the year in which
  // that day is this weekday, nearest to today (the later one on a tie).
  std::optional<bdate> year_by_weekday(int month, int day, int wd) const {
    std::optional<bdate> best;
    long best_distance = 0;
    const int y0 = today_.year();
    if (y0 - 8 <= kMinYear || y0 + 8 >= kMaxYear) return std::nullopt;
    for (int y = y0 - 7; y <= y0 + 7; ++y) {
      if (!valid_ymd(y, month, day)) continue;
      const bdate d = make(y, month, day);
      if (iso_weekday(d) != wd) continue;
      const long distance = std::labs(days_between(today_, d));
      if (!best || distance <= best_distance) best = d, best_distance = distance;
    }
    return best;
  }

  // A weekday stated next to a date without a year picks the year ("Fri, Jul 18").
  void weekday_picks_year(Anchor& dated, int wd) const {
    if (dated.year_stated || dated.grain != Grain::day || dated.start != dated.end || iso_weekday(dated.start) == wd) return;
    if (auto d = year_by_weekday(dated.start.month(), dated.start.day(), wd)) dated.start = dated.end = *d;
  }

  // "upcoming two weeks", "2 upcoming weeks": the Nth unit after the current one.
  std::optional<Anchor> ahead_at(std::size_t i) const {
    std::size_t j = i;
    std::optional<Count> c;
    if (roles(i) & role::nth_ahead) {
      auto m = rules_.nth_ahead.longest_at(toks_, i);
      if (!m) return std::nullopt;
      j = i + m->length;
      c = count_at(j, false);
      if (!c) return std::nullopt;
      j += c->length;
    } else {
      c = count_at(i, false);
      if (!c) return std::nullopt;
      j = i + c->length;
      if (!(roles(j) & role::nth_ahead)) return std::nullopt;
      auto m = rules_.nth_ahead.longest_at(toks_, j);
      if (!m) return std::nullopt;
      j += m->length;
    }
    if (c->value != std::floor(c->value) || c->value > kMaxAmount) return std::nullopt;
    const int u = unit_at(j);
    if (u < static_cast<int>(TimeUnit::day) || u == static_cast<int>(TimeUnit::fortnight)) return std::nullopt;
    auto a = period(static_cast<TimeUnit>(u), static_cast<long>(c->value));
    if (a) a->next = j + 1;
    return a;
  }

  // "3 Fridays from now", "two Thursdays ago": the Nth such weekday after (before) today.
  std::optional<Anchor> counted_weekday(std::size_t i) const {
    auto c = count_at(i, false);
    if (!c || c->value != std::floor(c->value) || c->value > 1000) return std::nullopt;
    const std::size_t j = i + c->length;
    if (!(roles(j) & (role::weekday_plural | role::weekday)) || !(roles(j + 1) & role::offset_suffix)) return std::nullopt;
    auto m = rules_.offset_suffixes.longest_at(toks_, j + 1);
    if (!m) return std::nullopt;
    const int wd = info_[j]->weekday;
    const long n = static_cast<long>(c->value);
    long delta;
    if (m->payload > 0) {
      delta = (wd - iso_weekday(today_) + 7) % 7;
      if (delta == 0) delta = 7;
      delta += 7 * (n - 1);
    } else {
      long back = (iso_weekday(today_) - wd + 7) % 7;
      if (back == 0) back = 7;
      delta = -(back + 7 * (n - 1));
    }
    auto d = add_days(today_, delta);
    if (!d) return std::nullopt;
    Anchor a;
    a.start = a.end = *d;
    a.next = j + 1 + m->length;
    return a;
  }

  // "next Friday", "this week", "last month".
  std::optional<Anchor> modified(std::size_t i) const {
    auto m = rules_.modifiers.longest_at(toks_, i);
    if (!m) return std::nullopt;
    const std::size_t j = i + m->length;
    const int offset = m->payload;
    if (roles(j) & role::weekday) {
      const int wd = info_[j]->weekday;
      bdate d;
      if (offset == 0) {
        d = today_ + boost::gregorian::days((wd - iso_weekday(today_) + 7) % 7);
      } else if (offset > 0) {
        d = week_start(today_) + boost::gregorian::days(7 + (wd - context_.week_start + 7) % 7);
      } else {
        int back = (iso_weekday(today_) - wd + 7) % 7;
        if (back == 0) back = 7;
        d = today_ - boost::gregorian::days(back);
      }
      Anchor a;
      a.start = a.end = d;
      a.next = j + 1;
      return a;
    }
    if (roles(j) & role::part_of_day) {  // "this morning", "last night"
      if (auto p = part_at(j); p && !p->day_offset) {
        auto d = add_days(today_, offset);
        if (!d) return std::nullopt;
        Anchor a;
        a.start = a.end = *d;
        a.next = j + p->length;
        set_part(a, p->part);
        return a;
      }
    }
    if (roles(j) & role::holiday) return holiday(j, offset);  // "last Easter", "next Thanksgiving"
    if (roles(j) & role::season) return season(j, offset);    // "this summer", "next winter"
    if (roles(j) & role::month) {  // "next March", "last May"
      const int month = info_[j]->month, now = today_.month();
      std::optional<Anchor> a;
      if (offset < 0)
        a = month_period(today_.year() - (month >= now ? 1 : 0), month, 0);
      else
        a = month_period(today_.year() + (month < now || (offset > 0 && month == now) ? 1 : 0), month, 0);
      if (a) a->next = j + 1;
      return a;
    }
    if (roles(j) & role::weekday_group) {  // "this weekend", "next weekend"
      const auto& days = rules_.groups[static_cast<std::size_t>(info_[j]->group)];
      const bdate ws = week_start(today_) + boost::gregorian::days(7 * offset);
      Anchor a;
      a.start = a.end = ws + boost::gregorian::days((days.front() - context_.week_start + 7) % 7);
      for (int wd : days) {
        const bdate d = ws + boost::gregorian::days((wd - context_.week_start + 7) % 7);
        a.start = std::min(a.start, d);
        a.end = std::max(a.end, d);
      }
      a.next = j + 1;
      return a;
    }
    const int u = unit_at(j);
    if (u < static_cast<int>(TimeUnit::day) || u == static_cast<int>(TimeUnit::fortnight)) return std::nullopt;
    auto a = period(static_cast<TimeUnit>(u), offset);
    if (a) a->next = j + 1;
    return a;
  }

  // "end of the month", "the end of Q1", "beginning of next year", "end of March".
  std::optional<Anchor> period_part(std::size_t i) const {
    auto m = rules_.period_parts.longest_at(toks_, i);
    if (!m) return std::nullopt;
    const int part = m->payload;
    std::size_t j = i + m->length;
    bool month_inferred = false;
    if (roles(j) & role::article) ++j;
    std::optional<Anchor> p;
    if (roles(j) & role::modifier) {
      if (auto mod = rules_.modifiers.longest_at(toks_, j)) {
        const int u = unit_at(j + mod->length);
        if (u >= static_cast<int>(TimeUnit::day) && u != static_cast<int>(TimeUnit::fortnight)) {
          p = period(static_cast<TimeUnit>(u), mod->payload);
          if (p) p->next = j + mod->length + 1;
        }
      }
    }
    if (!p) {
      const int u = unit_at(j);
      if (u >= static_cast<int>(TimeUnit::day) && u != static_cast<int>(TimeUnit::fortnight)) {
        p = period(static_cast<TimeUnit>(u), 0);
        if (p) p->next = j + 1;
      } else if (auto q = quarter_anchor(j)) {
        p = q;
      } else if (roles(j) & role::month) {
        std::size_t k = j + 1;
        if (auto y = year_at(k)) {
          p = month_period(*y, info_[j]->month, 0);
          if (p) p->year_stated = true;
          ++k;
        } else {
          p = future_month(info_[j]->month);
          month_inferred = true;
        }
        if (p) p->next = k;
      } else if (auto y = year_at(j)) {
        p = Anchor{make(*y, 1, 1), make(*y, 12, 31), Grain::year, true, j + 1};
      }
    }
    if (!p) return std::nullopt;
    if (part <= 1) {
      if (part == 0)
        p->start = p->end;
      else
        p->end = p->start;
      return p;
    }
    apply_part(*p, part);
    if (month_inferred && p->end < today_) {  // "late March" said on March 25: next year's
      const std::size_t next = p->next;
      p = month_period(p->start.year() + 1, p->start.month(), 0);
      p->next = next;
      apply_part(*p, part);
    }
    return p;
  }

  // Thirds (2 early, 3 mid, 4 late) and halves (5 first, 6 second) of a period. A month splits
  // into days 1-10, 11-20, 21-end; a year into months; anything else into days.
  static void apply_part(Anchor& p, int part) {
    const bool halves = part >= 5;
    const int index = halves ? part - 5 : part - 2, pieces = halves ? 2 : 3;
    if (p.grain == Grain::year || (p.grain == Grain::quarter && !halves)) {
      const int months = p.grain == Grain::year ? 12 : 3, first = p.start.month();
      const int from = first + index * months / pieces, to = first + (index + 1) * months / pieces - 1;
      p.start = make(p.start.year(), from, 1);
      p.end = make(p.start.year(), to, days_in_month(p.start.year(), to));
      p.grain = Grain::month;
      return;
    }
    if (p.grain == Grain::month && !halves) {
      const int y = p.start.year(), mo = p.start.month();
      p.start = make(y, mo, index * 10 + 1);
      p.end = index == 2 ? make(y, mo, days_in_month(y, mo)) : make(y, mo, index * 10 + 10);
      p.grain = Grain::day;
      return;
    }
    const long length = days_between(p.start, p.end) + 1;
    const long from = index * length / pieces, to = (index + 1) * length / pieces - 1;
    const bdate s = p.start;
    p.start = s + boost::gregorian::days(from);
    p.end = s + boost::gregorian::days(std::max(from, to));
    p.grain = Grain::day;
  }

  std::optional<Anchor> period_abbreviation(std::size_t i) const {
    auto m = rules_.period_abbreviations.longest_at(toks_, i);
    if (!m) return std::nullopt;
    auto p = period(static_cast<TimeUnit>(m->payload), 0);
    if (!p) return std::nullopt;
    p->start = p->end;
    p->next = i + m->length;
    return p;
  }

  // "December 9", "Dec. 9th, 2026", "December 2026", "in May".
  std::optional<Anchor> month_first(std::size_t i, bool prefixed) const {
    const int month = info_[i]->month;
    std::size_t j = i + 1;
    if (is_punct(j, '.')) ++j;
    if ((roles(j) & role::article) && day_at(j + 1, true)) ++j;  // "February the 15th"
    if (auto day = day_at(j, true)) {
      std::size_t k = j + 1;
      const auto year = trailing_year(k);
      auto d = resolve_month_day(month, *day, year);
      if (!d) return std::nullopt;  // "February 30" is no date at all
      Anchor a;
      a.start = a.end = *d;
      a.year_stated = year.has_value();
      a.next = k;
      if (!year && is_punct(k, ',') && (roles(k + 1) & role::weekday)) {  // "Jul 18, Fri"
        weekday_picks_year(a, info_[k + 1]->weekday);
        a.next = k + 2;
      }
      return a;
    }
    if (auto r = day_range_at(j)) {  // "Dec 1-5", "July 13-15, 2027"
      std::size_t k = j + 1;
      const auto year = trailing_year(k);
      return days_of_month(month, r->first, r->second, year, k);
    }
    if (auto y = year_at(j)) {
      auto a = month_period(*y, month, 0);
      a->year_stated = true;
      a->next = j + 1;
      return a;
    }
    if (std::size_t after = after_next_at(i + 1)) {  // "March after next"
      // The March after "next March" (the first March after the current month).
      auto a = month_period(static_cast<int>(today_.year()) + (month <= static_cast<int>(today_.month()) ? 2 : 1), month, 0);
      if (a) a->next = i + 1 + after;
      return a;
    }
    if (i > 0 && day_at(i - 1, false)) return std::nullopt;  // "30 February" failed as a date
    if (auto shifted = shifted_reference(i + 1)) {  // "March in a year"
      Anchor a = future_month(month, shifted->first);
      a.next = shifted->second;
      return a;
    }
    if ((roles(i) & role::ambiguous) && !prefixed) return std::nullopt;
    Anchor a = future_month(month);
    a.next = i + 1;
    return a;
  }

  // "9 December", "the 9th of December 2026", or "the 9th" (this month's or next month's).
  std::optional<Anchor> day_month(std::size_t i) const {
    std::size_t j = i;
    const bool article = (roles(j) & role::article) != 0;
    if (article) ++j;
    bool ordinal = false;
    auto day = day_at(j, article, &ordinal);
    if (!day) {
      auto r = day_range_at(j);  // "1-8 September"
      std::size_t k = j + 1;
      if (!r || !(roles(k) & role::month)) return std::nullopt;
      const int month = info_[k]->month;
      ++k;
      if (is_punct(k, '.')) ++k;
      const auto year = trailing_year(k);
      return days_of_month(month, r->first, r->second, year, k);
    }
    std::size_t k = j + 1;
    if (roles(k) & role::day_of) ++k;
    if (roles(k) & role::month) {
      const int month = info_[k]->month;
      ++k;
      if (is_punct(k, '.')) ++k;
      const auto year = trailing_year(k);
      auto d = resolve_month_day(month, *day, year);
      if (!d) return std::nullopt;
      Anchor a;
      a.start = a.end = *d;
      a.year_stated = year.has_value();
      a.next = k;
      return a;
    }
    // "the 9th": only with the article, only an ordinal in digits, and not "the 2nd round".
    // "on the 24th", "on 24th": "on" stands in for the article before an ordinal in digits.
    const bool on = !article && i > 0 && (roles(i - 1) & role::on);
    if (!(article || on) || !ordinal || toks_[j].kind != TokenKind::number) return std::nullopt;
    const std::size_t after = j + 1;
    if (after < n_ && toks_[after].kind != TokenKind::punct && roles(after) == 0) return std::nullopt;
    for (long k2 = 0; k2 < 24; ++k2) {
      auto first = add_months(make(today_.year(), today_.month(), 1), k2);
      if (!first) return std::nullopt;
      if (*day > days_in_month(first->year(), first->month())) continue;
      const bdate d = make(first->year(), first->month(), *day);
      if (d < today_) continue;
      Anchor a;
      a.start = a.end = d;
      a.next = after;
      return a;
    }
    return std::nullopt;
  }

  // "13-15", "27th-29th": the first and last day of a range inside one token.
  std::optional<std::pair<int, int>> day_range_at(std::size_t i) const {
    if (!is_number_token(i) || !rules_.day_range.valid() || toks_[i].norm.find('-') == std::string::npos)
      return std::nullopt;
    if (!rules_.day_range.match(toks_[i].norm, &groups_) || groups_.size() < 3) return std::nullopt;
    const int a = to_int(groups_[1]), b = to_int(groups_[2]);
    if (a < 1 || b > 31 || a >= b) return std::nullopt;
    return std::make_pair(a, b);
  }
  // Days first..last of a month (the year stated or the next such range from today on).
  std::optional<Anchor> days_of_month(int month, int first, int last, std::optional<int> year, std::size_t next) const {
    auto s = resolve_month_day(month, first, year);
    if (!s) return std::nullopt;
    const int y0 = today_.year();
    if (!year && s->year() > y0 && valid_ymd(y0, month, first) && valid_ymd(y0, month, last) &&
        make(y0, month, last) >= today_)
      s = make(y0, month, first);  // "Nov 20-25" said on Nov 22: the range still running this year
    if (!valid_ymd(s->year(), month, last)) return std::nullopt;
    Anchor a;
    a.start = *s;
    a.end = make(s->year(), month, last);
    a.year_stated = year.has_value();
    a.range = true;
    a.next = next;
    return a;
  }

  // "first Monday of March", "the last day of May", "third day of October", "20th of next month",
  // "first week of October 2014", "the 3rd qtr", "4th quarter 2018".
  std::optional<Anchor> nth_at(std::size_t i) const {
    std::size_t j = i;
    if (roles(j) & role::article) ++j;
    int n = 0;
    bool ordinal = false;
    if (roles(j) & role::nth_last) {
      n = -1;
      ordinal = true;
    } else if (auto d = day_at(j, true, &ordinal)) {
      n = *d;
      if (ordinal && (roles(j + 1) & role::nth_last)) {  // "the third last week of 2018": counted from the end
        n = -n;
        ++j;
      }
    } else {
      return std::nullopt;
    }
    ++j;
    const long back = n < 0 ? -n - 1 : 0;  // whole steps back from the last one
    enum class What { day_of_month, weekday, day, week } what;
    int wd = 0;
    const int u = unit_at(j);
    if (!ordinal) {
      if (!(roles(j) & role::day_of)) return std::nullopt;  // "20 of next month"
      what = What::day_of_month;
    } else if (roles(j) & role::weekday) {
      what = What::weekday;
      wd = info_[j]->weekday;
      ++j;
    } else if (u == static_cast<int>(TimeUnit::day)) {
      what = What::day;
      ++j;
    } else if (u == static_cast<int>(TimeUnit::week)) {
      what = What::week;
      ++j;
    } else if (u == static_cast<int>(TimeUnit::quarter)) {
      if (n < 1 || n > 4) return std::nullopt;
      std::size_t k = j + 1;
      if ((roles(k) & role::day_of) && year_at(k + 1)) ++k;
      Anchor a;
      if (auto y = year_at(k)) {
        a = quarter_period(*y, n);
        a.year_stated = true;
        ++k;
      } else {
        a = quarter_period(today_.year(), n);
        if (a.end < today_) a = quarter_period(today_.year() + 1, n);
      }
      a.next = k;
      return a;
    } else if ((roles(j) & role::day_of) && n > 0) {
      what = What::day_of_month;  // "first of March"
    } else {
      return std::nullopt;
    }
    if (!(roles(j) & (role::day_of | role::context))) return std::nullopt;
    ++j;
    std::optional<Anchor> p;
    if ((roles(j) & role::article) && unit_at(j + 1) >= static_cast<int>(TimeUnit::week)) {  // "of the month"
      p = period(static_cast<TimeUnit>(unit_at(j + 1)), 0);
      if (p) p->next = j + 2;
    } else {
      p = anchor_at(j, true);
    }
    if (!p || p->range || p->grain == Grain::day || (what == What::day_of_month && p->grain != Grain::month))
      return std::nullopt;
    Anchor a = *p;
    a.grain = Grain::day;
    switch (what) {
      case What::day_of_month:
      case What::day: {
        if (n < 0) {
          a.start = p->end - boost::gregorian::days(back);
          if (a.start < p->start) return std::nullopt;
        } else {
          auto d = add_days(p->start, n - 1);
          if (!d || *d > p->end) return std::nullopt;
          a.start = *d;
        }
        a.end = a.start;
        break;
      }
      case What::weekday: {
        bdate d;
        if (n < 0) {
          d = p->end - boost::gregorian::days((iso_weekday(p->end) - wd + 7) % 7 + 7 * back);
          if (d < p->start) return std::nullopt;
        } else {
          d = p->start + boost::gregorian::days((wd - iso_weekday(p->start) + 7) % 7 + 7 * (n - 1));
          if (d > p->end) return std::nullopt;
        }
        a.start = a.end = d;
        break;
      }
      case What::week: {  // weeks wholly inside the period
        bdate ws = week_start(p->start);
        if (ws < p->start) ws += boost::gregorian::days(7);
        if (n < 0) {
          ws = week_start(p->end);
          if (ws + boost::gregorian::days(6) > p->end) ws -= boost::gregorian::days(7);
          ws -= boost::gregorian::days(7 * back);
        } else {
          ws += boost::gregorian::days(7 * (n - 1));
        }
        if (ws < p->start || ws + boost::gregorian::days(6) > p->end) return std::nullopt;
        a.start = ws;
        a.end = ws + boost::gregorian::days(6);
        a.grain = Grain::week;
        break;
      }
    }
    return a;
  }

  // A bare year ("2027") away from other numbers: near the reference year and not counting a noun.
  bool bare_year_ok(std::size_t i) const {
    auto y = year_at(i);
    if (!y || *y < static_cast<int>(today_.year()) - 1 || *y > static_cast<int>(today_.year()) + 10) return false;
    if (i > 0 && (toks_[i - 1].kind == TokenKind::number || (roles(i - 1) & role::article))) return false;
    const std::size_t k = i + 1;
    return k >= n_ || toks_[k].kind == TokenKind::punct || roles(k) != 0 || toks_[k].sentence_start;
  }

  // "2026-12-09", "12/9", "19/12/2026": a part above 12 decides the order, else the context.
  std::optional<Anchor> numeric_date(std::size_t i) const {
    const std::string& s = toks_[i].norm;
    if (s.size() < 3 || s.find_first_of("/-.") == std::string::npos) return std::nullopt;
    // "score 4/5", "a rating of at least 4/5": a score word shortly before, within the sentence.
    for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
      if (toks_[i - back + 1].sentence_start) break;
      const std::uint64_t r = roles(i - back);
      if (r & role::numeric_date_blocker) return std::nullopt;
      if (r & role::deadline) break;  // "raise my score by 12/15": the date belongs to "by"
    }
    for (const auto& p : rules_.iso_dates) {
      if (p.match(s, &groups_) && groups_.size() >= 4) {
        const int y = to_int(groups_[1]), m = to_int(groups_[2]), d = to_int(groups_[3]);
        if (!valid_ymd(y, m, d)) return std::nullopt;
        Anchor a;
        a.start = a.end = make(y, m, d);
        a.year_stated = true;
        a.next = i + 1;
        return a;
      }
    }
    for (const auto& p : rules_.numeric_dates) {
      if (!p.match(s, &groups_) || groups_.size() < 3) continue;
      const int x = to_int(groups_[1]), z = to_int(groups_[2]);
      std::optional<int> year;
      if (groups_.size() > 3 && !groups_[3].empty()) {
        int y = to_int(groups_[3]);
        // Two digits: the century that puts the year at most 50 years ahead ("10/31/74" is 1974).
        if (groups_[3].size() == 2) y += y + 2000 > static_cast<int>(today_.year()) + 50 ? 1900 : 2000;
        year = y;
      }
      int month = 0, day = 0;
      if (x > 12 && z <= 12) {
        day = x, month = z;
      } else if (z > 12 && x <= 12) {
        month = x, day = z;
      } else if (context_.day_first) {
        day = x, month = z;
      } else {
        month = x, day = z;
      }
      if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
      auto d = resolve_month_day(month, day, year);
      if (!d) return std::nullopt;
      Anchor a;
      a.start = a.end = *d;
      a.year_stated = year.has_value();
      a.next = i + 1;
      return a;
    }
    // "2014-10", "2/2013": a month of a year.
    for (const auto& p : rules_.month_years) {
      if (!p.match(s, &groups_) || groups_.size() < 3) continue;
      int y = to_int(groups_[1]), m = to_int(groups_[2]);
      if (y <= 12) std::swap(y, m);
      if (m < 1 || m > 12 || y < kMinYear || y > kMaxYear) return std::nullopt;
      auto a = month_period(y, m, 0);
      if (!a) return std::nullopt;
      a->year_stated = true;
      a->next = i + 1;
      return a;
    }
    return std::nullopt;
  }

  // "the week of October 7th": the week that holds the day.
  std::optional<Anchor> week_of(std::size_t i) const {
    std::size_t j = i;
    if (roles(j) & role::article) ++j;
    if (unit_at(j) != static_cast<int>(TimeUnit::week) || !(roles(j + 1) & role::day_of)) return std::nullopt;
    auto d = anchor_at(j + 2, true);
    if (!d || d->grain != Grain::day || d->start != d->end) return std::nullopt;
    Anchor a = *d;
    a.start = week_start(d->start);
    a.end = a.start + boost::gregorian::days(6);
    a.grain = Grain::week;
    return a;
  }

  std::optional<Anchor> year_anchor(std::size_t i) const {
    auto y = year_at(i);
    if (!y) return std::nullopt;
    return Anchor{make(*y, 1, 1), make(*y, 12, 31), Grain::year, true, i + 1};
  }

  // "3 weeks from now", "two days ago".
  std::optional<Anchor> offset_date(std::size_t i) const {
    auto d = duration_at(i);
    if (!d || !(roles(d->next) & role::offset_suffix)) return std::nullopt;
    if (d->unit < TimeUnit::day && context_.now < 0) return std::nullopt;
    auto m = rules_.offset_suffixes.longest_at(toks_, d->next);
    if (!m) return std::nullopt;
    if (d->unit < TimeUnit::day) {  // "2 hours from now", "30 minutes ago": from the reference time
      const double seconds = d->amount * kUnitSeconds[static_cast<std::size_t>(d->unit)];
      if (seconds > 86400.0 * 366) return std::nullopt;
      const long long shifted = context_.now + m->payload * std::llround(seconds);
      auto day = add_days(today_, static_cast<long>(shifted >= 0 ? shifted / 86400 : -((-shifted + 86399) / 86400)));
      if (!day) return std::nullopt;
      Anchor a;
      a.start = a.end = *day;
      a.t_start = a.t_end = static_cast<int>(((shifted % 86400) + 86400) % 86400);
      a.grain = d->unit == TimeUnit::second ? Grain::second : Grain::minute;
      a.next = d->next + m->length;
      return a;
    }
    auto day = shift(d->unit, d->amount, m->payload);
    if (!day) return std::nullopt;
    Anchor a;
    a.start = a.end = *day;
    a.next = d->next + m->length;
    return a;
  }

  // ------------------------------------------------------------------ times of day
  const packs::ClockRules& clock_rules() const { return rules_.clock; }

  static int grain_seconds(Grain g) { return g == Grain::second ? 1 : g == Grain::minute || g == Grain::part_of_day ? 60 : 3600; }
  static Grain finer(Grain a, Grain b) {
    auto rank = [](Grain g) { return g == Grain::second ? 0 : g == Grain::minute ? 1 : g == Grain::hour ? 2 : 3; };
    return rank(a) <= rank(b) ? a : b;
  }

  // "pm", "a.m.", "in the pm" at j: 0 am, 1 pm; its length in `length`.
  int meridiem_at(std::size_t j, std::size_t& length) const {
    if (!(roles(j) & role::meridiem)) return -1;
    auto m = clock_rules().meridiems.longest_at(toks_, j);
    if (!m) return -1;
    length = m->length;
    return m->payload;
  }
  static bool apply_meridiem(Clock& c, int pm) {
    if (c.hour > 12 || c.hour == 0) return c.hour == 0 ? pm == 0 : pm == 1;  // "0 am", "15pm"
    c.hour = c.hour % 12 + (pm == 1 ? 12 : 0);
    c.certain = c.strong = true;
    return true;
  }
  std::size_t phrase_length(const PhraseLexicon& lexicon, std::uint64_t role_bit, std::size_t j) const {
    if (!(roles(j) & role_bit)) return 0;
    auto m = lexicon.longest_at(toks_, j);
    return m ? m->length : 0;
  }

  // A small whole number read at j (digits or words): its value and token count.
  std::optional<std::pair<int, std::size_t>> small_number(std::size_t j, int max) const {
    if (j >= n_ || (toks_[j].kind != TokenKind::number && toks_[j].kind != TokenKind::word)) return std::nullopt;
    if (toks_[j].kind == TokenKind::number && !all_digits(toks_[j].norm)) return std::nullopt;
    const auto& m = number_at(j);
    if (!m || m->ordinal || m->value < 0 || m->value > max || m->value != std::floor(m->value)) return std::nullopt;
    return std::make_pair(static_cast<int>(m->value), m->length);
  }

  // "3pm", "15:30", "9:01:10 am", "3 o'clock", "ten thirty am"; with `relaxed` (after "at", in a
  // range next to a clear time) also a bare hour: "at 3", "at three twenty", "at 1030".
  std::optional<Clock> clock_simple(std::size_t i, bool relaxed) const {
    if (i >= n_ || !clock_rules().enabled()) return std::nullopt;
    Clock c;
    std::size_t j = i + 1;
    const std::string& s = toks_[i].norm;
    bool bare = false;  // an hour number alone so far
    if (toks_[i].kind == TokenKind::number) {
      if (s.size() > 12) return std::nullopt;
      const bool digits = all_digits(s);
      if (digits && s.size() <= 2) {  // "3", "15": an hour, no regex needed
        c.hour = to_int(s);
        if (c.hour > 24) return std::nullopt;
        bare = true;
      } else if (!digits && clock_rules().clock.match(s, &groups_) && groups_.size() >= 6) {
        c.hour = to_int(groups_[1]);
        const bool sep = !groups_[2].empty(), suffix = !groups_[5].empty();
        if (sep) {
          c.minute = to_int(groups_[3]);
          c.grain = Grain::minute;
          if (!groups_[4].empty()) {
            c.second = to_int(groups_[4]);
            c.grain = Grain::second;
          }
          c.strong = true;
          c.certain = c.hour > 12 || c.hour == 0 || s[0] == '0' || groups_[2] == "h";
        }
        if (c.hour > 23 || c.minute > 59 || c.second > 59) return std::nullopt;
        const std::string suffix_text = groups_[5];
        if (suffix_text == "h") {  // "15h": a 24-hour reading only where a time is expected ("at 15h")
          if (sep || !relaxed) return std::nullopt;
          c.certain = true;
        } else if (suffix && !apply_meridiem(c, suffix_text[0] == 'p' ? 1 : 0)) {
          return std::nullopt;
        }
        // "4a" alone is no time ("3:18a", "at 3p" are): a one-letter suffix on a bare hour needs a prefix.
        if (suffix_text.size() == 1 && !sep) {
          if (!relaxed) return std::nullopt;
          c.strong = true;
        }
        bare = !sep && !suffix;
        if (bare && (s.size() > 2 || c.hour > 24)) return std::nullopt;
      } else if (digits && relaxed && clock_rules().clock_digits.match(s, &groups_) && groups_.size() >= 3) {  // "at 1030"
        c.hour = to_int(groups_[1]);
        c.minute = to_int(groups_[2]);
        if (c.hour > 23 || c.minute > 59) return std::nullopt;
        c.grain = Grain::minute;
        c.certain = c.hour > 12 || s[0] == '0';
      } else {
        return std::nullopt;
      }
    } else if (toks_[i].kind == TokenKind::word) {
      if (roles(i) & role::indefinite) return std::nullopt;  // "at a couple of ..."
      auto h = small_number(i, 23);
      if (!h) return std::nullopt;
      c.hour = h->first;
      j = i + h->second;
      bare = true;
    } else {
      return std::nullopt;
    }
    if (c.hour == 24) c.hour = 0;
    if (bare) {  // minutes after an hour: "three twenty", "twelve oh three", "at 3 15"
      if ((roles(j) & role::clock_zero) && toks_[j].kind == TokenKind::word) {
        if (auto m = small_number(j + 1, 9); m && toks_[j + 1].kind == TokenKind::word) {
          c.minute = m->first;
          c.grain = Grain::minute;
          j += 1 + m->second;
          bare = false;
        }
      } else if (auto m = small_number(j, 59); m && m->first >= 10 && (relaxed || toks_[i].kind == TokenKind::word) &&
                                                  toks_[j].kind == toks_[i].kind && !(roles(j + m->second) & role::unit)) {
        c.minute = m->first;
        c.grain = Grain::minute;
        j += m->second;
        bare = false;
      }
      if (c.hour > 12 && toks_[i].kind == TokenKind::number) c.certain = true;
    }
    std::size_t len = 0;
    if (std::size_t o = phrase_length(clock_rules().oclock, role::oclock, j)) {
      j += o;
      c.strong = true;
      bare = false;
    }
    if (!c.certain || c.hour <= 12) {
      const int pm = meridiem_at(j, len);
      if (pm >= 0) {
        if (!apply_meridiem(c, pm)) return std::nullopt;
        j += len;
        bare = false;
      }
    }
    if (!c.strong) {
      if (!relaxed) return std::nullopt;
      // "at 3 companies" is no time: after a bare hour comes the end, punctuation or a time word.
      if (j < n_ && toks_[j].kind == TokenKind::word && !(roles(j) & ~(role::unit | role::times | role::per)) ) return std::nullopt;
      if (roles(j) & (role::unit | role::times)) return std::nullopt;
      if (j < n_ && toks_[j].kind == TokenKind::number && !toks_[j].sentence_start) return std::nullopt;
    }
    j += phrase_length(clock_rules().approximate, role::approximate, j);
    c.next = j;
    return c;
  }

  // "noon", "midnight".
  std::optional<Clock> clock_named(std::size_t i) const {
    if (!(roles(i) & role::clock_named)) return std::nullopt;
    auto m = clock_rules().named.longest_at(toks_, i);
    if (!m) return std::nullopt;
    Clock c;
    c.hour = m->payload / 3600;
    c.minute = m->payload / 60 % 60;
    c.certain = c.strong = true;
    c.next = i + m->length;
    return c;
  }

  // "a quarter past 3pm", "half past three", "twenty after 3pm", "15 minutes past noon",
  // "a quarter to noon", "20 minutes to 2pm".
  std::optional<Clock> clock_offset(std::size_t i) const {
    int minutes = 0;
    std::size_t j = i;
    bool clear = false;  // a minute word or unit: "2 to 4pm" is a range, not 3:58
    if (roles(i) & role::minute_word) {
      if (auto m = clock_rules().minute_words.longest_at(toks_, i)) {
        minutes = m->payload;
        j = i + m->length;
        clear = true;
      }
    }
    if (j == i) {
      auto n = small_number(i, 59);
      if (!n || n->first == 0) return std::nullopt;
      minutes = n->first;
      j = i + n->second;
      clear = minutes > 12;
    }
    if (roles(j) & role::minute_unit) {
      ++j;
      clear = true;
    }
    const bool past = (roles(j) & role::clock_past) != 0;
    if (!clear || !(past || (roles(j) & role::clock_to))) return std::nullopt;
    ++j;
    std::optional<Clock> base = clock_named(j);
    if (!base) base = clock_simple(j, true);
    if (!base || base->minute != 0 || base->grain != Grain::hour) return std::nullopt;
    Clock c = *base;
    int total = c.hour * 60 + (past ? minutes : -minutes);
    if (total < 0) total += 24 * 60;
    c.hour = total / 60;
    c.minute = total % 60;
    if (!c.certain && c.hour == 0) c.hour = 12;  // "a quarter to one" is 12:45, resolved later
    c.grain = Grain::minute;
    c.strong = true;
    return c;
  }

  std::optional<Clock> clock_at(std::size_t i, bool relaxed) const {
    std::optional<Clock> best = clock_named(i);
    auto keep = [&](std::optional<Clock> c) {
      if (c && (!best || c->next > best->next)) best = c;
    };
    if (roles(i) & role::minute_word || toks_[i].kind != TokenKind::punct) keep(clock_offset(i));
    keep(clock_simple(i, relaxed));
    return best;
  }

  // The seconds of a clock once am/pm is settled: by the part of the day, else an hour below
  // the pack's afternoon_below is p.m. ("at 3" = 15:00), 12 is noon.
  int settle(const Clock& c, int part) const {
    int h = c.hour;
    if (!c.certain && h >= 1 && h <= 12) {
      bool done = false;
      if (part >= 0) {
        const auto& p = clock_rules().parts_of_day[static_cast<std::size_t>(part)];
        for (int candidate : {h % 12, h % 12 + 12}) {
          const int t = candidate * 3600 + c.minute * 60 + c.second;
          if (t >= p.from && t <= p.to) {
            h = candidate;
            done = true;
            break;
          }
        }
      }
      if (!done) h = h == 12 ? 12 : h < clock_rules().afternoon_below ? h + 12 : h;
    }
    return h * 3600 + c.minute * 60 + c.second;
  }
  // The end of a range whose hour may be either half of the day: the first reading after `from`.
  int settle_after(const Clock& c, int from) const {
    if (c.certain || c.hour < 1 || c.hour > 12) return settle(c, -1);
    for (int candidate : {c.hour % 12, c.hour % 12 + 12}) {
      const int t = candidate * 3600 + c.minute * 60 + c.second;
      if (t > from) return t;
    }
    return (c.hour % 12) * 3600 + c.minute * 60 + c.second;
  }
  // The start of a range whose end is settled: the last reading before `to`.
  int settle_before(const Clock& c, int to) const {
    if (c.certain || c.hour < 1 || c.hour > 12) return settle(c, -1);
    int best = -1;
    for (int candidate : {c.hour % 12, c.hour % 12 + 12}) {
      const int t = candidate * 3600 + c.minute * 60 + c.second;
      if (t < to) best = t;
    }
    return best >= 0 ? best : settle(c, -1);
  }

  // A part of the day at j ("in the morning", "tonight"): its index, length and, for a part
  // that names its day ("tonight"), the day offset.
  struct PartMatch {
    int part = -1;
    std::size_t length = 0;
    std::optional<int> day_offset;
  };
  std::optional<PartMatch> part_at(std::size_t j) const {
    if (!(roles(j) & role::part_of_day) || !clock_rules().enabled()) return std::nullopt;
    bool word = false;  // a part's last word within reach, else no phrase can match
    for (std::size_t k = j; k < j + clock_rules().longest_part && k < n_ && !word; ++k) word = (roles(k) & role::part_word) != 0;
    if (!word) return std::nullopt;
    auto m = clock_rules().parts.longest_at(toks_, j);
    if (!m) return std::nullopt;
    PartMatch p{m->payload, m->length, std::nullopt};
    if (auto d = clock_rules().self_dated.longest_at(toks_, j); d && d->length == m->length) p.day_offset = d->payload;
    return p;
  }

  // "3pm", "from 9 to 11am", "between 2 and 4 pm", "3-4pm", "9:30 - 11:00", each optionally
  // followed by a part of the day ("8 in the evening", "8 tonight").
  std::optional<ClockSpan> clock_span(std::size_t i, bool relaxed) const {
    if (i >= n_ || !clock_rules().enabled()) return std::nullopt;
    ClockSpan span;
    std::size_t j = i;
    const bool from = (roles(j) & role::range_from) != 0;
    if (from) ++j;
    bool found = false;
    // One token: "3-4pm", "9-11am", "3:30-6:00pm".
    if (j < n_ && toks_[j].kind == TokenKind::number && toks_[j].norm.find('-') != std::string::npos &&
        toks_[j].norm.size() <= 16 && clock_rules().clock_range.match(toks_[j].norm, &groups_) && groups_.size() >= 7) {
      const std::vector<std::string> g = groups_;
      Clock a, b;
      a.hour = to_int(g[1]);
      a.minute = g[2].empty() ? 0 : to_int(g[2]);
      b.hour = to_int(g[4]);
      b.minute = g[5].empty() ? 0 : to_int(g[5]);
      a.grain = g[2].empty() ? Grain::hour : Grain::minute;
      b.grain = g[5].empty() ? Grain::hour : Grain::minute;
      a.certain = a.hour > 12 || a.hour == 0;
      b.certain = b.hour > 12 || b.hour == 0;
      const bool ok = a.hour <= 23 && b.hour <= 23 && a.minute <= 59 && b.minute <= 59 &&
                      (g[3].empty() || g[3] == "h" || apply_meridiem(a, g[3][0] == 'p')) &&
                      (g[6].empty() || g[6] == "h" || apply_meridiem(b, g[6][0] == 'p'));
      std::size_t after_len = 0;
      const bool meridiem_after = g[6].empty() && meridiem_at(j + 1, after_len) >= 0;
      if (ok && g[3] == "h") a.certain = true;
      if (ok && g[6] == "h") b.certain = true;
      if (ok && (!g[6].empty() || meridiem_after || (!g[2].empty() && !g[5].empty()))) {
        span.from = a;
        span.to = b;
        span.range = true;
        std::size_t k = j + 1, len = 0;
        if (g[6].empty() && (span.to.hour <= 12)) {
          const int pm = meridiem_at(k, len);
          if (pm >= 0 && apply_meridiem(span.to, pm)) k += len;
        }
        span.to.next = k;
        found = true;
      }
    }
    if (!found) {
      // A bare hour needs a reason to be a time: a prefix ("at 8"), "from", the other end of a
      // range, or a part of the day after it ("8 tonight").
      constexpr std::uint64_t kDayAfter = role::part_of_day | role::range_joiner | role::modifier | role::relative_day;
      auto a = clock_at(j, relaxed || from);
      if (!a) {
        a = clock_at(j, true);
        if (!a || !(roles(a->next) & kDayAfter)) return std::nullopt;
      }
      span.from = *a;
      span.to = *a;
      std::size_t k = a->next;
      if (roles(k) & role::range_joiner) {
        if (auto m = rules_.range_joiners.longest_at(toks_, k); m && (m->payload == 0 || from)) {
          if (auto b = clock_at(k + m->length, true); b && (a->strong || b->strong || from)) {
            span.to = *b;
            span.range = true;
          }
        }
      }
      if (!span.from.strong && !span.to.strong && !relaxed && !from &&
          !(roles(span.to.next) & (role::part_of_day | role::modifier | role::relative_day)))
        return std::nullopt;
      if (!span.range && from && !relaxed) return std::nullopt;  // "from 3pm" alone: not a range
    }
    std::size_t k = span.to.next;
    if (auto p = part_at(k)) {  // "8 in the evening", "8 tonight", "from 3 to 4 in the afternoon"
      span.part = p->part;
      if (p->day_offset) {
        span.self_dated = true;
        span.day_offset = *p->day_offset;
      }
      k += p->length;
    }
    span.next = k;
    return span;
  }

  // Settles a span on its day: sets the times, grain and range of `a`.
  void put_times(Anchor& a, const ClockSpan& span, int part) const {
    if (span.part >= 0) part = span.part;
    if (span.range) {
      int from, to;
      if (span.to.certain && !span.from.certain) {
        to = settle(span.to, part);
        from = settle_before(span.from, to);
      } else {
        from = settle(span.from, part);
        to = span.to.certain ? settle(span.to, part) : settle_after(span.to, from);
      }
      a.t_start = from;
      a.t_end = to;
      a.range = true;
      a.grain = finer(span.from.grain, span.to.grain);
    } else {
      a.t_start = a.t_end = settle(span.from, part);
      a.grain = span.from.grain;
    }
    a.part = part;
  }

  // A time of day, with its day after it or today's: "at 3pm", "at 9am on Saturday",
  // "3pm tomorrow", "8 tonight", "from 9 to 11am", "between 9:30 and 11:00 on Thursday".
  std::optional<Anchor> clock_anchor(std::size_t i) const {
    std::size_t j = i;
    const bool prefixed = (roles(j) & role::clock_prefix) != 0;
    if (prefixed) {
      // Cheap test first: a time after "at", "around", "by around" starts with a number, a
      // named time, "half"/"a quarter" or "from".
      auto starts_time = [&](std::size_t k) {
        return k < n_ && (toks_[k].kind == TokenKind::number || (roles(k) & (role::clock_named | role::minute_word | role::range_from)) ||
                          (toks_[k].kind == TokenKind::word && numbers_.starting_words.find(toks_[k].norm, toks_[k].hash)));
      };
      if (!starts_time(i + 1) && !starts_time(i + 2)) return std::nullopt;
      auto m = clock_rules().prefixes.longest_at(toks_, j);
      if (!m) return std::nullopt;
      j += m->length;
    }
    // After a prefix a time starts with a number, a named time, "half"/"a quarter" or "from".
    if (prefixed && !(toks_[std::min(j, n_ - 1)].kind == TokenKind::number ||
                      (roles(j) & (role::clock_named | role::minute_word | role::range_from)) ||
                      (j < n_ && toks_[j].kind == TokenKind::word && numbers_.starting_words.find(toks_[j].norm, toks_[j].hash))))
      return std::nullopt;
    if (j >= n_) return std::nullopt;
    auto span = clock_span(j, prefixed);
    if (!span) return std::nullopt;
    Anchor a;
    std::size_t k = span->next;
    std::optional<Anchor> day;
    if (!span->self_dated) {  // "at 9am on Saturday", "3pm tomorrow", "at 5 tomorrow afternoon"
      std::size_t d = k;
      if (is_punct(d, ',')) ++d;
      if (roles(d) & role::on) ++d;
      if (d < n_ && (roles(d) || toks_[d].kind == TokenKind::number) && depth_ < kMaxDepth) {
        auto b = anchor_at(d, true);
        if (b && b->grain == Grain::day && b->start == b->end && !b->range && !b->has_time()) day = b;
        else if (b && b->grain == Grain::part_of_day && b->start == b->end && b->t_start >= 0 && !b->range) day = b;
      }
    }
    if (day) {
      a = *day;
      put_times(a, *span, day->part);
    } else {
      auto d = add_days(today_, span->day_offset);
      if (!d) return std::nullopt;
      a.start = a.end = *d;
      a.next = k;
      put_times(a, *span, -1);
      a.implied_day = !span->self_dated;
      // Goals lean to the future: with a reference time, a time of day already past is tomorrow's.
      if (a.implied_day && context_.now >= 0 && a.t_start < context_.now) {
        a.start = a.end = a.start + boost::gregorian::days(1);
      }
    }
    if (day) a.next = day->next;
    return a;
  }

  // "tonight", "late tonight", "morning of Christmas", "the evening of the 15th of February".
  std::optional<Anchor> part_anchor(std::size_t i) const {
    auto p = part_at(i);
    if (!p) return std::nullopt;
    std::size_t j = i + p->length;
    Anchor a;
    if ((roles(j) & role::day_of) && depth_ < kMaxDepth) {
      auto d = anchor_at(j + 1, true);
      if (!d || d->grain != Grain::day || d->start != d->end || d->range || d->has_time()) return std::nullopt;
      a = *d;
    } else if (p->day_offset) {
      auto d = add_days(today_, *p->day_offset);
      if (!d) return std::nullopt;
      a.start = a.end = *d;
      a.next = j;
    } else {
      // "in the morning" alone is a habit, not a day; "in the evening at eight" is today's time.
      a.start = a.end = today_;
      a.next = j;
      set_part(a, p->part);
      attach_clock(a);
      if (a.grain == Grain::part_of_day) return std::nullopt;
      a.implied_day = true;
      return a;
    }
    set_part(a, p->part);
    attach_clock(a);  // "tonight at 8"
    return a;
  }

  void set_part(Anchor& a, int part) const {
    const auto& pd = clock_rules().parts_of_day[static_cast<std::size_t>(part)];
    a.part = part;
    a.t_start = pd.from;
    a.t_end = pd.to;
    a.grain = Grain::part_of_day;
  }

  // After a single day: a part of the day and/or a time of day ("tomorrow evening", "Friday
  // 6:30pm", "tomorrow at 7", "Thursday from 9:30 to 11:00", "tomorrow afternoon at 5").
  void attach_clock(Anchor& a) const {
    if (!clock_rules().enabled() || a.start != a.end || a.range) return;
    if (a.grain != Grain::day && a.grain != Grain::part_of_day) return;
    std::size_t k = a.next;
    if (a.part < 0) {
      std::size_t p = k;
      if (is_punct(p, ',')) ++p;
      if (auto part = part_at(p); part && !part->day_offset) {
        set_part(a, part->part);
        k = p + part->length;
        a.next = k;
      }
    }
    if (is_punct(k, ',')) ++k;
    bool prefixed = false;
    if (roles(k) & role::clock_prefix) {
      if (auto m = clock_rules().prefixes.longest_at(toks_, k)) {
        k += m->length;
        prefixed = true;
      }
    }
    if (!(prefixed || toks_[std::min(k, n_ - 1)].kind == TokenKind::number || (roles(k) & (role::range_from | role::clock_named | role::minute_word)) ||
          (k < n_ && toks_[k].kind == TokenKind::word && ((roles(k + 1) | roles(k + 2)) & (role::meridiem | role::oclock)))))
      return;
    if (k >= n_) return;
    auto span = clock_span(k, prefixed || a.part >= 0);
    if (!span || span->self_dated) return;
    put_times(a, *span, a.part);
    a.next = span->next;
  }

  // ------------------------------------------------------------------ durations
  // "45 minutes", "an hour and a half", "2 and a half hours", "half an hour", "45min".
  std::optional<Duration> duration_at(std::size_t i) const {
    if (i >= n_) return std::nullopt;
    if (toks_[i].kind == TokenKind::number && has_letter(toks_[i].norm)) {
      if (!rules_.compact_duration.match(toks_[i].norm, &groups_) || groups_.size() < 3) return std::nullopt;
      const TimeWord* w = rules_.find(groups_[2]);
      if (!w || !(w->roles & role::unit)) return std::nullopt;
      const double amount = std::strtod(groups_[1].c_str(), nullptr);
      if (!(amount > 0) || amount > kMaxAmount) return std::nullopt;
      return Duration{amount, static_cast<TimeUnit>(w->unit), i + 1, false};
    }
    if (roles(i) & role::fraction_prefix) {
      if (auto m = rules_.fraction_prefixes.longest_at(toks_, i)) {
        const int u = unit_at(i + m->length);
        if (u >= 0) return Duration{m->payload / 1000.0, static_cast<TimeUnit>(u), i + m->length + 1, false};
      }
    }
    auto c = count_at(i, true);
    if (!c) return std::nullopt;
    std::size_t j = i + c->length;
    double amount = c->value;
    double fraction = 0;
    if (roles(j) & role::fraction_suffix) {  // "2 and a half hours"
      if (auto m = rules_.fraction_suffixes.longest_at(toks_, j); m && unit_at(j + m->length) >= 0) {
        fraction = m->payload / 1000.0;
        j += m->length;
      }
    }
    const int u = unit_at(j);
    if (u < 0) return std::nullopt;
    ++j;
    if (fraction == 0 && (roles(j) & role::fraction_suffix)) {  // "an hour and a half"
      if (auto m = rules_.fraction_suffixes.longest_at(toks_, j)) {
        fraction = m->payload / 1000.0;
        j += m->length;
      }
    }
    return Duration{amount + fraction, static_cast<TimeUnit>(u), j, c->indefinite,
                    c->words && !c->indefinite && c->value == 1 && fraction == 0};
  }

  // ------------------------------------------------------------------ recurrences
  // The period after a count: "a week", "per month", "every 2 weeks", "each other day", "weekly".
  std::optional<PeriodRate> period_after(std::size_t j) const {
    if (roles(j) & role::frequency) {
      const auto& f = rules_.frequencies[static_cast<std::size_t>(info_[j]->frequency)];
      return PeriodRate{static_cast<Per>(f.per), f.count, j + 1};
    }
    if (!(roles(j) & (role::per | role::every))) return std::nullopt;
    return unit_rate(j + 1);
  }

  // [other | N] unit -> occurrences per period of one "every".
  std::optional<PeriodRate> unit_rate(std::size_t k) const {
    double every_n = 1;
    if (roles(k) & role::filler) ++k;
    if (roles(k) & role::day_word) return PeriodRate{Per::day, 1, k + 1};
    if (roles(k) & role::other) {
      every_n = 2;
      ++k;
    } else if (unit_at(k) < 0) {
      auto c = count_at(k, false);
      if (!c) return std::nullopt;
      every_n = c->value;
      k += c->length;
    }
    const int u = unit_at(k);
    if (u < static_cast<int>(TimeUnit::day)) return std::nullopt;
    PeriodRate r;
    r.next = k + 1;
    switch (static_cast<TimeUnit>(u)) {
      case TimeUnit::day: r.per = Per::day; break;
      case TimeUnit::week: r.per = Per::week; break;
      case TimeUnit::fortnight: r.per = Per::week, every_n *= 2; break;
      case TimeUnit::month: r.per = Per::month; break;
      case TimeUnit::quarter: r.per = Per::month, every_n *= 3; break;
      default: r.per = Per::year; break;
    }
    r.factor = 1 / every_n;
    return r;
  }

  // "Monday and Thursday", "Mondays", "weekdays", "Monday, Wednesday and Friday".
  std::optional<std::pair<std::vector<int>, std::size_t>> weekday_list(std::size_t j, bool singular) const {
    std::vector<int> days;
    auto item = [&](std::size_t k) -> bool {
      const std::uint64_t r = roles(k);
      if ((r & role::weekday_plural) || (singular && (r & role::weekday))) {
        days.push_back(info_[k]->weekday);
        return true;
      }
      if (r & role::weekday_group) {
        const auto& g = rules_.groups[static_cast<std::size_t>(info_[k]->group)];
        days.insert(days.end(), g.begin(), g.end());
        return true;
      }
      return false;
    };
    if (!item(j)) return std::nullopt;
    std::size_t next = j + 1;
    for (;;) {
      std::size_t k = next;
      while (k < n_ && (roles(k) & role::list_joiner) && k < next + 2) ++k;
      if (k == next || !item(k)) break;
      next = k + 1;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return std::make_pair(std::move(days), next);
  }

  // "3 problems a day": an "a/an" rate needs a count just before it (not "I had a day off").
  bool count_before(std::size_t i, const std::vector<Item>& items) const {
    if (!items.empty() && items.back().last + 1 == i) return true;
    for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
      const std::size_t k = i - back;
      if (toks_[k].kind == TokenKind::punct) return false;
      if (toks_[k].kind == TokenKind::number) return true;
      if (const auto& m = number_at(k); m && !m->ordinal) return true;
      if (toks_[k].sentence_start) return false;
    }
    return false;
  }

  std::optional<Item> recurrence_at(std::size_t i, const std::vector<Item>& items) const {
    Recurrence rec;
    std::size_t next = 0;
    const std::uint64_t r = roles(i);
    auto with_rate = [&](double count, bool stated, std::optional<PeriodRate> rate) {
      if (!rate) return false;
      rec.count = count * rate->factor;
      rec.count_stated = stated;
      rec.per = rate->per;
      next = rate->next;
      return true;
    };
    bool ok = false;
    if (r & role::count_word) {  // "twice a week", "once every two weeks"
      std::size_t j = i + 1;
      if (roles(j) & role::times) ++j;
      ok = with_rate(info_[i]->count, true, period_after(j));
    } else if (toks_[i].kind == TokenKind::number && has_letter(toks_[i].norm)) {  // "3x a week"
      if (rules_.compact_duration.match(toks_[i].norm, &groups_) && groups_.size() >= 3) {
        const TimeWord* w = rules_.find(groups_[2]);
        const double c = std::strtod(groups_[1].c_str(), nullptr);
        if (w && (w->roles & role::times) && c > 0 && c <= kMaxAmount) ok = with_rate(c, true, period_after(i + 1));
      }
    } else if (r & role::every) {  // "every day", "every other week", "every Monday", "each weekday"
      if (auto rate = unit_rate(i + 1)) {
        ok = with_rate(1, false, rate);
      } else if (auto list = weekday_list(i + 1, true)) {
        rec.by_day = std::move(list->first);
        rec.count = static_cast<double>(rec.by_day.size());
        rec.per = Per::week;
        next = list->second;
        ok = true;
      }
    } else if (r & role::per) {  // "per day", "3 problems a day"
      if (!(r & role::per_needs_count) || count_before(i, items)) {
        auto rate = unit_rate(i + 1);
        if (rate && rate->factor == 1) ok = with_rate(1, false, rate);
      }
    } else if (r & role::on) {  // "on weekends", "on Mondays and Thursdays"
      if (auto list = weekday_list(i + 1, false)) {
        rec.by_day = std::move(list->first);
        next = list->second;
        ok = true;
      }
    } else if (r & role::weekday_plural) {  // "Mondays and Thursdays"
      if (auto list = weekday_list(i, false)) {
        rec.by_day = std::move(list->first);
        next = list->second;
        ok = true;
      }
    } else if (r & role::frequency) {  // "daily", "biweekly"
      const auto& f = rules_.frequencies[static_cast<std::size_t>(info_[i]->frequency)];
      rec.count = f.count;
      rec.per = static_cast<Per>(f.per);
      next = i + 1;
      ok = true;
    }
    if (!ok && (toks_[i].kind == TokenKind::number || toks_[i].kind == TokenKind::word)) {
      // "3 times per week", "three times a week", "2 per week"
      if (auto c = count_at(i, false)) {
        std::size_t j = i + c->length;
        if (roles(j) & role::times)
          ok = with_rate(c->value, true, period_after(j + 1));
        else if (roles(j) & role::per)
          ok = with_rate(c->value, true, unit_rate(j + 1));
      }
    }
    if (!ok) return std::nullopt;
    if (!rec.by_day.empty()) {
      rec.count = static_cast<double>(rec.by_day.size());
      rec.per = Per::week;
    }
    Item item;
    item.first = i;
    item.last = next - 1;
    item.expr.kind = TimeKind::recurrence;
    item.expr.grain = grain_of(rec.per);
    item.expr.start = to_public(today_);
    item.expr.recurrence = std::move(rec);
    return item;
  }

  // ------------------------------------------------------------------ top level
  Item from_anchor(std::size_t i, const Anchor& a, TimeKind kind) const {
    Item item;
    item.first = i;
    item.last = a.next - 1;
    item.expr.kind = kind == TimeKind::date && a.range ? TimeKind::interval : kind;
    item.expr.grain = a.grain;
    item.expr.start = to_public(a.start);
    item.expr.end = to_public(a.end);
    item.expr.year_stated = a.year_stated;
    item.expr.past = a.end < today_;
    if (a.t_start >= 0) item.expr.start_time = TimeOfDay::from_seconds(a.t_start);
    if (a.t_end >= 0) item.expr.end_time = TimeOfDay::from_seconds(a.t_end);
    item.time_only = a.implied_day;
    return item;
  }

  // "by Friday", "before Christmas", "no later than Dec 9", "by the end of Q1".
  std::optional<Item> deadline_at(std::size_t i) const {
    auto m = rules_.deadlines.longest_at(toks_, i);
    if (!m) return std::nullopt;
    auto a = anchor_at(i + m->length, true);
    if (!a) return std::nullopt;
    if (m->payload == 1) {
      if (a->t_start >= 60) {  // "before 11am": the last minute before it, that day
        a->end = a->start;
        a->t_end = a->t_start - 60;
        a->grain = Grain::minute;
      } else {  // "before X": the last day is the day before X starts
        a->end = a->start - boost::gregorian::days(1);
        a->grain = Grain::day;
        a->t_end = -1;
      }
    }
    Item item = from_anchor(i, *a, TimeKind::deadline);
    // A deadline runs from today (now, when given) to its day; one already past is only that
    // day (start <= end).
    item.expr.start = to_public(std::min(today_, a->end));
    item.expr.start_time.reset();
    if (context_.now >= 0 && item.expr.start == to_public(today_)) item.expr.start_time = TimeOfDay::from_seconds(context_.now);
    item.time_only = false;
    return item;
  }

  // "within 3 weeks", "in the next 45 days", "for 5 weeks" (interval); "in 10 days" (deadline).
  std::optional<Item> window_at(std::size_t i) const {
    auto m = rules_.windows.longest_at(toks_, i);
    if (!m) return std::nullopt;
    std::size_t j = i + m->length;
    double amount = 1;
    if (auto c = count_at(j, true)) {
      amount = c->value;
      j += c->length;
    } else if (m->length < 2) {
      return std::nullopt;  // only "the next week" may leave the count out, not "in week 3"
    }
    const int u = unit_at(j);
    if (u < 0) return std::nullopt;
    if (static_cast<TimeUnit>(u) < TimeUnit::day && context_.now >= 0) {
      // With a reference time: "in 2 hours" ends two hours from now, "the past 30 minutes" began
      // 30 minutes ago.
      const double seconds = amount * kUnitSeconds[static_cast<std::size_t>(u)];
      if (seconds > 86400.0 * 366) return std::nullopt;
      const long long now = context_.now, shifted = now + (m->payload == 2 ? -1 : 1) * std::llround(seconds);
      auto day = add_days(today_, static_cast<long>(shifted >= 0 ? shifted / 86400 : -((-shifted + 86399) / 86400)));
      if (!day) return std::nullopt;
      const int clock = static_cast<int>(((shifted % 86400) + 86400) % 86400);
      Item item;
      item.first = i;
      item.last = j;
      item.expr.kind = m->payload == 0 ? TimeKind::interval : m->payload == 1 ? TimeKind::deadline : TimeKind::interval;
      item.expr.grain = u == static_cast<int>(TimeUnit::second) ? Grain::second : Grain::minute;
      if (m->payload == 2) {
        item.expr.start = to_public(*day);
        item.expr.start_time = TimeOfDay::from_seconds(clock);
        item.expr.end = to_public(today_);
        item.expr.end_time = TimeOfDay::from_seconds(context_.now);
        item.expr.past = true;
      } else {
        item.expr.start = to_public(today_);
        item.expr.start_time = TimeOfDay::from_seconds(context_.now);
        item.expr.end = to_public(*day);
        item.expr.end_time = TimeOfDay::from_seconds(clock);
      }
      item.end_exclusive_for_counting = true;
      return item;
    }
    if (m->payload == 2) return past_window(i, j, static_cast<TimeUnit>(u), amount);
    std::optional<bdate> end;
    TimeUnit unit = static_cast<TimeUnit>(u);
    if (unit < TimeUnit::day) {
      // "within 24 hours" is a window of whole days; "for 30 minutes" stays a duration.
      const double days = amount * kUnitSeconds[static_cast<std::size_t>(unit)] / 86400;
      if (days < 1 || amount > kMaxAmount) return std::nullopt;
      end = add_days(today_, static_cast<long>(std::floor(days)));
      unit = TimeUnit::day;
    } else {
      end = shift(unit, amount, 1);
    }
    if (!end) return std::nullopt;
    Item item;
    item.first = i;
    item.last = j;
    item.expr.kind = m->payload == 0 ? TimeKind::interval : TimeKind::deadline;
    item.expr.grain = grain_of(unit);
    item.expr.start = to_public(today_);
    item.expr.end = to_public(*end);
    item.end_exclusive_for_counting = true;
    return item;
  }

  // "the past 2 weeks", "last 3 months": the N whole units before the current one.
  std::optional<Item> past_window(std::size_t i, std::size_t unit_token, TimeUnit unit, double amount) const {
    if (unit < TimeUnit::day || amount != std::floor(amount) || amount > kMaxAmount) return std::nullopt;
    long count = static_cast<long>(amount);
    if (unit == TimeUnit::fortnight) {
      unit = TimeUnit::week;
      count *= 2;
    }
    auto first = period(unit, -count), last = period(unit, -1);
    if (!first || !last) return std::nullopt;
    Item item;
    item.first = i;
    item.last = unit_token;
    item.expr.kind = TimeKind::interval;
    item.expr.grain = grain_of(unit);
    item.expr.start = to_public(first->start);
    item.expr.end = to_public(last->end);
    item.expr.past = true;
    return item;
  }

  // "from Feb 20 to Mar 5", "between Monday and Wednesday", "Aug 8 - Aug 12", "July 13 to 15",
  // "from the 13th to the 15th of July".
  std::optional<Item> range_at(std::size_t i) const {
    std::size_t j = i;
    const bool from = (roles(j) & role::range_from) != 0;
    if (from) ++j;
    std::optional<Anchor> a;
    {  // "from the 13th to the 15th of July": a bare day takes the month of the other end
      std::size_t k = j;
      if (roles(k) & role::article) ++k;
      if (!(day_at(k, true) && (roles(k + 1) & role::range_joiner))) a = anchor_at(j, true);
    }
    std::optional<int> bare_day;
    std::size_t after = 0;
    if (a) {
      if (a->range) return std::nullopt;
      after = a->next;
    } else {
      std::size_t k = j;
      const bool article = (roles(k) & role::article) != 0;
      if (article) ++k;
      bare_day = day_at(k, article || from);
      if (!bare_day) return std::nullopt;
      after = k + 1;
    }
    if (!(roles(after) & role::range_joiner)) return std::nullopt;
    auto m = rules_.range_joiners.longest_at(toks_, after);
    if (!m || (m->payload == 1 && !from)) return std::nullopt;
    const std::size_t k = after + m->length;
    std::optional<Anchor> b = anchor_at(k, true);
    if (b && b->range) return std::nullopt;
    const bool a_dated = (roles(j) & (role::month | role::article)) || is_number_token(j);
    if (!b && a && a_dated && a->grain == Grain::day && a->start == a->end) {  // "July 13 to 15": the same month
      std::size_t kk = k;
      const bool article = (roles(kk) & role::article) != 0;
      if (article) ++kk;
      const auto d = day_at(kk, article);
      const int y = a->start.year(), mo = a->start.month();
      if (d && !(roles(kk + 1) & (role::month | role::day_of | role::unit)) && valid_ymd(y, mo, *d) &&
          make(y, mo, *d) > a->start) {
        b = Anchor{make(y, mo, *d), make(y, mo, *d), Grain::day, a->year_stated, kk + 1};
      }
    }
    if (!b) return std::nullopt;
    if (bare_day) {  // "from 13 to 15 July": the first day in the month of the second
      if (b->grain != Grain::day || b->start != b->end) return std::nullopt;
      const int y = b->start.year(), mo = b->start.month();
      if (!valid_ymd(y, mo, *bare_day) || make(y, mo, *bare_day) > b->start) return std::nullopt;
      a = Anchor{make(y, mo, *bare_day), make(y, mo, *bare_day), Grain::day, b->year_stated, after};
    }
    if (b->end < a->start && !b->year_stated) {
      // "Friday to Monday": the next Monday after Friday; "Dec 20 to Jan 5": the next January.
      const long gap = days_between(b->end, a->start);
      if ((roles(k) & role::weekday) && gap < 7) {
        b->start += boost::gregorian::days(7);
        b->end += boost::gregorian::days(7);
      } else if (auto s2 = add_months(b->start, 12), e2 = add_months(b->end, 12); s2 && e2) {
        b->start = *s2;
        b->end = *e2;
      }
    }
    if (b->end < a->start) return std::nullopt;
    // "at 7 until December 18" is a time of day and a deadline, not a range from a clock reading.
    if (a->implied_day != b->implied_day) return std::nullopt;
    Anchor r;
    r.start = a->start;
    r.end = b->end;
    r.grain = a->grain == b->grain ? a->grain : Grain::day;
    if (a->has_time() && b->has_time()) {  // "from Monday 9am to Friday 5pm"
      r.t_start = a->t_start;
      r.t_end = b->t_end;
      r.grain = finer(a->grain, b->grain);
      if (r.start == r.end && r.t_end < r.t_start) return std::nullopt;
    }
    r.year_stated = a->year_stated || b->year_stated;
    r.range = true;
    r.next = b->next;
    return from_anchor(i, r, TimeKind::interval);
  }

  std::optional<Item> duration_item(std::size_t i) const {
    auto d = duration_at(i);
    if (!d) return std::nullopt;
    if (d->indefinite && !(rules_.article_units & (1u << static_cast<unsigned>(d->unit)))) return std::nullopt;
    if (d->spelled_one && d->unit >= TimeUnit::day) return std::nullopt;  // "one day I will lead a team"
    Item item;
    item.first = i;
    item.last = d->next - 1;
    item.expr.kind = TimeKind::duration;
    item.expr.grain = grain_of(d->unit);
    item.expr.duration_seconds = d->amount * kUnitSeconds[static_cast<std::size_t>(d->unit)];
    item.duration = d;
    return item;
  }

  std::optional<Item> best_at(std::size_t i, const std::vector<Item>& items) const {
    std::optional<Item> best;
    auto consider = [&](std::optional<Item> candidate) {
      if (candidate && (!best || candidate->last > best->last)) best = std::move(candidate);
    };
    const std::uint64_t r = roles(i);
    consider(recurrence_at(i, items));
    if (r & role::deadline) consider(deadline_at(i));
    if (r & role::window) consider(window_at(i));
    bool joiner_follows = false;
    if (auto a = anchor_at(i, false)) {
      joiner_follows = (roles(a->next) & role::range_joiner) != 0;
      consider(from_anchor(i, *a, TimeKind::date));
    }
    // A range only where a joiner can follow its first end ("from", a date, "13 to 15 July").
    if ((r & role::range_from) || joiner_follows ||
        ((toks_[i].kind == TokenKind::number || (r & role::article)) &&
         ((roles(i + 1) | roles(i + 2)) & role::range_joiner)))
      consider(range_at(i));
    consider(duration_item(i));
    // "by Friday at the latest", "March 3 at the latest": a deadline.
    if (best && (best->expr.kind == TimeKind::date || best->expr.kind == TimeKind::deadline) &&
        (roles(best->last + 1) & role::deadline_suffix) && best->expr.end) {
      if (auto m = rules_.deadline_suffixes.longest_at(toks_, best->last + 1)) {
        best->last += m->length;
        best->expr.kind = TimeKind::deadline;
        const bdate end = make(best->expr.end->year, best->expr.end->month, best->expr.end->day);
        best->expr.start = to_public(std::min(today_, end));
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ merging
  bool only_punct_between(std::size_t a_last, std::size_t b_first) const {
    for (std::size_t k = a_last + 1; k < b_first; ++k)
      if (toks_[k].kind != TokenKind::punct) return false;
    return true;
  }

  bool only_joiners_between(std::size_t a_last, std::size_t b_first) const {
    if (b_first > a_last + 3) return false;
    for (std::size_t k = a_last + 1; k < b_first; ++k)
      if (!(roles(k) & role::list_joiner)) return false;
    return true;
  }

  static bool is_bound(const Item& item) {
    return (item.expr.kind == TimeKind::deadline || item.expr.kind == TimeKind::interval) && item.expr.end;
  }

  void bound(Item& rec_item, const Item& limit) const {
    Recurrence& rec = *rec_item.expr.recurrence;
    const bdate until = make(limit.expr.end->year, limit.expr.end->month, limit.expr.end->day);
    rec.until = *limit.expr.end;
    rec_item.expr.end = *limit.expr.end;
    rec_item.expr.past = until < today_;
    if (rec_item.expr.past) rec_item.expr.start = rec_item.expr.end;  // keep start <= end
    rec_item.expr.year_stated = rec_item.expr.year_stated || limit.expr.year_stated;
    long days = days_between(today_, until) + (limit.end_exclusive_for_counting ? 0 : 1);
    if (days <= 0) {
      rec.occurrences = 0;
      return;
    }
    if (!rec.by_day.empty()) {
      long occurrences = (days / 7) * static_cast<long>(rec.by_day.size());
      for (long k = 0; k < days % 7; ++k) {
        const int wd = iso_weekday(today_ + boost::gregorian::days(k));
        if (std::find(rec.by_day.begin(), rec.by_day.end(), wd) != rec.by_day.end()) ++occurrences;
      }
      rec.occurrences = occurrences;
      return;
    }
    const double exact = rec.count * static_cast<double>(days) / kPerDays[static_cast<std::size_t>(rec.per)];
    rec.occurrences = std::max(1L, std::lround(exact));
  }

  // Each pass builds a new list (no erase in the middle), so merging stays linear in the text.
  void merge(std::vector<Item>& items) const {
    std::vector<Item> out;
    out.reserve(items.size());
    // 0. compound durations: "an hour and 45 minutes", "2 years, 3 months" (units falling).
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (!out.empty() && out.back().duration && items[k].duration && out.back().expr.kind == TimeKind::duration &&
          items[k].expr.kind == TimeKind::duration && items[k].duration->unit < out.back().duration->unit &&
          only_joiners_between(out.back().last, items[k].first)) {
        *out.back().expr.duration_seconds += *items[k].expr.duration_seconds;
        out.back().duration->unit = items[k].duration->unit;
        out.back().expr.grain = items[k].expr.grain;
        out.back().last = items[k].last;
        continue;
      }
      out.push_back(std::move(items[k]));
    }
    items.swap(out);
    out.clear();
    // 1. duration + rate: "45 minutes a day", "an hour daily", "3 days a week".
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (k + 1 < items.size() && merge_duration_rate(items[k], items[k + 1])) ++k;
      out.push_back(std::move(items[k]));
    }
    items.swap(out);
    out.clear();
    // 2. rate + "for" + duration: "daily for 30 minutes".
    for (std::size_t k = 0; k < items.size(); ++k) {
      out.push_back(std::move(items[k]));
      if (k + 1 < items.size() && merge_rate_duration(out.back(), items[k + 1])) ++k;
    }
    items.swap(out);
    out.clear();
    // 2b. rate next to a time of day without a day: "every morning at 7", "at 7am daily". The
    //     time is that of each occurrence.
    const bool any_time_only = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.time_only; });
    for (std::size_t k = 0; any_time_only && k < items.size(); ++k) {
      Item& item = items[k];
      if (item.expr.kind == TimeKind::recurrence && !item.expr.start_time) {
        if (k + 1 < items.size() && items[k + 1].time_only && only_punct_between(item.last, items[k + 1].first)) {
          take_time(item, items[k + 1]);
          item.last = items[k + 1].last;
          out.push_back(std::move(item));
          ++k;
          continue;
        }
        if (!out.empty() && out.back().time_only && only_punct_between(out.back().last, item.first)) {
          take_time(item, out.back());
          item.first = out.back().first;
          out.back() = std::move(item);
          continue;
        }
      }
      out.push_back(std::move(item));
    }
    if (any_time_only) items.swap(out);
    out.clear();
    // 3. rate next to its window or deadline (after it or before it): one bounded recurrence.
    for (std::size_t k = 0; k < items.size(); ++k) {
      Item& item = items[k];
      if (item.expr.kind == TimeKind::recurrence && !item.expr.recurrence->until) {
        if (k + 1 < items.size() && is_bound(items[k + 1]) && only_punct_between(item.last, items[k + 1].first)) {
          bound(item, items[k + 1]);
          item.last = items[k + 1].last;
          out.push_back(std::move(item));
          ++k;
          continue;
        }
        if (!out.empty() && is_bound(out.back()) && only_punct_between(out.back().last, item.first)) {
          bound(item, out.back());
          item.first = out.back().first;
          out.back() = std::move(item);
          continue;
        }
      }
      out.push_back(std::move(item));
    }
    items.swap(out);
    // 4. a rate and a window or deadline elsewhere in the same sentence: the rate is bounded by
    //    the nearest one (the following one first), but both stay separate expressions since
    //    their spans are not contiguous.
    bool open_rate = false;
    for (const auto& item : items)
      open_rate = open_rate || (item.expr.kind == TimeKind::recurrence && !item.expr.recurrence->until);
    if (!open_rate) return;
    std::vector<std::size_t> sentence(items.size());
    std::size_t token = 0, id = 0;
    for (std::size_t k = 0; k < items.size(); ++k) {
      for (; token <= items[k].first; ++token)
        if (toks_[token].sentence_start && token > 0) ++id;
      sentence[k] = id;
    }
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> next_bound(items.size(), kNone);
    for (std::size_t k = items.size(), seen = kNone; k-- > 0;) {
      next_bound[k] = seen;
      if (is_bound(items[k])) seen = k;
    }
    std::size_t previous = kNone;
    for (std::size_t k = 0; k < items.size(); ++k) {
      Item& item = items[k];
      if (item.expr.kind == TimeKind::recurrence && !item.expr.recurrence->until) {
        if (next_bound[k] != kNone && sentence[next_bound[k]] == sentence[k])
          bound(item, items[next_bound[k]]);
        else if (previous != kNone && sentence[previous] == sentence[k])
          bound(item, items[previous]);
      }
      if (is_bound(item)) previous = k;
    }
  }

  static void take_time(Item& rec_item, const Item& clock) {
    rec_item.expr.start_time = clock.expr.start_time;
    rec_item.expr.end_time = clock.expr.end_time;
  }

  bool merge_duration_rate(Item& d, Item& rec_item) const {
    if (!d.duration || rec_item.expr.kind != TimeKind::recurrence || rec_item.first != d.last + 1) return false;
    Recurrence& rec = *rec_item.expr.recurrence;
    if (d.duration->unit == TimeUnit::day && rec.per == Per::week && !rec.count_stated && rec.by_day.empty() &&
        rec.count == 1 && d.duration->amount <= 7) {
      rec.count = d.duration->amount;  // "3 days a week"
      rec.count_stated = true;
    } else if (d.duration->unit < TimeUnit::day && !rec_item.expr.duration_seconds) {
      rec_item.expr.duration_seconds = d.expr.duration_seconds;
    } else {
      return false;
    }
    rec_item.first = d.first;
    return true;
  }

  bool merge_rate_duration(Item& rec_item, const Item& d) const {
    if (rec_item.expr.kind != TimeKind::recurrence || rec_item.expr.duration_seconds || !d.duration ||
        d.duration->unit >= TimeUnit::day)
      return false;
    const std::size_t gap = d.first - rec_item.last - 1;
    if (gap > 1 || (gap == 1 && !(roles(rec_item.last + 1) & role::window))) return false;
    rec_item.expr.duration_seconds = d.expr.duration_seconds;
    rec_item.last = d.last;
    return true;
  }

  const text::TokenizedText& tx_;
  const std::vector<text::Token>& toks_;
  const std::size_t n_;
  const packs::TimeRules& rules_;
  const packs::NumberRules& numbers_;
  const TimeContext& context_;
  bdate today_{2000, 1, 1};
  std::vector<const TimeWord*> info_;
  static constexpr std::size_t kRolePadding = 4;  // roles(i + 3) needs no bounds check past the end
  std::vector<std::uint64_t> role_bits_;          // info_[i]->roles, 0 for none and past the end
  // Not a role: set in role_bits_ where a time of day may start (see run()); roles() hides it.
  static constexpr std::uint64_t kClockHint = 1ull << 63;
  static constexpr int kMaxDepth = 4;
  mutable int depth_ = 0;                    // anchor_at nesting
  mutable std::vector<std::string> groups_;  // regex capture scratch, reused
  mutable std::vector<char> number_known_;   // number_at memo, allocated on first use
  mutable std::vector<std::optional<NumberMatch>> numbers_at_;
};

}  // namespace

std::vector<FoundTime> find_times(const text::TokenizedText& text, const detail::CompiledPack& pack,
                                  const TimeContext& context) {
  return Scanner(text, pack, context).run();
}

}  // namespace goalsmith::extract
