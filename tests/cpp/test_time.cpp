// Time-expression extraction (src/extract/time.cpp) against the English pack's "time" section.
//
// Reference date: 2026-11-22, a Sunday, unless a test says otherwise. Weeks start on Monday.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "extract/time.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "goalsmith/pack.hpp"
#include "packs/number_rules.hpp"
#include "packs/time_rules.hpp"

using goalsmith::Date;
using goalsmith::Error;
using goalsmith::Grain;
using goalsmith::Per;
using goalsmith::TimeKind;
using goalsmith::extract::FoundTime;
namespace packs = goalsmith::packs;

namespace {

const goalsmith::Pack& builtin() {
  static const goalsmith::Pack pack = goalsmith::Pack::builtin("en");  // owns the compiled pack
  return pack;
}
const packs::Json& time_section() { return builtin().compiled().source.at("time"); }
const goalsmith::detail::CompiledPack& pack() { return builtin().compiled(); }

std::vector<FoundTime> find(const std::string& text, const char* today = "2026-11-22", bool day_first = false) {
  const auto tokens = goalsmith::text::tokenize(text);
  goalsmith::extract::TimeContext context;
  context.today = Date::from_iso(today);
  context.day_first = day_first;
  return goalsmith::extract::find_times(tokens, pack(), context);
}

// The single expression found in `text` (fails the test when there is not exactly one).
goalsmith::TimeExpression one(const std::string& text, const char* today = "2026-11-22", bool day_first = false) {
  auto found = find(text, today, day_first);
  INFO("text: " << text);
  REQUIRE(found.size() == 1);
  return found[0].expr;
}

std::string iso(const std::optional<Date>& d) { return d ? d->to_iso() : std::string("none"); }

packs::Json section_with(const std::string& pointer, const packs::Json& value) {
  packs::Json s = time_section();
  s[packs::Json::json_pointer(pointer)] = value;
  return s;
}

void compile(const packs::Json& section) {
  packs::TimeRules rules;
  packs::Inflection inflection;
  packs::compile_time_rules(packs::JsonReader(section, "/time"), inflection, rules);
}

}  // namespace

// ------------------------------------------------------------------ absolute dates

TEST_CASE("a bare month-day leans to the future", "[time]") {
  auto e = one("December 9");
  CHECK(e.kind == TimeKind::date);
  CHECK(e.grain == Grain::day);
  CHECK(iso(e.start) == "2026-12-09");
  CHECK(iso(e.end) == "2026-12-09");
  CHECK_FALSE(e.year_stated);
  CHECK_FALSE(e.past);
  CHECK(iso(one("March 3", "2026-12-20").start) == "2027-03-03");
  CHECK(iso(one("November 22").start) == "2026-11-22");  // today is not in the past
}

TEST_CASE("month names, abbreviations, ordinals and a stated year are read", "[time]") {
  auto e = one("Dec 9th, 2026");
  CHECK(iso(e.start) == "2026-12-09");
  CHECK(e.year_stated);
  CHECK(e.text == "Dec 9th, 2026");
  CHECK(e.span == goalsmith::Span{0, 13});
  CHECK(iso(one("Dec. 9").start) == "2026-12-09");
  CHECK(iso(one("9 December").start) == "2026-12-09");
  CHECK(iso(one("the 9th of December 2027").start) == "2027-12-09");
  CHECK(iso(one("December ninth").start) == "2026-12-09");
}

TEST_CASE("the ordinal day alone is the next such day of a month", "[time]") {
  CHECK(iso(one("the 9th").start) == "2026-12-09");
  CHECK(iso(one("the 30th").start) == "2026-11-30");
  CHECK(iso(one("the 31st").start) == "2026-12-31");  // November has no 31st
  CHECK(find("prepare for the 2nd round").empty());
}

TEST_CASE("ISO dates are read with their stated year", "[time]") {
  auto e = one("2026-12-09");
  CHECK(iso(e.start) == "2026-12-09");
  CHECK(e.year_stated);
}

TEST_CASE("numeric month-first dates are read by default", "[time]") {
  CHECK(iso(one("12/9").start) == "2026-12-09");
  CHECK(iso(one("12/9/2026").start) == "2026-12-09");
  CHECK(iso(one("12/9/26").start) == "2026-12-09");
}

TEST_CASE("numeric day-first date is read when the day is above 12", "[time]") {
  CHECK(iso(one("19/12/2026").start) == "2026-12-19");
  CHECK(iso(one("12/19").start) == "2026-12-19");
  CHECK(iso(one("19.12.2026").start) == "2026-12-19");
}

TEST_CASE("the context's day-first order decides an ambiguous numeric date", "[time]") {
  CHECK(iso(one("12/9", "2026-11-22", true).start) == "2027-09-12");
  CHECK(iso(one("9/12", "2026-11-22", true).start) == "2026-12-09");
}

TEST_CASE("invalid calendar dates are not expressions", "[time]") {
  CHECK(find("February 30").empty());
  CHECK(find("30 February").empty());
  CHECK(find("13/13/2026").empty());
  CHECK(find("2026-02-30").empty());
  CHECK(find("by 2026-13-01").empty());
  CHECK(iso(one("February 29").start) == "2028-02-29");  // the next leap year
}

TEST_CASE("scores and counts are not dates or times", "[time]") {
  CHECK(find("Rehearse 4 STAR stories").empty());
  CHECK(find("Do 3 mock interviews").empty());
  CHECK(find("get a score of at least 4/5").empty());
  CHECK(find("I may ask for help").empty());
  CHECK(find("I had a day off").empty());
  CHECK(find("").empty());
}

// ------------------------------------------------------------------ weekdays

TEST_CASE("by-deadline ends on the named day inclusive", "[time]") {
  auto found = find("Rehearse 4 STAR stories by Friday");
  REQUIRE(found.size() == 1);
  const auto& e = found[0].expr;
  CHECK(e.kind == TimeKind::deadline);
  CHECK(e.text == "by Friday");
  CHECK(e.span == goalsmith::Span{24, 33});
  CHECK(found[0].first_token == 4);
  CHECK(found[0].last_token == 5);
  CHECK(iso(e.start) == "2026-11-22");
  CHECK(iso(e.end) == "2026-11-27");
  CHECK(e.grain == Grain::day);
  CHECK_FALSE(e.past);
}

TEST_CASE("a weekday named on that weekday means a week later", "[time]") {
  CHECK(iso(one("by Friday", "2026-11-27").end) == "2026-12-04");
  CHECK(iso(one("Friday", "2026-11-27").start) == "2026-12-04");
  CHECK(iso(one("Friday", "2026-11-25").start) == "2026-11-27");
}

TEST_CASE("this weekday includes today and next weekday is in the following week", "[time]") {
  CHECK(iso(one("this Friday", "2026-11-27").start) == "2026-11-27");
  CHECK(iso(one("this Friday", "2026-11-25").start) == "2026-11-27");
  CHECK(iso(one("next Friday", "2026-11-25").start) == "2026-12-04");
  CHECK(iso(one("next Friday").start) == "2026-11-27");  // Sunday: next week starts tomorrow
  auto last = one("last Friday");
  CHECK(iso(last.start) == "2026-11-20");
  CHECK(last.past);
}

TEST_CASE("a weekday followed by a date takes the date", "[time]") {
  CHECK(iso(one("Friday, December 11").start) == "2026-12-11");
}

// ------------------------------------------------------------------ relative days, windows, periods

TEST_CASE("relative day words resolve around today", "[time]") {
  CHECK(iso(one("today").start) == "2026-11-22");
  CHECK(iso(one("tonight").start) == "2026-11-22");
  CHECK(iso(one("tomorrow").start) == "2026-11-23");
  auto y = one("yesterday");
  CHECK(iso(y.start) == "2026-11-21");
  CHECK(y.past);
}

TEST_CASE("in N units is a deadline N units from today", "[time]") {
  auto e = one("in 10 days");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(iso(e.start) == "2026-11-22");
  CHECK(iso(e.end) == "2026-12-02");
  CHECK(iso(one("in a fortnight").end) == "2026-12-06");
}

TEST_CASE("within, for and over the next N units are windows from today", "[time]") {
  auto w = one("within 3 weeks");
  CHECK(w.kind == TimeKind::interval);
  CHECK(w.grain == Grain::week);
  CHECK(iso(w.start) == "2026-11-22");
  CHECK(iso(w.end) == "2026-12-13");
  CHECK(iso(one("in the next 45 days").end) == "2027-01-06");
  auto m = one("over the next two months");
  CHECK(m.grain == Grain::month);
  CHECK(iso(m.end) == "2027-01-22");
  CHECK(iso(one("for the next 4 weeks").end) == "2026-12-20");
  CHECK(iso(one("for 5 weeks").end) == "2026-12-27");
  CHECK(one("for 5 weeks").kind == TimeKind::interval);
}

TEST_CASE("adding months clamps to the end of the month", "[time]") {
  CHECK(iso(one("within 1 month", "2027-01-31").end) == "2027-02-28");
}

TEST_CASE("offsets from now and ago are single days", "[time]") {
  CHECK(iso(one("3 weeks from now").start) == "2026-12-13");
  auto ago = one("two days ago");
  CHECK(iso(ago.start) == "2026-11-20");
  CHECK(ago.past);
}

TEST_CASE("next week and next month are whole periods", "[time]") {
  auto w = one("next week");
  CHECK(w.kind == TimeKind::date);
  CHECK(w.grain == Grain::week);
  CHECK(iso(w.start) == "2026-11-23");
  CHECK(iso(w.end) == "2026-11-29");
  auto m = one("next month");
  CHECK(m.grain == Grain::month);
  CHECK(iso(m.start) == "2026-12-01");
  CHECK(iso(m.end) == "2026-12-31");
  auto t = one("this week");
  CHECK(iso(t.start) == "2026-11-16");
  CHECK(iso(t.end) == "2026-11-22");
  CHECK_FALSE(t.past);
  CHECK(one("last week").past);
}

TEST_CASE("a month named alone is the month's whole period", "[time]") {
  auto e = one("finish in March");
  CHECK(e.grain == Grain::month);
  CHECK(iso(e.start) == "2027-03-01");
  CHECK(iso(e.end) == "2027-03-31");
  CHECK(iso(one("by May").end) == "2027-05-31");
  CHECK(iso(one("December 2027").end) == "2027-12-31");
}

// ------------------------------------------------------------------ period ends and quarters

TEST_CASE("end of the month resolves to its last day with month grain", "[time]") {
  auto e = one("by the end of the month");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(e.grain == Grain::month);
  CHECK(iso(e.end) == "2026-11-30");
  CHECK(iso(one("by end of month").end) == "2026-11-30");
  CHECK(iso(one("end of next month").end) == "2026-12-31");
  CHECK(iso(one("EOM").end) == "2026-11-30");
  CHECK(iso(one("EOY").end) == "2026-12-31");
  CHECK(iso(one("end of the year").end) == "2026-12-31");
  CHECK(iso(one("end of the quarter").end) == "2026-12-31");
  CHECK(iso(one("end of the week").end) == "2026-11-22");
  CHECK(iso(one("the beginning of next month").start) == "2026-12-01");
}

TEST_CASE("end of Q1 resolves to March 31 of the next Q1", "[time]") {
  auto e = one("by the end of Q1");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(e.grain == Grain::quarter);
  CHECK(iso(e.end) == "2027-03-31");
  CHECK_FALSE(e.year_stated);
}

TEST_CASE("a quarter leans to the future and keeps the current one", "[time]") {
  auto q1 = one("Q1");
  CHECK(q1.grain == Grain::quarter);
  CHECK(iso(q1.start) == "2027-01-01");
  CHECK(iso(q1.end) == "2027-03-31");
  CHECK(iso(one("Q4").start) == "2026-10-01");
  CHECK(iso(one("Q2 2028").end) == "2028-06-30");
}

// ------------------------------------------------------------------ deadlines

TEST_CASE("before-deadline ends the day before", "[time]") {
  auto e = one("before December 18");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(iso(e.end) == "2026-12-17");
}

TEST_CASE("until, till and no later than are inclusive deadlines", "[time]") {
  CHECK(iso(one("until Friday").end) == "2026-11-27");
  CHECK(iso(one("till December 3").end) == "2026-12-03");
  auto e = one("no later than Dec 9");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(e.text == "no later than Dec 9");
  CHECK(iso(e.end) == "2026-12-09");
}

TEST_CASE("deadline in the past is marked past", "[time]") {
  auto e = one("by 2026-11-01");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(e.past);
  CHECK(e.year_stated);
  CHECK(iso(e.end) == "2026-11-01");
}

// ------------------------------------------------------------------ holidays

TEST_CASE("christmas resolves to December 25", "[time]") {
  CHECK(iso(one("Christmas").start) == "2026-12-25");
  CHECK(iso(one("Christmas", "2026-12-26").start) == "2027-12-25");
  CHECK(iso(one("by Christmas Eve").end) == "2026-12-24");
}

TEST_CASE("new year and new year's eve resolve to the next one", "[time]") {
  CHECK(iso(one("New Year's Day").start) == "2027-01-01");
  CHECK(iso(one("by New Year").end) == "2027-01-01");
  CHECK(iso(one("New Year's Eve").start) == "2026-12-31");
  CHECK(iso(one("new year’s eve").start) == "2026-12-31");  // typographic apostrophe
}

// ------------------------------------------------------------------ recurrences

TEST_CASE("twice a week is two per week with a stated count and no end", "[time]") {
  auto e = one("twice a week");
  REQUIRE(e.recurrence);
  CHECK(e.kind == TimeKind::recurrence);
  CHECK(e.recurrence->count == 2);
  CHECK(e.recurrence->count_stated);
  CHECK(e.recurrence->per == Per::week);
  CHECK_FALSE(e.recurrence->until);
  CHECK_FALSE(e.end);
  CHECK(iso(e.start) == "2026-11-22");
}

TEST_CASE("counted rates state their count", "[time]") {
  for (const char* text : {"3 times per week", "three times a week", "3x a week", "3 times weekly"}) {
    auto e = one(text);
    INFO(text);
    REQUIRE(e.recurrence);
    CHECK(e.recurrence->count == 3);
    CHECK(e.recurrence->count_stated);
    CHECK(e.recurrence->per == Per::week);
  }
  auto once = one("once a week");
  CHECK(once.recurrence->count == 1);
  CHECK(once.recurrence->count_stated);
  auto two = one("2 per week");
  CHECK(two.recurrence->count == 2);
  CHECK(two.recurrence->count_stated);
  auto days = one("3 days a week");
  CHECK(days.recurrence->count == 3);
  CHECK(days.recurrence->per == Per::week);
  CHECK_FALSE(days.duration_seconds);
}

TEST_CASE("period-only rates do not state a count", "[time]") {
  for (const char* text : {"every day", "daily", "each day"}) {
    auto e = one(text);
    INFO(text);
    REQUIRE(e.recurrence);
    CHECK(e.recurrence->count == 1);
    CHECK_FALSE(e.recurrence->count_stated);
    CHECK(e.recurrence->per == Per::day);
  }
  CHECK(one("every week").recurrence->per == Per::week);
  CHECK(one("weekly").recurrence->per == Per::week);
  CHECK(one("monthly").recurrence->per == Per::month);
  CHECK(one("every month").recurrence->per == Per::month);
  CHECK(one("every other day").recurrence->count == 0.5);
  CHECK(one("biweekly").recurrence->count == 0.5);
  CHECK(one("every 2 weeks").recurrence->count == 0.5);
}

TEST_CASE("every weekday is five per week on Monday to Friday", "[time]") {
  auto e = one("every weekday");
  REQUIRE(e.recurrence);
  CHECK(e.recurrence->count == 5);
  CHECK(e.recurrence->per == Per::week);
  CHECK(e.recurrence->by_day == std::vector<int>{1, 2, 3, 4, 5});
  CHECK_FALSE(e.recurrence->count_stated);
}

TEST_CASE("named weekdays and weekends set by_day", "[time]") {
  CHECK(one("every Monday").recurrence->by_day == std::vector<int>{1});
  auto two = one("every Monday and Thursday");
  CHECK(two.recurrence->by_day == std::vector<int>{1, 4});
  CHECK(two.recurrence->count == 2);
  auto weekends = one("on weekends");
  CHECK(weekends.recurrence->by_day == std::vector<int>{6, 7});
  CHECK(weekends.recurrence->count == 2);
  CHECK(one("on Mondays and Wednesdays").recurrence->by_day == std::vector<int>{1, 3});
}

TEST_CASE("a duration per period is a recurrence with seconds per occurrence", "[time]") {
  auto e = one("45 minutes a day");
  REQUIRE(e.recurrence);
  CHECK(e.text == "45 minutes a day");
  CHECK(e.recurrence->per == Per::day);
  CHECK(e.recurrence->count == 1);
  CHECK_FALSE(e.recurrence->count_stated);
  CHECK(e.duration_seconds == Approx(2700));
  CHECK(one("an hour a day").duration_seconds == Approx(3600));
  CHECK(one("30 min every day").duration_seconds == Approx(1800));
  CHECK(one("2 hours per week").duration_seconds == Approx(7200));
  CHECK(one("daily for 30 minutes").duration_seconds == Approx(1800));
}

TEST_CASE("a per-day after a counted object is only the rate", "[time]") {
  auto found = find("Solve 3 problems a day");
  REQUIRE(found.size() == 1);
  const auto& e = found[0].expr;
  CHECK(e.text == "a day");
  REQUIRE(e.recurrence);
  CHECK(e.recurrence->count == 1);
  CHECK_FALSE(e.recurrence->count_stated);
  CHECK(e.recurrence->per == Per::day);
}

TEST_CASE("a recurrence with a window counts its occurrences", "[time]") {
  auto e = one("every week for the next 5 weeks");
  REQUIRE(e.recurrence);
  CHECK(e.kind == TimeKind::recurrence);
  CHECK(e.recurrence->occurrences == 5L);
  CHECK(iso(e.recurrence->until) == "2026-12-27");
  CHECK(iso(e.end) == "2026-12-27");
  CHECK(iso(e.start) == "2026-11-22");
  CHECK(one("twice a week for 4 weeks").recurrence->occurrences == 8L);
  CHECK(one("daily for 2 weeks").recurrence->occurrences == 14L);
  CHECK(one("weekly for 5 weeks").recurrence->occurrences == 5L);
}

TEST_CASE("twice a week until a date counts its occurrences", "[time]") {
  auto e = one("twice a week until December 18");
  REQUIRE(e.recurrence);
  CHECK(iso(e.recurrence->until) == "2026-12-18");
  CHECK(e.recurrence->occurrences == 8L);  // 27 days inclusive at 2 per week
  CHECK(one("every day until Christmas").recurrence->occurrences == 34L);
}

TEST_CASE("every weekday until a date counts the actual weekdays", "[time]") {
  CHECK(one("every weekday until December 18").recurrence->occurrences == 20L);
  CHECK(one("every weekday for 2 weeks").recurrence->occurrences == 10L);
  CHECK(one("every weekday for 2 weeks", "2026-11-23").recurrence->occurrences == 10L);
}

TEST_CASE("a window before the recurrence also bounds it", "[time]") {
  auto merged = one("until Christmas, every day");
  CHECK(merged.recurrence->occurrences == 34L);
  auto found = find("For the next 4 weeks, practice twice a week");
  REQUIRE(found.size() == 2);
  CHECK(found[0].expr.kind == TimeKind::interval);
  REQUIRE(found[1].expr.recurrence);
  CHECK(found[1].expr.recurrence->occurrences == 8L);
  CHECK(iso(found[1].expr.recurrence->until) == "2026-12-20");
}

TEST_CASE("a recurrence bounded by a past deadline is past with no occurrences", "[time]") {
  auto e = one("every day until 2026-11-01");
  CHECK(e.past);
  CHECK(e.recurrence->occurrences == 0L);
}

// ------------------------------------------------------------------ durations

TEST_CASE("durations carry their length in seconds", "[time]") {
  auto e = one("45 minutes");
  CHECK(e.kind == TimeKind::duration);
  CHECK(e.duration_seconds == Approx(2700));
  CHECK_FALSE(e.start);
  CHECK_FALSE(e.end);
  CHECK(one("an hour and a half").duration_seconds == Approx(5400));
  CHECK(one("2 hours").duration_seconds == Approx(7200));
  CHECK(one("90 seconds").duration_seconds == Approx(90));
  CHECK(one("half an hour").duration_seconds == Approx(1800));
  CHECK(one("1.5 hours").duration_seconds == Approx(5400));
  CHECK(one("45min").duration_seconds == Approx(2700));
  CHECK(one("a fortnight").duration_seconds == Approx(14 * 86400));
}

TEST_CASE("under 90 seconds is a duration the threshold words leave out", "[time]") {
  auto found = find("answer in under 90 seconds");
  REQUIRE(found.size() == 1);
  CHECK(found[0].expr.kind == TimeKind::duration);
  CHECK(found[0].expr.text == "90 seconds");
}

TEST_CASE("expressions are found left to right without overlap", "[time]") {
  auto found = find("Practice twice a week until December 18 and finish by Christmas.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].expr.text == "twice a week until December 18");
  CHECK(found[1].expr.text == "by Christmas");
  CHECK(found[0].last_token < found[1].first_token);
}

// ------------------------------------------------------------------ the pack section

TEST_CASE("the English time section compiles", "[time][pack]") {
  CHECK_NOTHROW(compile(time_section()));
  CHECK_FALSE(pack().time.day_first);
}

TEST_CASE("the built-in English pack finds time expressions", "[time][pack]") {
  const auto tokens = goalsmith::text::tokenize("Rehearse 4 STAR stories by Friday");
  goalsmith::extract::TimeContext context;
  context.today = Date::from_iso("2026-11-22");
  const auto found = goalsmith::extract::find_times(tokens, builtin().compiled(), context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].expr.kind == TimeKind::deadline);
  CHECK(found[0].expr.end->to_iso() == "2026-11-27");
}

TEST_CASE("a malformed time section fails with the JSON path", "[time][pack]") {
  auto fails_at = [](const packs::Json& section, const std::string& where) {
    try {
      compile(section);
      FAIL("no error for " << where);
    } catch (const Error& e) {
      CHECK(e.where() == where);
    }
  };
  fails_at(section_with("/months/december", 13), "/time/months/december");
  fails_at(section_with("/weekdays/friday", 8), "/time/weekdays/friday");
  fails_at(section_with("/patterns/quarter", "q([1-4]"), "/time/patterns/quarter");
  fails_at(section_with("/patterns/iso_date/0", "(\\d{4}"), "/time/patterns/iso_date/0");
  fails_at(section_with("/bogus", 1), "/time/bogus");
  fails_at(section_with("/date_order", "ymd"), "/time/date_order");
  fails_at(section_with("/holidays/christmas", packs::Json::array({2, 30})), "/time/holidays/christmas/1");
  fails_at(section_with("/units/decade", packs::Json::array({"decade"})), "/time/units/decade");
  fails_at(section_with("/weekday_groups/weekend/0", 0), "/time/weekday_groups/weekend/0");
}

TEST_CASE("a score word shortly before a numeric shape keeps it from being a date", "[time]") {
  auto found = find("Improve my rating to 4/5 by 12/15");
  REQUIRE(found.size() == 1);
  CHECK(found[0].expr.text == "by 12/15");
  CHECK(iso(found[0].expr.end) == "2026-12-15");
  CHECK(iso(one("Raise my score by 12/15").end) == "2026-12-15");
}

TEST_CASE("a window in hours of at least a day is a window of whole days", "[time]") {
  auto e = one("within 24 hours");
  CHECK(e.kind == TimeKind::interval);
  CHECK(iso(e.end) == "2026-11-23");
  CHECK(one("for 30 minutes").kind == TimeKind::duration);
}

TEST_CASE("long and repetitive input is handled", "[time]") {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "daily twice a week by Friday 99999999999999999999/1 ";
  const auto found = find(text);
  CHECK(found.size() == 40000);
  CHECK(find(std::string(100000, '9')).empty());
}

TEST_CASE("every single day and every morning are daily", "[time]") {
  CHECK(one("every single day").recurrence->per == Per::day);
  auto morning = one("every morning");
  CHECK(morning.recurrence->per == Per::day);
  CHECK(morning.recurrence->count == 1);
}

TEST_CASE("one day as a figure of speech is not a duration", "[time]") {
  CHECK(find("one day I will lead a team").empty());
  CHECK(one("two weeks").duration_seconds == Approx(14 * 86400));
}

// ------------------------------------------------------------------ issue 3: more forms
// Reference date 2026-11-22 (a Sunday); the current week is Nov 16-22.

namespace {
std::string range(const goalsmith::TimeExpression& e) { return iso(e.start) + ".." + iso(e.end); }
}  // namespace

TEST_CASE("early, mid and late a month split it into thirds", "[time][issue3]") {
  CHECK(range(one("early March")) == "2027-03-01..2027-03-10");
  CHECK(range(one("mid March")) == "2027-03-11..2027-03-20");
  CHECK(range(one("late March")) == "2027-03-21..2027-03-31");
  CHECK(range(one("late February 2027")) == "2027-02-21..2027-02-28");
  CHECK(one("early March").grain == Grain::day);
}

TEST_CASE("halves of a year", "[time][issue3]") {
  auto e = one("the first half of next year");
  CHECK(range(e) == "2027-01-01..2027-06-30");
  CHECK(e.grain == Grain::month);
  CHECK(range(one("second half of 2027")) == "2027-07-01..2027-12-31");
}

TEST_CASE("the n-th weekday or day of a period", "[time][issue3]") {
  CHECK(range(one("first Monday of March")) == "2027-03-01..2027-03-01");
  CHECK(range(one("the last day of May")) == "2027-05-31..2027-05-31");
  CHECK(range(one("last Monday of March 2027")) == "2027-03-29..2027-03-29");
  CHECK(range(one("third Thursday in December")) == "2026-12-17..2026-12-17");
  CHECK(range(one("the 20th of next month")) == "2026-12-20..2026-12-20");
  auto w = one("the first week of January 2027");
  CHECK(range(w) == "2027-01-04..2027-01-10");
  CHECK(w.grain == Grain::week);
  CHECK(range(one("the week of December 9")) == "2026-12-07..2026-12-13");
}

TEST_CASE("a weekday of a named week, weekends and the following week", "[time][issue3]") {
  CHECK(range(one("Wednesday next week")) == "2026-11-25..2026-11-25");
  CHECK(range(one("wednesday of next week")) == "2026-11-25..2026-11-25");
  CHECK(range(one("this weekend")) == "2026-11-21..2026-11-22");
  CHECK(range(one("next weekend")) == "2026-11-28..2026-11-29");
  CHECK(range(one("the following week")) == "2026-11-23..2026-11-29");
  CHECK(range(one("next March")) == "2027-03-01..2027-03-31");
}

TEST_CASE("date ranges are intervals with both ends", "[time][issue3]") {
  auto e = one("from Feb 20 to Mar 5");
  CHECK(e.kind == TimeKind::interval);
  CHECK(range(e) == "2027-02-20..2027-03-05");
  CHECK(range(one("between Monday and Wednesday")) == "2026-11-23..2026-11-25");
  auto d = one("Dec 1-5");
  CHECK(d.kind == TimeKind::interval);
  CHECK(range(d) == "2026-12-01..2026-12-05");
  CHECK(range(one("from the 13th to the 15th of January")) == "2027-01-13..2027-01-15");
  CHECK(range(one("Dec 20 to Jan 5")) == "2026-12-20..2027-01-05");
  CHECK(range(one("Friday to Monday")) == "2026-11-27..2026-11-30");
  CHECK(range(one("1-8 September")) == "2027-09-01..2027-09-08");
}

TEST_CASE("the past N units are recognised and lie in the past", "[time][issue3]") {
  auto e = one("the past 2 weeks");
  CHECK(e.kind == TimeKind::interval);
  CHECK(range(e) == "2026-11-02..2026-11-15");
  CHECK(e.past);
  CHECK(range(one("over the last 3 months")) == "2026-08-01..2026-10-31");
  CHECK(range(one("the last two days")) == "2026-11-20..2026-11-21");
}

TEST_CASE("quarters by ordinal, next quarter and a bare year", "[time][issue3]") {
  CHECK(range(one("next quarter")) == "2027-01-01..2027-03-31");
  auto q = one("the 3rd qtr");
  CHECK(q.grain == Grain::quarter);
  CHECK(range(q) == "2027-07-01..2027-09-30");
  CHECK(range(one("4th quarter 2027")) == "2027-10-01..2027-12-31");
  auto y = one("2027");
  CHECK(y.grain == Grain::year);
  CHECK(range(y) == "2027-01-01..2027-12-31");
  CHECK(find("read 2027 pages").empty());
  CHECK(range(one("2027-03")) == "2027-03-01..2027-03-31");
}

TEST_CASE("at the latest makes a date a deadline", "[time][issue3]") {
  auto e = one("Friday at the latest");
  CHECK(e.kind == TimeKind::deadline);
  CHECK(range(e) == "2026-11-22..2026-11-27");
  auto f = one("by March 3 at the latest");
  CHECK(f.kind == TimeKind::deadline);
  CHECK(iso(f.end) == "2027-03-03");
}

TEST_CASE("rule-based holidays", "[time][issue3][holidays]") {
  CHECK(range(one("Thanksgiving")) == "2026-11-26..2026-11-26");
  CHECK(range(one("Black Friday")) == "2026-11-27..2026-11-27");
  CHECK(range(one("MLK Day")) == "2027-01-18..2027-01-18");
  CHECK(range(one("Martin Luther King Day")) == "2027-01-18..2027-01-18");
  CHECK(range(one("Memorial Day")) == "2027-05-31..2027-05-31");
  CHECK(range(one("Labor Day")) == "2027-09-06..2027-09-06");
  CHECK(range(one("thanksgiving 2013")) == "2013-11-28..2013-11-28");
  auto last = one("last Thanksgiving", "2026-12-01");
  CHECK(range(last) == "2026-11-26..2026-11-26");
  CHECK(last.past);
}

TEST_CASE("Easter and the days counted from it", "[time][issue3][holidays]") {
  CHECK(range(one("Easter")) == "2027-03-28..2027-03-28");
  CHECK(range(one("Good Friday")) == "2027-03-26..2027-03-26");
  CHECK(range(one("Easter Monday")) == "2027-03-29..2027-03-29");
  CHECK(range(one("Pentecost")) == "2027-05-16..2027-05-16");
  CHECK(range(one("easter 2013")) == "2013-03-31..2013-03-31");
  CHECK(range(one("orthodox easter 2027")) == "2027-05-02..2027-05-02");
  CHECK(range(one("last Easter")) == "2026-04-05..2026-04-05");
}

TEST_CASE("lunar-calendar holidays come from the pack's date tables", "[time][issue3][holidays]") {
  CHECK(range(one("Chinese New Year")) == "2027-02-06..2027-02-06");
  CHECK(range(one("Diwali")) == "2027-10-29..2027-10-29");
  CHECK(range(one("Hanukkah")) == "2026-12-04..2026-12-04");
  CHECK(range(one("Rosh Hashanah 2027")) == "2027-10-01..2027-10-01");
  CHECK(range(one("Eid al-Fitr", "2024-01-01")) == "2024-04-10..2024-04-10");
  CHECK(range(one("Eid al-Adha 2025")) == "2025-06-06..2025-06-06");
  CHECK(range(one("Ramadan", "2025-01-01")) == "2025-03-01..2025-03-01");
  // Outside the table's years: not resolved (rather than guessed).
  CHECK(find("Eid al-Fitr 2040").size() <= 1);
  for (const auto& f : find("Eid al-Fitr 2040")) CHECK(f.expr.text == "2040");
}

TEST_CASE("holiday rules in a pack are validated", "[time][issue3][pack]") {
  CHECK_THROWS_AS(compile(section_with("/holidays/x", packs::Json::parse(R"({"nth_weekday": [11, 4, 0]})"))), Error);
  CHECK_THROWS_AS(compile(section_with("/holidays/x", packs::Json::parse(R"({"easter": 1, "dates": {"2026": [1, 1]}})"))), Error);
  CHECK_THROWS_AS(compile(section_with("/holidays/x", packs::Json::parse(R"({"dates": {"26": [1, 1]}})"))), Error);
  CHECK_NOTHROW(compile(section_with("/holidays/x", packs::Json::parse(R"({"dates": {"2026": [2, 29], "2028": [2, 29]}})"))));
}

TEST_CASE("nested shapes stay bounded on long inputs", "[time][issue3][safety]") {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "the first of the week of last ";
  text += "march";
  auto found = find(text);
  CHECK(found.size() < 40000);
  std::string ranges;
  for (int k = 0; k < 20000; ++k) ranges += "from Dec 1 to ";
  ranges += "Dec 5";
  CHECK_FALSE(find(ranges).empty());
}

TEST_CASE("a joiner word alone does not make a range", "[time][issue3]") {
  auto found = find("Present on Monday to 5 people and send notes by Friday to the team.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].expr.text == "Monday");
  CHECK(found[1].expr.kind == TimeKind::deadline);
  CHECK(found[1].expr.text == "by Friday");
  auto rec = find("Practice daily from today until Dec 18");
  REQUIRE(rec.size() == 1);
  CHECK(rec[0].expr.kind == TimeKind::recurrence);
  CHECK(iso(rec[0].expr.recurrence->until) == "2026-12-18");
  CHECK(rec[0].expr.recurrence->occurrences == 27);
}

TEST_CASE("seasons come from the pack and need a context or modifier", "[time][issue3]") {
  CHECK(range(one("this summer")) == "2027-06-21..2027-09-22");
  CHECK(range(one("this winter")) == "2026-12-21..2027-03-19");
  CHECK(range(one("in the fall")) == "2026-09-23..2026-12-20");
  CHECK(range(one("next fall")) == "2027-09-23..2027-12-20");
  auto last = one("last summer");
  CHECK(range(last) == "2026-06-21..2026-09-22");
  CHECK(last.past);
  CHECK(iso(one("by summer 2027").end) == "2027-09-22");
  CHECK(find("I will not fall behind").empty());
  CHECK(find("spring cleaning").empty());
}

TEST_CASE("upcoming N units, after next, counted weekdays", "[time][issue3]") {
  // "upcoming two weeks" / "2 upcoming weeks": the Nth unit after the current one (Duckling's reading).
  CHECK(range(one("upcoming two weeks")) == "2026-11-30..2026-12-06");
  CHECK(range(one("2 upcoming months")) == "2027-01-01..2027-01-31");
  CHECK(range(one("the upcoming 2 days")) == "2026-11-24..2026-11-24");
  CHECK(one("upcoming two weeks").grain == Grain::week);
  // "next 2 weeks" stays a window from today.
  CHECK(one("next 2 weeks").kind == TimeKind::interval);
  CHECK(range(one("next 2 weeks")) == "2026-11-22..2026-12-06");
  // "after next": the second occurrence.
  CHECK(range(one("Friday after next")) == "2026-12-04..2026-12-04");
  CHECK(range(one("March after next")) == "2028-03-01..2028-03-31");
  CHECK(range(one("Christmas after next")) == "2027-12-25..2027-12-25");
  // Counted weekdays.
  CHECK(range(one("3 Fridays from now")) == "2026-12-11..2026-12-11");
  CHECK(range(one("three fridays from now")) == "2026-12-11..2026-12-11");
  auto ago = one("two Thursdays ago");
  CHECK(range(ago) == "2026-11-12..2026-11-12");
  CHECK(ago.past);
  CHECK(find("on Fridays").size() == 1);  // a plural weekday alone is still a recurrence
  CHECK(find("on Fridays")[0].expr.kind == TimeKind::recurrence);
}

TEST_CASE("an offset after a date without a year moves the day it resolves from", "[time][issue3]") {
  CHECK(range(one("Thanksgiving in a year")) == "2027-11-25..2027-11-25");
  CHECK(range(one("Easter 3 months from now")) == "2027-03-28..2027-03-28");
  CHECK(range(one("Thanksgiving 2 years ago")) == "2024-11-28..2024-11-28");
  CHECK(range(one("March in a year")) == "2028-03-01..2028-03-31");
  // A stated year is never moved: the offset stays its own expression.
  CHECK(find("Thanksgiving 2027 in a year").size() == 2);
}

TEST_CASE("a weekday next to a date picks the year", "[time][issue3]") {
  CHECK(range(one("Fri, Jul 18")) == "2025-07-18..2025-07-18");  // the nearest July 18 on a Friday
  CHECK(range(one("Jul 18, Fri")) == "2025-07-18..2025-07-18");
  CHECK(range(one("Sat, Dec 5")) == "2026-12-05..2026-12-05");    // the default year agrees
  CHECK(range(one("Friday, Dec 4")) == "2026-12-04..2026-12-04");
  CHECK(range(one("Thu 15th")) == "2027-04-15..2027-04-15");       // the next 15th on a Thursday
  CHECK(find("sat").empty());                                        // an ambiguous weekday alone
}

TEST_CASE("ordinals counted from the last", "[time][issue3]") {
  CHECK(range(one("the third last week of 2027")) == "2027-12-06..2027-12-12");
  CHECK(range(one("2nd last week of October 2027")) == "2027-10-18..2027-10-24");
  CHECK(range(one("fifth last day of May")) == "2027-05-27..2027-05-27");
  CHECK(range(one("the second last Friday of March 2027")) == "2027-03-19..2027-03-19");
}

TEST_CASE("holidays observed on a weekday", "[time][issue3][holidays]") {
  CHECK(range(one("Boss's Day 2026")) == "2026-10-16..2026-10-16");  // a Friday
  CHECK(range(one("Boss's Day 2027")) == "2027-10-15..2027-10-15");  // Saturday -> Friday
  CHECK(range(one("boss day 2022")) == "2022-10-17..2022-10-17");    // Sunday -> Monday
  CHECK(range(one("King's Day 2025")) == "2025-04-26..2025-04-26");  // Sunday -> Saturday
  CHECK(range(one("Koningsdag 2026")) == "2026-04-27..2026-04-27");
  CHECK_THROWS_AS(compile(section_with("/holidays/x", packs::Json::parse(R"({"fixed": [10, 16], "weekend": [1]})"))), Error);
  CHECK_THROWS_AS(compile(section_with("/holidays/x", packs::Json::parse(R"({"fixed": [2, 30]})"))), Error);
}
