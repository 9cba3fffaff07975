// Times of day (src/extract/time.cpp, the pack's "time.clock" object) through Engine::parse_time.
//
// Reference date: 2026-11-22, a Sunday. Without a reference time (TimeOptions::now) a time of day
// without a day is today's; with one, a time already past is tomorrow's.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "goalsmith/goalsmith.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/time_rules.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}
const Date kToday = Date::from_iso("2026-11-22");  // a Sunday

std::vector<TimeExpression> parse(const std::string& text, const char* now = nullptr) {
  TimeOptions o;
  o.today = kToday;
  if (now) o.now = TimeOfDay::from_iso(now);
  return engine().parse_time(text, o);
}

TimeExpression one(const std::string& text, const char* now = nullptr) {
  const auto found = parse(text, now);
  INFO("text: " << text);
  REQUIRE(found.size() == 1);
  return found[0];
}

// "2026-11-23T15:30:00..2026-11-23T15:30:00": start and end with their times, for compact checks.
std::string when(const TimeExpression& t) {
  auto side = [](const std::optional<Date>& d, const std::optional<TimeOfDay>& tod) {
    return (d ? d->to_iso() : std::string("-")) + (tod ? "T" + tod->to_iso() : std::string());
  };
  return side(t.start, t.start_time) + ".." + side(t.end, t.end_time);
}

}  // namespace

TEST_CASE("a time of day alone is today's, at its grain", "[time][clock]") {
  struct Row {
    const char* text;
    const char* when;
    Grain grain;
  };
  const Row rows[] = {
      {"at 3pm", "2026-11-22T15:00:00..2026-11-22T15:00:00", Grain::hour},
      {"9 am", "2026-11-22T09:00:00..2026-11-22T09:00:00", Grain::hour},
      {"at 15:30", "2026-11-22T15:30:00..2026-11-22T15:30:00", Grain::minute},
      {"6:30pm", "2026-11-22T18:30:00..2026-11-22T18:30:00", Grain::minute},
      {"9:01:10 AM", "2026-11-22T09:01:10..2026-11-22T09:01:10", Grain::second},
      {"noon", "2026-11-22T12:00:00..2026-11-22T12:00:00", Grain::hour},
      {"midnight", "2026-11-22T00:00:00..2026-11-22T00:00:00", Grain::hour},
      {"3 o'clock", "2026-11-22T15:00:00..2026-11-22T15:00:00", Grain::hour},
      {"at three pm", "2026-11-22T15:00:00..2026-11-22T15:00:00", Grain::hour},
      {"ten thirty am", "2026-11-22T10:30:00..2026-11-22T10:30:00", Grain::minute},
      {"a quarter past 3pm", "2026-11-22T15:15:00..2026-11-22T15:15:00", Grain::minute},
      {"half past three", "2026-11-22T15:30:00..2026-11-22T15:30:00", Grain::minute},
      {"twenty to 4", "2026-11-22T15:40:00..2026-11-22T15:40:00", Grain::minute},
      {"at 1030", "2026-11-22T10:30:00..2026-11-22T10:30:00", Grain::minute},
      {"3 p.m.", "2026-11-22T15:00:00..2026-11-22T15:00:00", Grain::hour},
  };
  for (const auto& row : rows) {
    const auto t = one(row.text);
    INFO(row.text);
    CHECK(t.kind == TimeKind::date);
    CHECK(when(t) == row.when);
    CHECK(t.grain == row.grain);
  }
}

TEST_CASE("a bare hour is a.m. or p.m. by the part of the day, else by the pack's rule", "[time][clock]") {
  CHECK(when(one("at 3")) == "2026-11-22T15:00:00..2026-11-22T15:00:00");    // below afternoon_below: p.m.
  CHECK(when(one("at 7")) == "2026-11-22T07:00:00..2026-11-22T07:00:00");
  CHECK(when(one("at 3 in the morning")) == "2026-11-22T03:00:00..2026-11-22T03:00:00");
  CHECK(when(one("8 tonight")) == "2026-11-22T20:00:00..2026-11-22T20:00:00");
  CHECK(when(one("at 8 in the evening")) == "2026-11-22T20:00:00..2026-11-22T20:00:00");
  CHECK(when(one("tonight at 11")) == "2026-11-22T23:00:00..2026-11-22T23:00:00");
  CHECK(when(one("this morning at 10")) == "2026-11-22T10:00:00..2026-11-22T10:00:00");
  CHECK(when(one("tomorrow afternoon at 5")) == "2026-11-23T17:00:00..2026-11-23T17:00:00");
}

TEST_CASE("a time of day joins the day next to it", "[time][clock]") {
  CHECK(when(one("tomorrow at 7")) == "2026-11-23T07:00:00..2026-11-23T07:00:00");
  CHECK(when(one("Friday 6:30pm")) == "2026-11-27T18:30:00..2026-11-27T18:30:00");
  CHECK(when(one("3pm tomorrow")) == "2026-11-23T15:00:00..2026-11-23T15:00:00");
  CHECK(when(one("at 9am on Saturday")) == "2026-11-28T09:00:00..2026-11-28T09:00:00");
  CHECK(when(one("at 7:30 PM on Fri, Dec 4")) == "2026-12-04T19:30:00..2026-12-04T19:30:00");
  CHECK(when(one("December 11 at 4:00pm")) == "2026-12-11T16:00:00..2026-12-11T16:00:00");
  CHECK(when(one("xmas at 6 pm")) == "2026-12-25T18:00:00..2026-12-25T18:00:00");
  CHECK(when(one("day after tomorrow 5pm")) == "2026-11-24T17:00:00..2026-11-24T17:00:00");
  const auto t = one("tomorrow at 7");
  CHECK(t.grain == Grain::hour);
  CHECK(t.kind == TimeKind::date);
}

TEST_CASE("parts of the day", "[time][clock]") {
  const auto tonight = one("tonight");
  CHECK(tonight.grain == Grain::part_of_day);
  CHECK(when(tonight) == "2026-11-22T18:00:00..2026-11-22T23:59:59");
  CHECK(when(one("this morning")) == "2026-11-22T00:00:00..2026-11-22T11:59:59");
  CHECK(when(one("this afternoon")) == "2026-11-22T12:00:00..2026-11-22T18:59:59");
  CHECK(when(one("tomorrow evening")) == "2026-11-23T18:00:00..2026-11-23T23:59:59");
  CHECK(when(one("Monday morning")) == "2026-11-23T00:00:00..2026-11-23T11:59:59");
  CHECK(when(one("last night")) == "2026-11-21T18:00:00..2026-11-21T23:59:59");
  CHECK(one("last night").past);
  CHECK(when(one("the morning of Christmas")) == "2026-12-25T00:00:00..2026-12-25T11:59:59");
  CHECK(when(one("tomorrow at lunch")) == "2026-11-23T12:00:00..2026-11-23T13:59:59");
  // A part of the day with no day is a habit, not a date.
  CHECK(parse("I am sharper in the morning").empty());
}

TEST_CASE("ranges of times of day share am/pm the way people say them", "[time][clock]") {
  struct Row {
    const char* text;
    const char* when;
  };
  const Row rows[] = {
      {"from 9 to 11am", "2026-11-22T09:00:00..2026-11-22T11:00:00"},
      {"between 2 and 4 pm", "2026-11-22T14:00:00..2026-11-22T16:00:00"},
      {"3-4pm", "2026-11-22T15:00:00..2026-11-22T16:00:00"},
      {"11-1pm", "2026-11-22T11:00:00..2026-11-22T13:00:00"},
      {"9:30 - 11:00", "2026-11-22T09:30:00..2026-11-22T11:00:00"},
      {"11:30-1:30", "2026-11-22T11:30:00..2026-11-22T13:30:00"},
      {"8am until 6", "2026-11-22T08:00:00..2026-11-22T18:00:00"},
      {"3:30-6 p.m.", "2026-11-22T15:30:00..2026-11-22T18:00:00"},
      {"Thursday from 9:30 to 11:00", "2026-11-26T09:30:00..2026-11-26T11:00:00"},
      {"between 9:30 and 11:00 on Thursday", "2026-11-26T09:30:00..2026-11-26T11:00:00"},
      {"from 3 to 4 in the afternoon", "2026-11-22T15:00:00..2026-11-22T16:00:00"},
  };
  for (const auto& row : rows) {
    const auto t = one(row.text);
    INFO(row.text);
    CHECK(t.kind == TimeKind::interval);
    CHECK(when(t) == row.when);
  }
  CHECK(one("3:30-6 p.m.").grain == Grain::minute);
  CHECK(one("3-4pm").grain == Grain::hour);
  const auto days = one("from Monday 9am to Friday 5pm");
  CHECK(when(days) == "2026-11-23T09:00:00..2026-11-27T17:00:00");
  CHECK(days.grain == Grain::hour);
}

TEST_CASE("deadlines at a time of day", "[time][clock]") {
  const auto by = one("by 3pm Friday");
  CHECK(by.kind == TimeKind::deadline);
  CHECK(when(by) == "2026-11-22..2026-11-27T15:00:00");
  // "before 11am" ends at the last minute before it.
  CHECK(when(one("before 11 am")) == "2026-11-22..2026-11-22T10:59:00");
  // With a reference time the deadline starts now.
  CHECK(when(one("until 2:00pm", "08:15")) == "2026-11-22T08:15:00..2026-11-22T14:00:00");
}

TEST_CASE("a reference time resolves 'in 2 hours' and moves past times to tomorrow", "[time][clock]") {
  const auto in2 = one("in 2 hours", "10:30");
  CHECK(in2.kind == TimeKind::deadline);
  CHECK(when(in2) == "2026-11-22T10:30:00..2026-11-22T12:30:00");
  CHECK(when(one("in 90 minutes", "23:00")) == "2026-11-22T23:00:00..2026-11-23T00:30:00");
  CHECK(when(one("within 3 hours", "10:00")) == "2026-11-22T10:00:00..2026-11-22T13:00:00");
  CHECK(one("within 3 hours", "10:00").kind == TimeKind::interval);
  CHECK(when(one("2 hours from now", "10:00")) == "2026-11-22T12:00:00..2026-11-22T12:00:00");
  CHECK(when(one("30 minutes ago", "00:10")) == "2026-11-21T23:40:00..2026-11-21T23:40:00");
  const auto past = one("the past 30 minutes", "10:00");
  CHECK(past.past);
  CHECK(when(past) == "2026-11-22T09:30:00..2026-11-22T10:00:00");
  // A time of day without a day that has passed is tomorrow's; a stated day stays.
  CHECK(when(one("at 3am", "04:30")) == "2026-11-23T03:00:00..2026-11-23T03:00:00");
  CHECK(when(one("at 3pm", "04:30")) == "2026-11-22T15:00:00..2026-11-22T15:00:00");
  CHECK(when(one("today at 3am", "04:30")) == "2026-11-22T03:00:00..2026-11-22T03:00:00");
  // Without a reference time "in 2 hours" stays a duration.
  const auto d = one("in 2 hours");
  CHECK(d.kind == TimeKind::duration);
  CHECK_FALSE(d.start_time);
}

TEST_CASE("a recurrence takes the time of day next to it", "[time][clock]") {
  const auto t = one("every morning at 7 until December 18");
  CHECK(t.kind == TimeKind::recurrence);
  REQUIRE(t.start_time);
  CHECK(t.start_time->to_iso() == "07:00:00");
  REQUIRE(t.recurrence);
  CHECK(t.recurrence->until == Date::from_iso("2026-12-18"));
  const auto daily = one("at 6:30pm daily");
  CHECK(daily.kind == TimeKind::recurrence);
  REQUIRE(daily.start_time);
  CHECK(daily.start_time->to_iso() == "18:30:00");
}

TEST_CASE("numbers that are not times of day stay what they are", "[time][clock]") {
  for (const char* text : {"at 5 companies", "at least 3 interviews", "3 times a week", "4a", "at a couple of",
                           "score 4/5", "in 2024 I moved", "I solved 15 problems", "chapters 3-4"}) {
    INFO(text);
    for (const auto& t : parse(text)) {
      CHECK_FALSE(t.start_time);
      CHECK_FALSE(t.end_time);
    }
  }
  const auto rec = one("3 times a week");
  CHECK(rec.kind == TimeKind::recurrence);
}

TEST_CASE("week start is a per-call option of parse_time", "[time][options]") {
  TimeOptions o;
  o.today = Date::from_iso("2026-11-25");  // a Wednesday
  const auto monday = engine().parse_time("this week", o);
  REQUIRE(monday.size() == 1);
  CHECK(monday[0].start->to_iso() == "2026-11-23");
  CHECK(monday[0].end->to_iso() == "2026-11-29");
  o.week_start = WeekStart::sunday;
  const auto sunday = engine().parse_time("this week", o);
  REQUIRE(sunday.size() == 1);
  CHECK(sunday[0].start->to_iso() == "2026-11-22");
  CHECK(sunday[0].end->to_iso() == "2026-11-28");
  // The per-call option overrides the engine's.
  EngineOptions eo;
  eo.week_start = WeekStart::sunday;
  const Engine sunday_engine(Pack::builtin("en"), eo);
  o.week_start = WeekStart::monday;
  CHECK(sunday_engine.parse_time("this week", o)[0].start->to_iso() == "2026-11-23");
  o.week_start.reset();
  CHECK(sunday_engine.parse_time("this week", o)[0].start->to_iso() == "2026-11-22");
}

TEST_CASE("week start is a SMART check option too", "[time][options]") {
  CheckOptions o;
  o.today = Date::from_iso("2026-11-25");
  const std::string goal = "Rehearse 4 STAR stories by the end of the week";
  CHECK(engine().check_goal(goal, o).fields.deadline->to_iso() == "2026-11-29");
  o.week_start = WeekStart::sunday;
  CHECK(engine().check_goal(goal, o).fields.deadline->to_iso() == "2026-11-28");
  const auto parsed = check_options_from_json(R"({"week_start": "sunday"})");
  REQUIRE(parsed.week_start);
  CHECK(*parsed.week_start == WeekStart::sunday);
  CHECK(check_options_from_json(check_options_to_json(parsed)).week_start == parsed.week_start);
  try {
    check_options_from_json(R"({"week_start": "friday"})");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_schema);
    CHECK(e.where() == "/week_start");
  }
}

TEST_CASE("time options from JSON", "[time][options]") {
  const auto o = time_options_from_json(R"({"today": "2026-11-22", "now": "08:30", "week_start": "sunday"})");
  CHECK(o.today == Date::from_iso("2026-11-22"));
  REQUIRE(o.now);
  CHECK(o.now->to_iso() == "08:30:00");
  CHECK(o.week_start == WeekStart::sunday);
  const auto empty = time_options_from_json(R"({"today": null, "now": null})");
  CHECK_FALSE(empty.today);
  CHECK_FALSE(empty.now);
  const struct {
    const char* json;
    const char* where;
  } bad[] = {{R"({"now": "8:30"})", "/now"},
             {R"({"now": "24:00"})", "/now"},
             {R"({"now": 830})", "/now"},
             {R"({"week_start": 1})", "/week_start"},
             {R"({"tomorrow": "x"})", ""}};
  for (const auto& b : bad) {
    INFO(b.json);
    try {
      time_options_from_json(b.json);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::json_schema);
      if (*b.where) CHECK(e.where() == b.where);
    }
  }
}

TEST_CASE("TimeOfDay reads and writes ISO times", "[time][clock]") {
  CHECK(TimeOfDay::from_iso("07:05").to_iso() == "07:05:00");
  CHECK(TimeOfDay::from_iso("23:59:59").seconds() == 86399);
  CHECK(TimeOfDay::from_seconds(3723).to_iso() == "01:02:03");
  for (const char* bad : {"", "7:05", "24:00", "12:60", "12:00:60", "12-00", "ab:cd", "12:00:"}) {
    INFO(bad);
    CHECK_THROWS_AS(TimeOfDay::from_iso(bad), Error);
  }
}

TEST_CASE("the pack's clock object is validated with JSON paths", "[time][clock][pack]") {
  namespace packs = goalsmith::packs;
  const goalsmith::Pack builtin = goalsmith::Pack::builtin("en");
  auto compile = [&](const std::string& pointer, const packs::Json& value) {
    packs::Json section = builtin.compiled().source.at("time");
    section[packs::Json::json_pointer(pointer)] = value;
    packs::TimeRules rules;
    packs::Inflection inflection;
    packs::compile_time_rules(packs::JsonReader(section, "/time"), inflection, rules);
  };
  const struct {
    const char* pointer;
    packs::Json value;
    const char* where;
  } bad[] = {
      {"/clock/parts_of_day/morning/from", "25:00", "/time/clock/parts_of_day/morning/from"},
      {"/clock/parts_of_day/afternoon/to", "11:00", "/time/clock/parts_of_day/afternoon/to"},
      {"/clock/meridiems/pm", "evening", "/time/clock/meridiems/pm"},
      {"/clock/afternoon_below", 30, "/time/clock/afternoon_below"},
      {"/clock/self_dated/tomorrowish", 1, "/time/clock/self_dated/tomorrowish"},
      {"/clock/named/noon", "noon", "/time/clock/named/noon"},
  };
  for (const auto& b : bad) {
    INFO(b.pointer);
    try {
      compile(b.pointer, b.value);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.where() == b.where);
    }
  }
}
