// language pack layer: the words and patterns of time expressions ("time" section of a pack).
//
// Layout for speed (DESIGN.md: ~1-2 µs per sentence): every single word the time extractor
// cares about sits in ONE hash map (`words`) whose value says everything about that word
// (a bit set of roles plus the month, weekday, unit, ... it denotes). The extractor probes that
// map once per token; multi-word phrases ("no later than", "christmas eve") live in
// PhraseLexicons that are only consulted when the first word's role bit says they could match.
// docs/time.md describes the JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "packs/hash_index.hpp"
#include "packs/lexicon.hpp"

namespace goalsmith::packs {

/// Units of time, in the order the extractor relies on (sub-day units first).
enum class TimeUnit : std::int8_t { second, minute, hour, day, week, fortnight, month, quarter, year };

/// Role bits of a word in `TimeRules::words`. A phrase's bit is set on its first word.
namespace time_role {
enum : std::uint64_t {
  month = 1u << 0,             ///< month name ("december", "dec")
  weekday = 1u << 1,           ///< weekday name ("friday", "fri")
  weekday_plural = 1u << 2,    ///< "fridays": a recurrence on its own
  weekday_group = 1u << 3,     ///< "weekday", "weekends"
  relative_day = 1u << 4,      ///< first word of "today", "the day after tomorrow"
  unit = 1u << 5,              ///< "day", "weeks", "hrs"
  deadline = 1u << 6,          ///< first word of "by", "no later than"
  window = 1u << 7,            ///< first word of "within", "in the next"
  offset_suffix = 1u << 8,     ///< first word of "from now", "ago"
  modifier = 1u << 9,          ///< first word of "next", "this", "the following"
  period_part = 1u << 10,      ///< first word of "end of", "beginning of"
  period_abbreviation = 1u << 11,  ///< "eom", "eoy"
  holiday = 1u << 12,          ///< first word of "christmas eve"
  every = 1u << 13,            ///< "every", "each"
  other = 1u << 14,            ///< "other" in "every other day"
  per = 1u << 15,              ///< "per", "a", "an" before a period
  per_needs_count = 1u << 16,  ///< "a", "an": only a rate after a count ("3 problems a day")
  count_word = 1u << 17,       ///< "once", "twice"
  times = 1u << 18,            ///< "times", "x"
  frequency = 1u << 19,        ///< "daily", "biweekly"
  on = 1u << 20,               ///< "on" in "on weekends"
  list_joiner = 1u << 21,      ///< "and", "," between weekdays
  article = 1u << 22,          ///< "the" in "the 9th", "the end of the month"
  day_of = 1u << 23,           ///< "of" in "9th of December"
  indefinite = 1u << 24,       ///< "a", "an" read as one
  fraction_suffix = 1u << 25,  ///< first word of "and a half"
  fraction_prefix = 1u << 26,  ///< first word of "half an"
  numeric_date_blocker = 1u << 27,  ///< "score" before "4/5": not a date
  context = 1u << 28,          ///< "in", "during": lets an ambiguous or bare month be a date
  ambiguous = 1u << 29,        ///< "may", "sat": a time word only next to other time words
  filler = 1u << 30,           ///< "single" in "every single day": skipped after "every"
  day_word = 1ull << 31,       ///< "morning" in "every morning": one per day after "every"/"per"
  range_from = 1ull << 32,     ///< "from", "between": may open a range ("from Feb 20 to Mar 5")
  range_joiner = 1ull << 33,   ///< first word of "-", "to", "through" between the ends of a range
  nth_last = 1ull << 34,       ///< "last" in "last Monday of March", "last day of May"
  deadline_suffix = 1ull << 35,  ///< first word of "at the latest"
  season = 1ull << 36,         ///< first word of "summer", "the fall"
  after_next = 1ull << 37,     ///< first word of "after next" ("Friday after next")
  nth_ahead = 1ull << 38,      ///< first word of "upcoming" in "upcoming two weeks" (the 2nd week ahead)
  clock_prefix = 1ull << 39,   ///< "at", "@", "around": a bare hour after it is a time of day ("at 3")
  meridiem = 1ull << 40,       ///< first word of "pm", "a.m.", "in the pm"
  oclock = 1ull << 41,         ///< first word of "o'clock"
  clock_named = 1ull << 42,    ///< first word of "noon", "midnight"
  part_of_day = 1ull << 43,    ///< first word of "morning", "in the afternoon", "tonight"
  clock_past = 1ull << 44,     ///< "past", "after" in "a quarter past 3"
  clock_to = 1ull << 45,       ///< "to", "till" in "twenty to 4"
  minute_word = 1ull << 46,    ///< first word of "half", "a quarter" in "half past 3"
  clock_zero = 1ull << 47,     ///< "oh" in "twelve oh three"
  approximate = 1ull << 48,    ///< first word of "ish", "or so" after a time of day
  minute_unit = 1ull << 49,    ///< "minutes" in "20 minutes past 3"
  part_word = 1ull << 50,      ///< last word of a part of the day ("morning" of "in the morning")
};
}  // namespace time_role

/// Everything the pack says about one single word.
struct TimeWord {
  std::uint64_t roles = 0;
  std::int8_t month = 0;           ///< 1..12 when role month
  std::int8_t weekday = 0;         ///< ISO 1..7 when role weekday or weekday_plural
  std::int8_t unit = -1;           ///< TimeUnit when role unit
  std::int8_t group = -1;          ///< index into TimeRules::groups when role weekday_group
  std::int8_t frequency = -1;      ///< index into TimeRules::frequencies when role frequency
  double count = 0;                ///< value when role count_word
};

/// A frequency word: "biweekly" = 0.5 per week.
struct TimeFrequency {
  double count = 1;
  std::int8_t per = 1;  ///< goalsmith::Per as an integer (0 day, 1 week, 2 month, 3 year)
};

/// A holiday: a fixed day, the n-th weekday of a month, a day counted from (Western or
/// Orthodox) Easter, a day of the (computed) Hebrew calendar, or a table of dates by year
/// (lunar calendars); then the weekend shift, then an offset in days.
struct TimeHoliday {
  enum class Kind : std::int8_t { fixed, nth_weekday, easter, orthodox_easter, table, hebrew } kind = Kind::fixed;
  std::int8_t month = 0;    ///< fixed, nth_weekday; hebrew: 1 Nisan .. 7 Tishrei .. 12 Adar (Adar II in a leap year)
  std::int8_t day = 0;      ///< fixed, hebrew
  std::int8_t weekday = 0;  ///< nth_weekday: ISO 1..7
  std::int8_t n = 0;        ///< nth_weekday: 1..5, or -1 for the last
  std::int16_t offset = 0;  ///< days added to the rule's day ("black friday" = 4th Thursday + 1)
  std::int8_t if_saturday = 0, if_sunday = 0;  ///< days added when the day falls on a Saturday / Sunday
  std::vector<std::pair<int, int>> table;  ///< (year, month * 100 + day), sorted by year
};

/// A part of the day ("morning": 00:00-11:59), in seconds since midnight, both ends inclusive.
struct TimePartOfDay {
  std::string name;
  int from = 0, to = 0;
};

/// Times of day: the "clock" object of the "time" section.
struct ClockRules {
  PhraseLexicon prefixes;     ///< [unused] "at", "around"
  PhraseLexicon meridiems;    ///< [0 am, 1 pm]
  PhraseLexicon oclock;       ///< [unused]
  PhraseLexicon named;        ///< [seconds since midnight: "noon" = 43200]
  PhraseLexicon minute_words; ///< [minutes: "half" = 30]
  PhraseLexicon approximate;  ///< [unused] "ish", "or so"
  PhraseLexicon parts;        ///< [index into parts_of_day]
  PhraseLexicon self_dated;   ///< [day offset: "tonight" = 0] parts that name their day
  std::vector<TimePartOfDay> parts_of_day;
  std::size_t longest_part = 0;  ///< tokens of the longest part phrase
  int afternoon_below = 7;    ///< a bare hour 1..afternoon_below-1 is read as p.m. ("at 3" = 15:00)
  Pattern clock;              ///< groups: 1 hour, 2 separator, 3 minute, 4 second, 5 a/p suffix
  Pattern clock_digits;       ///< groups: 1 hour, 2 minute ("1030" after "at")
  Pattern clock_range;        ///< groups: 1 hour, 2 minute, 3 a/p, 4 hour, 5 minute, 6 a/p ("3-4pm")
  bool enabled() const { return clock.valid(); }
};

struct TimeRules {
  bool day_first = false;  ///< pack default for "12/9": false = month first (en-US)

  HashIndex<TimeWord> words;  ///< one probe per token, with the token's precomputed hash
  std::vector<std::vector<int>> groups;             ///< ISO weekdays of each weekday group
  std::vector<TimeFrequency> frequencies;
  std::uint32_t article_units = 0;  ///< bit per TimeUnit: "an hour" alone is a duration, "a day" is not

  // Phrases; payload meaning in brackets.
  PhraseLexicon relative_days;        ///< [day offset from today]
  PhraseLexicon deadlines;            ///< [0 = inclusive ("by"), 1 = exclusive ("before")]
  PhraseLexicon windows;              ///< [0 = interval ("within"), 1 = deadline ("in"), 2 = past ("the past")]
  PhraseLexicon offset_suffixes;      ///< [+1 "from now", -1 "ago"]
  PhraseLexicon modifiers;            ///< [-1 last, 0 this, +1 next]
  PhraseLexicon period_parts;         ///< [PeriodPart: 0 end of, 1 start of, 2 early, 3 mid, 4 late, 5 first half, 6 second half]
  PhraseLexicon period_abbreviations; ///< [TimeUnit whose current period ends: "eom"]
  PhraseLexicon holidays;             ///< [index into holiday_rules]
  std::vector<TimeHoliday> holiday_rules;
  PhraseLexicon range_joiners;        ///< [0 = any range, 1 = only after a range_from word ("between")]
  PhraseLexicon deadline_suffixes;    ///< [unused] "at the latest" after a date makes it a deadline
  PhraseLexicon seasons;              ///< [index into season_spans]
  std::vector<std::pair<int, int>> season_spans;  ///< (first, last) day as month * 100 + day; last < first wraps the year
  PhraseLexicon after_next;           ///< [unused] "after next": the second occurrence from today
  PhraseLexicon nth_ahead;            ///< [unused] "upcoming" before or after "N units": the Nth unit after the current one
  PhraseLexicon fraction_suffixes;    ///< [value in 1/1000: "and a half" = 500]
  PhraseLexicon fraction_prefixes;    ///< [value in 1/1000: "half an" = 500]

  // Token patterns (run only on tokens that a cheap check says could match).
  std::vector<Pattern> iso_dates;      ///< groups: 1 year, 2 month, 3 day
  std::vector<Pattern> numeric_dates;  ///< groups: 1 first part, 2 second part, 3 optional year
  Pattern ordinal_day;                 ///< group 1: day of month ("9th")
  Pattern quarter;                     ///< group 1: quarter 1..4 ("q1")
  Pattern year;                        ///< group 1: a four-digit year
  std::vector<Pattern> month_years;    ///< groups: year and month in either order ("2014-10", "2/2013"); optional
  Pattern day_range;                   ///< groups 1, 2: first and last day ("13-15", "27th-29th"); optional
  Pattern compact_duration;            ///< group 1: amount, group 2: unit or times word ("45min", "3x")

  ClockRules clock;  ///< times of day (optional in a pack: without it no time of day is read)

  const TimeWord* find(const text::Token& token) const { return words.find(token.norm, token.hash); }
  const TimeWord* find(std::string_view word) const { return words.find(word); }
};

/// Reads and validates the "time" section. Throws Error with the JSON path.
void compile_time_rules(const JsonReader& section, const Inflection& inflection, TimeRules& out);

}  // namespace goalsmith::packs
