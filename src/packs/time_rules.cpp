#include "packs/time_rules.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <string>

namespace goalsmith::packs {
namespace {

constexpr const char* kUnitNames[] = {"second", "minute", "hour",    "day", "week",
                                      "fortnight", "month", "quarter", "year"};
constexpr const char* kPerNames[] = {"day", "week", "month", "year"};

void for_each_member(const JsonReader& object,
                     const std::function<void(const std::string&, const JsonReader&)>& fn) {
  object.expect_any_object();
  for (auto it = object.json().begin(); it != object.json().end(); ++it) fn(it.key(), *object.find(it.key()));
}

void for_each_item(const JsonReader& list, const std::function<void(const JsonReader&)>& fn) {
  const std::size_t n = list.expect_array();
  for (std::size_t i = 0; i < n; ++i) fn(list.at(i));
}

class Builder {
 public:
  explicit Builder(TimeRules& out) : out_(out) {}

  /// The single token a table key must fold to ("Dec" -> "dec", "," -> ",").
  std::string single_word(const std::string& text, const JsonReader& where) const {
    const auto tokens = text::tokenize(text);
    if (tokens.tokens.size() != 1)
      where.fail("\"" + text + "\" must be a single word", ErrorCode::pack);
    return tokens.tokens[0].norm;
  }

  TimeWord& word(const std::string& text, const JsonReader& where, std::uint64_t role) {
    TimeWord& w = out_.words[single_word(text, where)];
    w.roles |= role;
    return w;
  }

  /// Adds a phrase to `lexicon` and marks its first word with `role`.
  void phrase(PhraseLexicon& lexicon, const std::string& text, std::int32_t payload,
              const JsonReader& where, std::uint64_t role) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
      where.fail("expected a non-empty phrase", ErrorCode::pack);
    lexicon.add(text, payload, where.where());
    const auto tokens = text::tokenize(text);
    out_.words[tokens.tokens[0].norm].roles |= role;
  }

  void phrase_list(PhraseLexicon& lexicon, const JsonReader& list, std::int32_t payload,
                   std::uint64_t role) {
    for_each_item(list, [&](const JsonReader& item) { phrase(lexicon, item.non_empty_string(), payload, item, role); });
  }

  void word_list(const JsonReader& list, std::uint64_t role) {
    for_each_item(list, [&](const JsonReader& item) { word(item.non_empty_string(), item, role); });
  }

 private:
  TimeRules& out_;
};

std::int8_t unit_named(const std::string& name, const JsonReader& where) {
  for (std::size_t k = 0; k < std::size(kUnitNames); ++k)
    if (name == kUnitNames[k]) return static_cast<std::int8_t>(k);
  where.fail("unknown unit \"" + name + "\" (expected second, minute, hour, day, week, fortnight, month, quarter or year)");
}

void read_patterns(const JsonReader& list, std::vector<Pattern>& out) {
  for_each_item(list, [&](const JsonReader& item) { out.emplace_back(item); });
  if (out.empty()) list.fail("expected at least one pattern");
}

void read_recurrence(const JsonReader& section, Builder& b, TimeRules& out) {
  section.expect_object({"every", "other", "per", "per_needing_count", "counts", "times",
                         "frequencies", "on", "list_joiners", "fillers", "day_words"});
  b.word_list(section.at("every"), time_role::every);
  b.word_list(section.at("other"), time_role::other);
  b.word_list(section.at("per"), time_role::per);
  for_each_item(section.at("per_needing_count"), [&](const JsonReader& item) {
    TimeWord& w = b.word(item.non_empty_string(), item, time_role::per_needs_count);
    if (!(w.roles & time_role::per)) item.fail("\"" + item.string() + "\" must also be listed in \"per\"");
  });
  for_each_member(section.at("counts"), [&](const std::string& key, const JsonReader& value) {
    b.word(key, value, time_role::count_word).count = value.number_in(0.001, 1000);
  });
  b.word_list(section.at("times"), time_role::times);
  for_each_member(section.at("frequencies"), [&](const std::string& key, const JsonReader& value) {
    value.expect_object({"count", "per"});
    TimeFrequency f;
    f.count = value.at("count").number_in(0.001, 1000);
    const auto per_reader = value.at("per");
    const std::string per = per_reader.non_empty_string();
    f.per = -1;
    for (std::size_t k = 0; k < std::size(kPerNames); ++k)
      if (per == kPerNames[k]) f.per = static_cast<std::int8_t>(k);
    if (f.per < 0) per_reader.fail("unknown period \"" + per + "\" (expected day, week, month or year)");
    b.word(key, value, time_role::frequency).frequency = static_cast<std::int8_t>(out.frequencies.size());
    out.frequencies.push_back(f);
  });
  b.word_list(section.at("on"), time_role::on);
  b.word_list(section.at("list_joiners"), time_role::list_joiner);
  // Optional (added after the first English pack): an absent list means no such words.
  if (auto fillers = section.find("fillers")) b.word_list(*fillers, time_role::filler);
  if (auto day_words = section.find("day_words")) b.word_list(*day_words, time_role::day_word);
}

constexpr int kMaxDay[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// [month, day] | {"nth_weekday": [month, weekday, n], "offset"?} | {"easter": offset} |
// {"orthodox_easter": offset} | {"dates": {"2026": [3, 20], ...}, "offset"?}
TimeHoliday read_holiday(const JsonReader& value) {
  TimeHoliday h;
  if (!value.is_object()) {
    if (value.expect_array() != 2) value.fail("expected [month, day] or a holiday rule object");
    h.month = static_cast<std::int8_t>(value.at(std::size_t{0}).integer_in(1, 12));
    h.day = static_cast<std::int8_t>(value.at(std::size_t{1}).integer_in(1, kMaxDay[h.month - 1]));
    return h;
  }
  value.expect_object({"nth_weekday", "easter", "orthodox_easter", "dates", "offset", "fixed", "weekend", "hebrew"});
  if (auto off = value.find("offset")) h.offset = static_cast<std::int16_t>(off->integer_in(-366, 366));
  if (auto shift = value.find("weekend")) {  // [days if Saturday, days if Sunday]: the observed day
    if (shift->expect_array() != 2) shift->fail("expected [days if Saturday, days if Sunday]");
    h.if_saturday = static_cast<std::int8_t>(shift->at(std::size_t{0}).integer_in(-6, 6));
    h.if_sunday = static_cast<std::int8_t>(shift->at(std::size_t{1}).integer_in(-6, 6));
  }
  int kinds = 0;
  if (auto fixed = value.find("fixed")) {
    ++kinds;
    if (fixed->expect_array() != 2) fixed->fail("expected [month, day]");
    h.month = static_cast<std::int8_t>(fixed->at(std::size_t{0}).integer_in(1, 12));
    h.day = static_cast<std::int8_t>(fixed->at(std::size_t{1}).integer_in(1, kMaxDay[h.month - 1]));
  }
  if (auto rule = value.find("nth_weekday")) {
    ++kinds;
    if (rule->expect_array() != 3) rule->fail("expected [month, weekday, n]");
    h.kind = TimeHoliday::Kind::nth_weekday;
    h.month = static_cast<std::int8_t>(rule->at(std::size_t{0}).integer_in(1, 12));
    h.weekday = static_cast<std::int8_t>(rule->at(std::size_t{1}).integer_in(1, 7));
    h.n = static_cast<std::int8_t>(rule->at(std::size_t{2}).integer_in(-1, 5));
    if (h.n == 0) rule->at(std::size_t{2}).fail("expected 1..5 or -1 (the last)");
  }
  if (auto e = value.find("easter")) {
    ++kinds;
    h.kind = TimeHoliday::Kind::easter;
    h.offset = static_cast<std::int16_t>(e->integer_in(-100, 100));
  }
  if (auto e = value.find("orthodox_easter")) {
    ++kinds;
    h.kind = TimeHoliday::Kind::orthodox_easter;
    h.offset = static_cast<std::int16_t>(e->integer_in(-100, 100));
  }
  if (auto hebrew = value.find("hebrew")) {  // [month, day]: 1 Nisan .. 7 Tishrei .. 12 Adar
    ++kinds;
    if (hebrew->expect_array() != 2) hebrew->fail("expected [month, day] of the Hebrew calendar (1 Nisan .. 12 Adar)");
    h.kind = TimeHoliday::Kind::hebrew;
    h.month = static_cast<std::int8_t>(hebrew->at(std::size_t{0}).integer_in(1, 12));
    static constexpr int kHebrewDays[] = {30, 29, 30, 29, 30, 29, 30, 30, 30, 29, 30, 29};  // longest months
    h.day = static_cast<std::int8_t>(hebrew->at(std::size_t{1}).integer_in(1, kHebrewDays[h.month - 1]));
  }
  if (auto dates = value.find("dates")) {
    ++kinds;
    h.kind = TimeHoliday::Kind::table;
    for_each_member(*dates, [&](const std::string& year, const JsonReader& md) {
      const bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
      const int y = digits ? std::stoi(year) : 0;
      if (y < 1400) md.fail("expected a four-digit year as the key");
      if (md.expect_array() != 2) md.fail("expected [month, day]");
      const long m = md.at(std::size_t{0}).integer_in(1, 12);
      const long d = md.at(std::size_t{1}).integer_in(1, kMaxDay[m - 1]);
      h.table.emplace_back(y, static_cast<int>(m * 100 + d));
    });
    std::sort(h.table.begin(), h.table.end());
    if (h.table.empty()) value.fail("expected at least one date");
  }
  if (kinds != 1) value.fail("expected exactly one of fixed, nth_weekday, easter, orthodox_easter, hebrew, dates");
  return h;
}

// "HH:MM" (00:00..23:59; "24:00" only where `end_of_day` allows it, read as 23:59) -> seconds.
int clock_seconds(const JsonReader& value) {
  const std::string s = value.non_empty_string();
  const bool shape = s.size() == 5 && s[2] == ':' &&
                     std::all_of(s.begin(), s.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
  const int h = shape ? std::stoi(s.substr(0, 2)) : -1, m = shape ? std::stoi(s.substr(3, 2)) : -1;
  if (h < 0 || h > 23 || m < 0 || m > 59) value.fail("expected a time of day \"HH:MM\" (00:00 to 23:59), found \"" + s + "\"");
  return h * 3600 + m * 60;
}

void read_clock(const JsonReader& clock, const JsonReader& patterns, Builder& b, TimeRules& out) {
  clock.expect_object({"prefixes", "meridiems", "oclock", "named", "past", "to", "minute_words", "minute_units",
                       "zero_words", "approximate", "afternoon_below", "parts_of_day", "self_dated"});
  ClockRules& c = out.clock;
  b.phrase_list(c.prefixes, clock.at("prefixes"), 0, time_role::clock_prefix);
  for_each_member(clock.at("meridiems"), [&](const std::string& key, const JsonReader& value) {
    const std::string m = value.non_empty_string();
    if (m != "am" && m != "pm") value.fail("expected \"am\" or \"pm\", found \"" + m + "\"");
    b.phrase(c.meridiems, key, m == "pm" ? 1 : 0, value, time_role::meridiem);
  });
  b.phrase_list(c.oclock, clock.at("oclock"), 0, time_role::oclock);
  for_each_member(clock.at("named"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(c.named, key, clock_seconds(value), value, time_role::clock_named);
  });
  b.word_list(clock.at("past"), time_role::clock_past);
  b.word_list(clock.at("to"), time_role::clock_to);
  for_each_member(clock.at("minute_words"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(c.minute_words, key, static_cast<std::int32_t>(value.integer_in(1, 59)), value, time_role::minute_word);
  });
  b.word_list(clock.at("minute_units"), time_role::minute_unit);
  b.word_list(clock.at("zero_words"), time_role::clock_zero);
  b.phrase_list(c.approximate, clock.at("approximate"), 0, time_role::approximate);
  c.afternoon_below = static_cast<int>(clock.at("afternoon_below").integer_in(1, 13));
  for_each_member(clock.at("parts_of_day"), [&](const std::string& key, const JsonReader& value) {
    value.expect_object({"from", "to", "words"});
    TimePartOfDay part;
    part.name = key;
    part.from = clock_seconds(value.at("from"));
    part.to = clock_seconds(value.at("to")) + 59;  // through the last minute
    if (part.to < part.from) value.at("to").fail("expected a time after \"from\" (a part of the day does not wrap midnight)");
    c.parts_of_day.push_back(part);
    b.phrase_list(c.parts, value.at("words"), static_cast<std::int32_t>(c.parts_of_day.size() - 1), time_role::part_of_day);
    // The last word of each phrase: a cheap test before the phrase lookup ("in" starts many).
    for_each_item(value.at("words"), [&](const JsonReader& item) {
      const auto tokens = text::tokenize(item.string());
      out.words[tokens.tokens.back().norm].roles |= time_role::part_word;
      c.longest_part = std::max(c.longest_part, tokens.tokens.size());
    });
  });
  for_each_member(clock.at("self_dated"), [&](const std::string& key, const JsonReader& value) {
    if (!c.parts.longest_at(text::tokenize(key).tokens, 0)) value.fail("\"" + key + "\" must also be a word of a part of the day");
    b.phrase(c.self_dated, key, static_cast<std::int32_t>(value.integer_in(-7, 7)), value, time_role::part_of_day);
  });
  const auto pattern = [&](const char* name) {
    auto p = patterns.find(name);
    if (!p) patterns.fail(std::string("expected \"") + name + "\" (the \"clock\" section needs it)");
    return Pattern(*p);
  };
  c.clock = pattern("clock");
  c.clock_digits = pattern("clock_digits");
  c.clock_range = pattern("clock_range");
}

}  // namespace

void compile_time_rules(const JsonReader& section, const Inflection&, TimeRules& out) {
  section.expect_object({"date_order", "months", "weekdays", "weekday_plurals", "weekday_groups",
                         "ambiguous", "context_words", "relative_days", "units", "article_units",
                         "indefinite", "fraction_suffixes", "fraction_prefixes", "deadlines",
                         "windows", "offset_suffixes", "modifiers", "period_parts",
                         "period_abbreviations", "articles", "day_of", "holidays", "recurrence",
                         "numeric_date_blockers", "patterns", "ranges", "nth_last", "deadline_suffixes", "seasons",
                         "after_next", "nth_ahead", "clock"});
  Builder b(out);

  {
    const auto order = section.at("date_order");
    const std::string value = order.string();
    if (value != "mdy" && value != "dmy") order.fail("expected \"mdy\" or \"dmy\", found \"" + value + "\"");
    out.day_first = value == "dmy";
  }
  for_each_member(section.at("months"), [&](const std::string& key, const JsonReader& value) {
    b.word(key, value, time_role::month).month = static_cast<std::int8_t>(value.integer_in(1, 12));
  });
  for_each_member(section.at("weekdays"), [&](const std::string& key, const JsonReader& value) {
    b.word(key, value, time_role::weekday).weekday = static_cast<std::int8_t>(value.integer_in(1, 7));
  });
  for_each_member(section.at("weekday_plurals"), [&](const std::string& key, const JsonReader& value) {
    TimeWord& w = b.word(key, value, time_role::weekday_plural);
    if (w.roles & time_role::weekday) value.fail("\"" + key + "\" is already a weekday name", ErrorCode::pack);
    w.weekday = static_cast<std::int8_t>(value.integer_in(1, 7));
  });
  for_each_member(section.at("weekday_groups"), [&](const std::string& key, const JsonReader& value) {
    std::vector<int> days;
    for_each_item(value, [&](const JsonReader& d) { days.push_back(static_cast<int>(d.integer_in(1, 7))); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.empty()) value.fail("expected at least one weekday");
    b.word(key, value, time_role::weekday_group).group = static_cast<std::int8_t>(out.groups.size());
    out.groups.push_back(std::move(days));
  });
  b.word_list(section.at("ambiguous"), time_role::ambiguous);
  b.word_list(section.at("context_words"), time_role::context);
  for_each_member(section.at("relative_days"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(out.relative_days, key, static_cast<std::int32_t>(value.integer_in(-7, 7)), value,
             time_role::relative_day);
  });
  {
    const auto units = section.at("units");
    units.expect_object({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year"});
    for_each_member(units, [&](const std::string& key, const JsonReader& list) {
      const std::int8_t unit = unit_named(key, list);
      for_each_item(list, [&](const JsonReader& item) {
        TimeWord& w = b.word(item.non_empty_string(), item, time_role::unit);
        if (w.unit >= 0 && w.unit != unit) item.fail("\"" + item.string() + "\" already names another unit", ErrorCode::pack);
        w.unit = unit;
      });
    });
  }
  // "a/an + unit" alone is a duration only for these units (not "a second interview", "a day off").
  for_each_item(section.at("article_units"), [&](const JsonReader& item) {
    const std::int8_t unit = unit_named(item.non_empty_string(), item);
    out.article_units |= 1u << unit;
  });
  b.word_list(section.at("indefinite"), time_role::indefinite);
  for_each_member(section.at("fraction_suffixes"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(out.fraction_suffixes, key, static_cast<std::int32_t>(std::lround(value.number_in(0.001, 0.999) * 1000)),
             value, time_role::fraction_suffix);
  });
  for_each_member(section.at("fraction_prefixes"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(out.fraction_prefixes, key, static_cast<std::int32_t>(std::lround(value.number_in(0.001, 0.999) * 1000)),
             value, time_role::fraction_prefix);
  });
  {
    const auto deadlines = section.at("deadlines");
    deadlines.expect_object({"inclusive", "exclusive"});
    b.phrase_list(out.deadlines, deadlines.at("inclusive"), 0, time_role::deadline);
    b.phrase_list(out.deadlines, deadlines.at("exclusive"), 1, time_role::deadline);
  }
  {
    const auto windows = section.at("windows");
    windows.expect_object({"interval", "deadline", "past"});
    b.phrase_list(out.windows, windows.at("interval"), 0, time_role::window);
    b.phrase_list(out.windows, windows.at("deadline"), 1, time_role::window);
    if (auto past = windows.find("past")) b.phrase_list(out.windows, *past, 2, time_role::window);
  }
  {
    const auto suffixes = section.at("offset_suffixes");
    suffixes.expect_object({"future", "past"});
    b.phrase_list(out.offset_suffixes, suffixes.at("future"), 1, time_role::offset_suffix);
    b.phrase_list(out.offset_suffixes, suffixes.at("past"), -1, time_role::offset_suffix);
  }
  for_each_member(section.at("modifiers"), [&](const std::string& key, const JsonReader& value) {
    b.phrase(out.modifiers, key, static_cast<std::int32_t>(value.integer_in(-1, 1)), value, time_role::modifier);
  });
  {
    const auto parts = section.at("period_parts");
    parts.expect_object({"end", "start", "early", "mid", "late", "first_half", "second_half"});
    b.phrase_list(out.period_parts, parts.at("end"), 0, time_role::period_part);
    b.phrase_list(out.period_parts, parts.at("start"), 1, time_role::period_part);
    // Optional (added with issue 3): thirds and halves of a period ("early March", "the first half of 2027").
    constexpr const char* kParts[] = {"early", "mid", "late", "first_half", "second_half"};
    for (std::size_t k = 0; k < std::size(kParts); ++k)
      if (auto list = parts.find(kParts[k]))
        b.phrase_list(out.period_parts, *list, static_cast<std::int32_t>(k + 2), time_role::period_part);
  }
  for_each_member(section.at("period_abbreviations"), [&](const std::string& key, const JsonReader& value) {
    const std::int8_t unit = unit_named(value.non_empty_string(), value);
    if (unit < static_cast<std::int8_t>(TimeUnit::day) || unit == static_cast<std::int8_t>(TimeUnit::fortnight))
      value.fail("expected day, week, month, quarter or year");
    b.phrase(out.period_abbreviations, key, unit, value, time_role::period_abbreviation);
  });
  b.word_list(section.at("articles"), time_role::article);
  b.word_list(section.at("day_of"), time_role::day_of);
  for_each_member(section.at("holidays"), [&](const std::string& key, const JsonReader& value) {
    out.holiday_rules.push_back(read_holiday(value));
    b.phrase(out.holidays, key, static_cast<std::int32_t>(out.holiday_rules.size() - 1), value, time_role::holiday);
  });
  // Optional (added with issue 3): ranges, "last" of "last Monday of March", "at the latest".
  if (auto ranges = section.find("ranges")) {
    ranges->expect_object({"from", "to", "to_after_from"});
    b.word_list(ranges->at("from"), time_role::range_from);
    b.phrase_list(out.range_joiners, ranges->at("to"), 0, time_role::range_joiner);
    if (auto after_from = ranges->find("to_after_from"))
      b.phrase_list(out.range_joiners, *after_from, 1, time_role::range_joiner);
  }
  if (auto last = section.find("nth_last")) b.word_list(*last, time_role::nth_last);
  if (auto seasons = section.find("seasons")) {
    for_each_member(*seasons, [&](const std::string& key, const JsonReader& value) {
      if (value.expect_array() != 2) value.fail("expected [[month, day], [month, day]]");
      int md[2] = {0, 0};
      for (std::size_t k = 0; k < 2; ++k) {
        const auto day = value.at(k);
        if (day.expect_array() != 2) day.fail("expected [month, day]");
        const long m = day.at(std::size_t{0}).integer_in(1, 12);
        md[k] = static_cast<int>(m * 100 + day.at(std::size_t{1}).integer_in(1, kMaxDay[m - 1] == 29 ? 28 : kMaxDay[m - 1]));
      }
      out.season_spans.emplace_back(md[0], md[1]);
      b.phrase(out.seasons, key, static_cast<std::int32_t>(out.season_spans.size() - 1), value, time_role::season);
    });
  }
  if (auto suffixes = section.find("deadline_suffixes"))
    b.phrase_list(out.deadline_suffixes, *suffixes, 0, time_role::deadline_suffix);
  if (auto after = section.find("after_next")) b.phrase_list(out.after_next, *after, 0, time_role::after_next);
  if (auto ahead = section.find("nth_ahead")) b.phrase_list(out.nth_ahead, *ahead, 0, time_role::nth_ahead);
  read_recurrence(section.at("recurrence"), b, out);
  b.word_list(section.at("numeric_date_blockers"), time_role::numeric_date_blocker);
  {
    const auto patterns = section.at("patterns");
    patterns.expect_object({"iso_date", "numeric_date", "ordinal_day", "quarter", "year", "compact_duration", "day_range",
                            "month_year", "clock", "clock_digits", "clock_range"});
    if (auto day_range = patterns.find("day_range")) out.day_range = Pattern(*day_range);
    if (auto month_year = patterns.find("month_year")) read_patterns(*month_year, out.month_years);
    read_patterns(patterns.at("iso_date"), out.iso_dates);
    read_patterns(patterns.at("numeric_date"), out.numeric_dates);
    out.ordinal_day = Pattern(patterns.at("ordinal_day"));
    out.quarter = Pattern(patterns.at("quarter"));
    out.year = Pattern(patterns.at("year"));
    out.compact_duration = Pattern(patterns.at("compact_duration"));
    // Optional (added with times of day): without it the engine reads dates only.
    if (auto clock = section.find("clock")) read_clock(*clock, patterns, b, out);
  }
}

}  // namespace goalsmith::packs
