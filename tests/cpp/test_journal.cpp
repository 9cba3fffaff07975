// The journal: goals from the SMART check, check-ins, progress (linear and recurring), trends,
// the report, JSON round trips, ops, migration, and the file store (atomic save, crashes,
// damaged files).
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <dirent.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"
#include "journal/store.hpp"

using namespace goalsmith;
using nlohmann::json;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

Date d(const char* iso) { return Date::from_iso(iso); }

// 2026-11-22 is a Sunday.
const Goal& add(Journal& j, const std::string& text, const char* today = "2026-11-22") {
  NewGoal g;
  g.text = text;
  g.today = d(today);
  return j.add_goal(engine(), g);
}

GoalProgress progress_of(const Journal& j, const std::string& id, const char* today) {
  for (const auto& p : j.progress(d(today)))
    if (p.goal_id == id) return p;
  FAIL("no progress for " << id);
  return {};
}

// A scratch directory removed at the end of the test.
struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/goalsmith-journal-test-XXXXXX";
    path = ::mkdtemp(pattern);
  }
  ~TempDir() {
    if (DIR* dir = ::opendir(path.c_str())) {
      while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") std::remove((path + "/" + name).c_str());
      }
      ::closedir(dir);
    }
    ::rmdir(path.c_str());
  }
  std::string file(const std::string& name) const { return path + "/" + name; }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    if (DIR* dir = ::opendir(path.c_str())) {
      while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") out.push_back(name);
      }
      ::closedir(dir);
    }
    return out;
  }
};

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

Journal sample_journal() {
  Journal j;
  j.learner = "Ada";
  j.created = d("2026-11-01");
  Interview first;
  first.date = d("2026-11-01");
  first.session_json = R"({"schema": "goalsmith.feedback_session/1", "kind": "peer_mock"})";
  first.ratings = {{"live_coding", AspectRating{2, 1, 4}}, {"communication", AspectRating{3, 1, 4}}};
  first.improve = {"live_coding", "communication"};
  first.strengths = {"behavioral"};
  j.add_interview(first);
  Interview second;
  second.date = d("2026-11-15");
  second.ratings = {{"live_coding", AspectRating{3, 1, 4}}, {"communication", AspectRating{3, 1, 4}}};
  second.improve = {"live_coding", "communication"};
  j.add_interview(second);
  Interview third;
  third.date = d("2026-11-29");
  third.ratings = {{"live_coding", AspectRating{4, 1, 4}}, {"communication", AspectRating{2, 1, 4}}};
  third.improve = {"communication"};
  j.add_interview(third);
  add(j, "Rehearse 4 STAR stories about conflict by Friday");
  add(j, "Do a mock interview 3 times a week until Jan 31");
  j.check_in("g1", d("2026-11-23"), 2, "conflict with a teammate");
  j.check_in("g1", d("2026-11-26"), 2, "two more");
  j.check_in("g2", d("2026-11-24"));
  j.add_reflection(Reflection{"", d("2026-11-16"), "I froze on the graph question; next time I will clarify first.", ""});
  return j;
}

}  // namespace

// ------------------------------------------------------------------ goals from the SMART check
TEST_CASE("a goal takes its target and window from the SMART check of its text", "[journal]") {
  Journal j;
  const Goal& g = add(j, "Rehearse 4 STAR stories about conflict by Friday");
  CHECK(g.id == "g1");
  CHECK(g.target.amount == 4);
  CHECK(g.target.unit == "star_story");
  REQUIRE(g.start);
  REQUIRE(g.deadline);
  CHECK(g.start->to_iso() == "2026-11-22");
  CHECK(g.deadline->to_iso() == "2026-11-27");
  CHECK_FALSE(g.recurrence);
  CHECK(g.aspects == std::vector<std::string>{"behavioral"});
  CHECK(g.status == GoalStatus::active);
}

TEST_CASE("a recurring goal counts the occurrences of its bounded recurrence", "[journal]") {
  Journal j;
  const Goal& g = add(j, "Do a mock interview 3 times a week until Jan 31");
  REQUIRE(g.recurrence);
  CHECK(g.recurrence->count == 3);
  CHECK(g.recurrence->per == Per::week);
  CHECK(g.target.unit == "occurrence");
  CHECK(g.target.amount == 30);
  REQUIRE(g.per_occurrence);
  CHECK(g.per_occurrence->unit == "mock_interview");
  CHECK(g.deadline->to_iso() == "2027-01-31");
}

TEST_CASE("a goal without a quantity is done or not, and the caller may override the target", "[journal]") {
  Journal j;
  const Goal& plain = add(j, "Update my LinkedIn profile by Friday");
  CHECK(plain.target.amount == 1);
  CHECK(plain.target.unit.empty());
  NewGoal spec;
  spec.text = "Rehearse 4 STAR stories about conflict by Friday";
  spec.today = d("2026-11-22");
  spec.target = Target{6, "star_story"};
  spec.deadline = d("2026-12-04");
  spec.source = JournalSource{"i1", "behavioral", Span{10, 42}};
  spec.origin = "draft";
  const Goal& g = j.add_goal(engine(), spec);
  CHECK(g.id == "g2");
  CHECK(g.target.amount == 6);
  CHECK(g.deadline->to_iso() == "2026-12-04");
  REQUIRE(g.source);
  CHECK(g.source->note_span->end == 42);
  CHECK(g.origin == "draft");
}

TEST_CASE("bad goals, check-ins and statuses are rejected and change nothing", "[journal]") {
  Journal j;
  add(j, "Rehearse 4 STAR stories about conflict by Friday");
  NewGoal empty;
  empty.text = "   ";
  CHECK_THROWS_AS(j.add_goal(engine(), empty), Error);
  NewGoal dup;
  dup.text = "Send 10 applications within 2 weeks";
  dup.id = "g1";
  CHECK_THROWS_WITH(j.add_goal(engine(), dup), Catch::Contains("already exists"));
  NewGoal backwards;
  backwards.text = "Send 10 applications within 2 weeks";
  backwards.today = d("2026-11-22");
  backwards.deadline = d("2026-11-01");
  CHECK_THROWS_WITH(j.add_goal(engine(), backwards), Catch::Contains("before the window start"));
  NewGoal bad_utf8;
  bad_utf8.text = "Send 10 \xff applications";
  try {
    j.add_goal(engine(), bad_utf8);
    FAIL("invalid UTF-8 accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_utf8);
    CHECK(e.where() == "byte 8");
  }
  try {
    j.check_in("g9", d("2026-11-23"));
    FAIL("unknown goal accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
  }
  CHECK_THROWS_AS(j.check_in("g1", d("2026-11-23"), 0), Error);
  CHECK_THROWS_AS(j.check_in("g1", d("2026-11-23"), std::nan("")), Error);
  CHECK_THROWS_AS(j.set_status("g2", GoalStatus::done, d("2026-11-23")), Error);
  CHECK(j.goals().size() == 1);
  CHECK(j.check_ins().empty());
}

// ------------------------------------------------------------------ progress
TEST_CASE("progress of a counted goal compares done with what the window expects", "[journal][progress]") {
  Journal j;
  add(j, "Rehearse 4 STAR stories about conflict by Friday");  // 2026-11-22 .. 2026-11-27: 6 days
  j.check_in("g1", d("2026-11-23"), 1);
  auto p = progress_of(j, "g1", "2026-11-25");  // 3 of 6 days before today: 2 expected
  CHECK(p.done == 1);
  CHECK(p.target.amount == 4);
  CHECK(p.percent == 25);
  REQUIRE(p.expected);
  CHECK(*p.expected == 2);
  CHECK(p.state == ProgressState::behind);
  CHECK(*p.days_left == 3);

  j.check_in("g1", d("2026-11-24"), 1);
  CHECK(progress_of(j, "g1", "2026-11-25").state == ProgressState::on_track);
  // On the window's first day nothing is expected yet.
  CHECK(*progress_of(j, "g1", "2026-11-22").expected == 0);
  CHECK(progress_of(j, "g1", "2026-11-22").state == ProgressState::on_track);
  // After the deadline without the target: overdue.
  p = progress_of(j, "g1", "2026-11-28");
  CHECK(p.state == ProgressState::overdue);
  CHECK(*p.days_left == 0);
  // Reaching the target makes it done, on the day of the check-in that reached it.
  j.check_in("g1", d("2026-11-29"), 2, "late but done");
  p = progress_of(j, "g1", "2026-11-30");
  CHECK(p.state == ProgressState::done);
  CHECK(p.percent == 100);
  CHECK(p.completed->to_iso() == "2026-11-29");
}

TEST_CASE("progress is deterministic given today: later check-ins do not count", "[journal][progress]") {
  Journal j;
  add(j, "Send 10 applications within 2 weeks");
  j.check_in("g1", d("2026-11-23"), 3);
  j.check_in("g1", d("2026-12-01"), 7);
  const auto early = progress_of(j, "g1", "2026-11-24");
  CHECK(early.done == 3);
  CHECK(early.last_check_in->to_iso() == "2026-11-23");
  CHECK_FALSE(early.completed);
  CHECK(progress_of(j, "g1", "2026-12-01").state == ProgressState::done);
  CHECK(progress_to_json(j.progress(d("2026-11-24")), d("2026-11-24")) ==
        progress_to_json(j.progress(d("2026-11-24")), d("2026-11-24")));
}

TEST_CASE("the learner's status decides paused, dropped and done", "[journal][progress]") {
  Journal j;
  add(j, "Send 10 applications within 2 weeks");
  j.set_status("g1", GoalStatus::paused, d("2026-11-25"));
  CHECK(progress_of(j, "g1", "2026-11-30").state == ProgressState::paused);
  j.set_status("g1", GoalStatus::dropped, d("2026-11-26"));
  CHECK(progress_of(j, "g1", "2026-11-30").state == ProgressState::dropped);
  j.set_status("g1", GoalStatus::done, d("2026-11-27"));
  const auto p = progress_of(j, "g1", "2026-11-30");
  CHECK(p.state == ProgressState::done);
  CHECK(p.completed->to_iso() == "2026-11-27");
  CHECK(j.find_goal("g1")->status_changed.to_iso() == "2026-11-27");
}

TEST_CASE("a recurring goal reports periods, streak and missed occurrences", "[journal][progress]") {
  Journal j;
  add(j, "Do a mock interview 3 times a week until Jan 31");  // weeks start on Sunday 2026-11-22
  for (const char* day : {"2026-11-23", "2026-11-25", "2026-11-27",   // week 1: 3 of 3
                          "2026-11-30", "2026-12-02",                 // week 2: 2 of 3
                          "2026-12-07", "2026-12-09", "2026-12-11"})  // week 3: 3 of 3
    j.check_in("g1", d(day));
  auto p = progress_of(j, "g1", "2026-12-14");  // Monday of week 4
  REQUIRE(p.periods.size() == 11);               // 10 weeks and the single day 2027-01-31
  CHECK(p.periods[0].start.to_iso() == "2026-11-22");
  CHECK(p.periods[0].end.to_iso() == "2026-11-28");
  CHECK(p.periods[0].done == 3);
  CHECK(p.periods[1].missed == 1);
  CHECK(p.periods[2].missed == 0);
  CHECK_FALSE(p.periods[3].ended);
  CHECK(p.periods.back().required == 0);
  double scheduled = 0;
  for (const auto& period : p.periods) scheduled += period.required;
  CHECK(scheduled == 30);  // the schedule agrees with the SMART check's occurrence count
  CHECK(p.missed == 1);
  CHECK(p.streak == 1);     // week 3 met; week 2 broke the streak; week 4 has not ended
  CHECK(*p.expected == 9);
  CHECK(p.done == 8);
  CHECK(p.state == ProgressState::behind);

  j.check_in("g1", d("2026-12-13"), 3);
  p = progress_of(j, "g1", "2026-12-14");
  CHECK(p.streak == 2);  // the current week is met, so it counts
  CHECK(p.state == ProgressState::on_track);
}

TEST_CASE("a recurring goal on weekdays schedules the listed days", "[journal][progress]") {
  Journal j;
  const Goal& g = add(j, "Practice 30 minutes of live coding every weekday for the next 3 weeks");
  CHECK(g.target.amount == 15);
  REQUIRE(g.per_occurrence);
  CHECK(g.per_occurrence->amount == 30);
  CHECK(g.per_occurrence->unit == "minute");
  const auto p = progress_of(j, "g1", "2026-11-30");
  REQUIRE(p.periods.size() == 4);  // 2026-11-22 .. 2026-12-13: three weeks and one Sunday
  CHECK(p.periods[0].required == 5);
  CHECK(p.periods[3].required == 0);
  CHECK(p.missed == 5);
  CHECK(p.streak == 0);
  CHECK(p.state == ProgressState::behind);
}

// ------------------------------------------------------------------ trends
TEST_CASE("trends show ratings over time, recurring areas, improvements and completed goals", "[journal][trends]") {
  const Journal j = sample_journal();
  const Trends t = j.trends(d("2026-11-30"));
  CHECK(t.interviews == 3);
  REQUIRE(t.ratings.at("live_coding").size() == 3);
  CHECK(t.ratings.at("live_coding")[0].rating.value == 2);
  CHECK(t.ratings.at("live_coding")[2].interview_id == "i3");
  REQUIRE(t.recurring.size() == 2);
  CHECK(t.recurring[0].aspect == "communication");  // 3 interviews
  CHECK(t.recurring[0].count == 3);
  CHECK(t.recurring[0].open);
  CHECK(t.recurring[1].aspect == "live_coding");
  CHECK(t.recurring[1].count == 2);
  CHECK_FALSE(t.recurring[1].open);
  REQUIRE(t.improved.size() == 1);
  CHECK(t.improved[0].aspect == "live_coding");
  CHECK(t.improved[0].from == Approx(1.0 / 3).epsilon(0.01));
  CHECK(t.improved[0].to == 1);
  CHECK(t.improved[0].no_longer_flagged);
  REQUIRE(t.completed.size() == 1);
  CHECK(t.completed[0].goal_id == "g1");
  CHECK(t.completed[0].date.to_iso() == "2026-11-26");
  CHECK(t.goals_active == 1);
  // Trends of an earlier day ignore later interviews.
  const Trends before = j.trends(d("2026-11-20"));
  CHECK(before.interviews == 2);
  CHECK(before.completed.empty());

  const json doc = json::parse(trends_to_json(t, d("2026-11-30")));
  CHECK(doc["schema"] == "goalsmith.trends/1");
  CHECK(doc["ratings"].size() == 6);  // one row per aspect and interview
  CHECK(doc["ratings"][0]["normalized"].is_number());
}

// ------------------------------------------------------------------ report
TEST_CASE("the report summarizes goals and trends in Markdown and escaped HTML", "[journal][report]") {
  Journal j = sample_journal();
  NewGoal risky;
  risky.text = "Write 3 <script>alert(1)</script> answers about *teamwork* by Friday";
  risky.today = d("2026-11-22");
  j.add_goal(engine(), risky);
  const std::string md = journal_report(j, engine(), d("2026-11-30"));
  CHECK_THAT(md, Catch::StartsWith("# Interview journal of Ada\n"));
  CHECK_THAT(md, Catch::Contains("## Goals"));
  CHECK_THAT(md, Catch::Contains("Rehearse 4 STAR stories about conflict by Friday: 4 of 4 STAR stories (100%), done"));
  CHECK_THAT(md, Catch::Contains("### Areas that keep coming back"));
  CHECK_THAT(md, Catch::Contains("communication: named in 3 interviews"));
  CHECK_THAT(md, Catch::Contains("\\*teamwork\\*"));
  CHECK_THAT(md, Catch::Contains("\\<script\\>"));
  const std::string html = journal_report(j, engine(), d("2026-11-30"), ReportFormat::html);
  CHECK_THAT(html, Catch::StartsWith("<section class=\"goalsmith-journal\">"));
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("<h2>Goals</h2>"));
}

TEST_CASE("the report's words come from the language pack", "[journal][report]") {
  auto doc = json::parse(Pack::builtin().to_json());
  doc["journal"]["messages"]["goals_heading"] = "Objectifs";
  const Engine custom(Pack::from_json(doc.dump()));
  const std::string md = journal_report(sample_journal(), custom, d("2026-11-30"));
  CHECK_THAT(md, Catch::Contains("## Objectifs"));
  doc["journal"]["messages"].erase("goals_heading");
  try {
    Pack::from_json(doc.dump());
    FAIL("a pack without a journal message loaded");
  } catch (const Error& e) {
    CHECK(e.where() == "/journal/messages");
    CHECK_THAT(e.what(), Catch::Contains("goals_heading"));
  }
}

// ------------------------------------------------------------------ JSON and ops
TEST_CASE("a journal survives a JSON round trip unchanged", "[journal][json]") {
  const Journal j = sample_journal();
  const std::string text = journal_to_json(j);
  const json doc = json::parse(text);
  CHECK(doc["schema"] == "goalsmith.journal/1");
  CHECK(doc["goals"][1]["recurrence"]["per"] == "week");
  CHECK(doc["interviews"][0]["session"]["kind"] == "peer_mock");
  CHECK(journal_to_json(journal_from_json(text)) == text);
  CHECK(journal_to_json(journal_from_json(journal_to_json(j, -1))) == text);
}

TEST_CASE("a malformed journal document names the JSON path or byte offset", "[journal][json]") {
  const std::string good = journal_to_json(sample_journal());
  auto where_of = [](const std::string& text) {
    try {
      journal_from_json(text);
    } catch (const Error& e) {
      return std::string(error_code_name(e.code())) + " " + e.where();
    }
    return std::string("no error");
  };
  CHECK(where_of(good.substr(0, 40)) .rfind("json_syntax byte", 0) == 0);
  json doc = json::parse(good);
  doc["goals"][0]["target"]["amount"] = "four";
  CHECK(where_of(doc.dump()) == "json_schema /goals/0/target/amount");
  doc = json::parse(good);
  doc["check_ins"][1]["goal"] = "g7";
  CHECK(where_of(doc.dump()) == "json_schema /check_ins/1");
  doc = json::parse(good);
  doc["goals"][1]["id"] = "g1";
  CHECK(where_of(doc.dump()) == "json_schema /goals/1");
  doc = json::parse(good);
  doc["goals"][0]["colour"] = "blue";
  CHECK(where_of(doc.dump()) == "json_schema /goals/0/colour");
  doc = json::parse(good);
  doc["schema"] = "goalsmith.journal/2";
  CHECK(where_of(doc.dump()) == "json_schema /schema");
  CHECK(where_of("[1, 2]") == "json_schema /");
}

TEST_CASE("journal ops add goals, check-ins, statuses, interviews and reflections", "[journal][ops]") {
  Journal j;
  j.created = d("2026-11-22");
  json r = json::parse(apply_journal_op(j, engine(),
                                        R"({"op": "add_goal", "text": "Send 10 applications within 2 weeks",
                                            "today": "2026-11-22"})"));
  CHECK(r["id"] == "g1");
  CHECK(r["target"]["amount"] == 10);
  r = json::parse(apply_journal_op(j, engine(), R"({"op": "check_in", "goal": "g1", "date": "2026-11-23", "amount": 4, "note": "big day"})"));
  CHECK(r["id"] == "c1");
  CHECK(r["amount"] == 4);
  r = json::parse(apply_journal_op(j, engine(), R"({"op": "set_status", "goal": "g1", "status": "paused", "date": "2026-11-24"})"));
  CHECK(r["status"] == "paused");
  r = json::parse(apply_journal_op(
      j, engine(),
      R"({"op": "add_interview", "session": {"schema": "goalsmith.feedback_session/1", "id": "mock-1", "date": "2026-11-20"},
          "ratings": {"communication": {"value": 3, "min": 1, "max": 5}}, "improve": ["communication"]})"));
  CHECK(r["id"] == "mock-1");
  CHECK(r["date"] == "2026-11-20");
  r = json::parse(apply_journal_op(j, engine(), R"({"op": "add_reflection", "text": "Went better.", "date": "2026-11-21",
                                                   "mindset": {"schema": "goalsmith.mindset_report/1", "findings": []}})"));
  CHECK(r["id"] == "r1");
  CHECK(r["mindset"]["findings"].empty());
  CHECK(j.goals().size() == 1);
  CHECK(j.check_ins().size() == 1);
  CHECK(j.interviews().size() == 1);
  CHECK(j.reflections().size() == 1);
}

TEST_CASE("a bad journal op names where it is wrong and changes nothing", "[journal][ops]") {
  Journal j;
  apply_journal_op(j, engine(), R"({"op": "add_goal", "text": "Send 10 applications within 2 weeks", "today": "2026-11-22"})");
  const std::string before = journal_to_json(j);
  auto where_of = [&](const std::string& op) {
    try {
      apply_journal_op(j, engine(), op);
    } catch (const Error& e) {
      return std::string(error_code_name(e.code())) + " " + e.where();
    }
    return std::string("no error");
  };
  CHECK(where_of(R"({"op": "frobnicate"})") == "json_schema /op");
  CHECK(where_of(R"({"op": "check_in", "goal": "g5"})") == "not_found /goal");
  CHECK(where_of(R"({"op": "check_in", "goal": "g1", "amount": -1})") == "json_schema /amount");
  CHECK(where_of(R"({"op": "check_in", "goal": "g1", "date": "2026-02-30"})") == "json_schema /date");
  CHECK(where_of(R"({"op": "set_status", "goal": "g1", "status": "finished"})") == "json_schema /status");
  CHECK(where_of(R"({"op": "add_goal", "text": " "})") == "invalid_argument /text");
  CHECK(where_of(R"({"op": "add_reflection", "text": ""})") == "invalid_argument /text");
  CHECK(where_of(R"({"op": "add_interview", "session": {"schema": "goalsmith.smart_report/1"}, "date": "2026-11-01"})") ==
        "json_schema /session/schema");
  CHECK(where_of(R"({"op": "add_interview", "session": {}, "date": "2026-11-01",
                     "ratings": {"communication": {"value": 9, "min": 1, "max": 5}}})") ==
        "json_schema /ratings/communication/value");
  CHECK(where_of(R"({"op": "add_reflection", "text": "x", "date": "2026-11-01", "extra": 1})") == "json_schema /extra");
  CHECK(where_of("{\"op\": \"add_goal\", \"text\": \"a\xff\"}") == "invalid_utf8 byte 29");
  CHECK(where_of(R"({"op": )") .rfind("json_syntax byte", 0) == 0);
  CHECK(journal_to_json(j) == before);
}

// ------------------------------------------------------------------ migration
TEST_CASE("a journal of the older layout is migrated to schema 1", "[journal][migration]") {
  const std::string v0 = R"({
    "schema": "goalsmith.journal/0",
    "learner": "Ada",
    "sessions": [{"id": "s1", "date": "2026-11-01", "ratings": {"live_coding": 2}, "improve": ["live_coding"]},
                 {"id": "s2", "date": "2026-11-15", "ratings": {"live_coding": 4}}],
    "reflections": [{"date": "2026-11-02", "text": "Clarify before coding."}],
    "goals": [{"id": "g1", "text": "Rehearse 4 STAR stories about conflict by Friday", "created": "2026-11-22",
               "log": [{"date": "2026-11-24", "amount": 2}, {"date": "2026-11-23", "note": "first"}]},
              {"id": "g2", "text": "Send 10 applications within 2 weeks", "created": "2026-11-20", "status": "dropped",
               "log": [{"date": "2026-11-21", "amount": 3}]}]
  })";
  const json doc = json::parse(migrate_journal_json(v0, engine()));
  CHECK(doc["schema"] == "goalsmith.journal/1");
  CHECK(doc["created"] == "2026-11-01");  // the earliest date of the old journal
  CHECK(doc["interviews"][0]["id"] == "s1");
  CHECK(doc["interviews"][0]["ratings"]["live_coding"] == json({{"value", 2}, {"min", 1}, {"max", 5}}));
  CHECK(doc["reflections"][0]["id"] == "r1");
  CHECK(doc["goals"][0]["target"] == json({{"amount", 4}, {"unit", "star_story"}}));
  CHECK(doc["goals"][0]["window"]["deadline"] == "2026-11-27");
  CHECK(doc["goals"][1]["status"] == "dropped");
  REQUIRE(doc["check_ins"].size() == 3);
  CHECK(doc["check_ins"][0]["date"] == "2026-11-21");  // one list, in date order
  CHECK(doc["check_ins"][1]["note"] == "first");
  CHECK(doc["check_ins"][2]["goal"] == "g1");
  // The migrated document reads as a schema-1 journal, and migration of /1 is the identity.
  const std::string migrated = doc.dump();
  const Journal j = journal_from_json(migrated);
  CHECK(migrate_journal_json(journal_to_json(j), engine()) == journal_to_json(j));
  CHECK(j.trends(d("2026-11-30")).improved.at(0).aspect == "live_coding");
  // journal_from_json alone refuses the old layout and says what to do.
  try {
    journal_from_json(v0);
    FAIL("old layout read without migration");
  } catch (const Error& e) {
    CHECK(e.where() == "/schema");
    CHECK_THAT(e.what(), Catch::Contains("migrate"));
  }
  // A malformed old journal names the path in the old document.
  json bad = json::parse(v0);
  bad["goals"][0]["log"][0]["amount"] = "two";
  try {
    migrate_journal_json(bad.dump(), engine());
    FAIL("bad old journal migrated");
  } catch (const Error& e) {
    CHECK(e.where() == "/goals/0/log/0/amount");
  }
}

// ------------------------------------------------------------------ the file store
TEST_CASE("save and load give back the same journal, and loading an old layout leaves the file alone", "[journal][store]") {
  TempDir dir;
  const Journal j = sample_journal();
  save_journal(j, dir.file("journal.json"));
  CHECK(journal_to_json(load_journal(dir.file("journal.json"), engine())) == journal_to_json(j));
  CHECK(dir.entries() == std::vector<std::string>{"journal.json"});  // no temp file left behind

  const std::string v0 = R"({"schema": "goalsmith.journal/0", "goals": [{"id": "g1", "text": "Send 10 applications within 2 weeks", "created": "2026-11-20"}]})";
  write_all(dir.file("old.json"), v0);
  const Journal migrated = load_journal(dir.file("old.json"), engine());
  CHECK(migrated.goals().at(0).target.amount == 10);
  CHECK(read_all(dir.file("old.json")) == v0);
}

TEST_CASE("loading a damaged journal file gives a clear error and leaves the file untouched", "[journal][store]") {
  TempDir dir;
  const std::string path = dir.file("journal.json");
  const std::string good = journal_to_json(sample_journal());
  const std::string damaged = good.substr(0, good.size() / 2);  // as a torn write would leave it
  write_all(path, damaged);
  try {
    load_journal(path, engine());
    FAIL("damaged journal loaded");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_syntax);
    CHECK_THAT(e.where(), Catch::StartsWith("byte "));
    CHECK_THAT(e.what(), Catch::Contains(path));
    CHECK(std::string(e.what()).find("(at byte") == std::string(e.what()).rfind("(at byte"));  // said once
  }
  CHECK(read_all(path) == damaged);
  write_all(path, "{\"schema\": \"goalsmith.journal/1\", \"created\": \"2026-13-01\"}");
  try {
    load_journal(path, engine());
    FAIL("bad date loaded");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_schema);
    CHECK(e.where() == "/created");
  }
  write_all(path, "{\"schema\": \"goalsmith.journal/1\", \"learner\": \"\xc3\x28\"}");
  try {
    load_journal(path, engine());
    FAIL("invalid UTF-8 loaded");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_utf8);
  }
  try {
    load_journal(dir.file("missing.json"), engine());
    FAIL("missing file loaded");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
  }
}

namespace {
journal::SaveStep g_fail_at;
void throw_at(journal::SaveStep step) {
  if (step == g_fail_at) throw Error(ErrorCode::io, "injected fault");
}
journal::SaveStep g_crash_at;
void crash_at(journal::SaveStep step) {
  if (step == g_crash_at) ::_exit(42);  // as if the process died here: no cleanup, no unwinding
}
}  // namespace

TEST_CASE("a save that fails at any step keeps the old journal and removes its temp file", "[journal][store]") {
  TempDir dir;
  const std::string path = dir.file("journal.json");
  Journal j = sample_journal();
  save_journal(j, path);
  const std::string old = read_all(path);
  j.check_in("g2", d("2026-11-30"), 1, "one more");
  for (auto step : {journal::SaveStep::open_temp, journal::SaveStep::write_half, journal::SaveStep::write_all,
                    journal::SaveStep::fsync_file, journal::SaveStep::rename}) {
    g_fail_at = step;
    journal::set_save_hook(&throw_at);
    CHECK_THROWS_AS(save_journal(j, path), Error);
    journal::set_save_hook(nullptr);
    CHECK(read_all(path) == old);
    CHECK(dir.entries() == std::vector<std::string>{"journal.json"});
  }
  save_journal(j, path);
  CHECK(load_journal(path, engine()).check_ins().size() == 4);
}

TEST_CASE("a process killed at any step of a save leaves the old or the new journal, never a mix", "[journal][store]") {
  TempDir dir;
  const std::string path = dir.file("journal.json");
  Journal j = sample_journal();
  save_journal(j, path);
  const std::string old = read_all(path);
  j.check_in("g2", d("2026-11-30"), 1, "one more");
  const std::string updated = journal_to_json(j);
  for (auto step : {journal::SaveStep::open_temp, journal::SaveStep::write_half, journal::SaveStep::write_all,
                    journal::SaveStep::fsync_file, journal::SaveStep::rename, journal::SaveStep::fsync_dir}) {
    g_crash_at = step;
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      journal::set_save_hook(&crash_at);
      try {
        save_journal(j, path);
      } catch (...) {
      }
      ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 42);
    const std::string now = read_all(path);
    // Before the rename the old journal is in place; from the rename on, the new one.
    CHECK(now == (step == journal::SaveStep::fsync_dir ? updated : old));
    CHECK_NOTHROW(load_journal(path, engine()));
  }

  // And killed from outside at an arbitrary moment, again and again.
  Journal big = sample_journal();
  for (int k = 0; k < 400; ++k) big.check_in("g2", d("2026-11-24"), 1, std::string(200, 'x'));
  const std::string big_text = journal_to_json(big);
  save_journal(j, path);
  for (int round = 0; round < 5; ++round) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      for (;;) {
        save_journal(big, path);
        save_journal(j, path);
      }
    }
    ::usleep(static_cast<useconds_t>(2000 + 3000 * round));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const std::string now = read_all(path);
    CHECK((now == updated || now == big_text));
  }
}
