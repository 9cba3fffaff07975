// The SMART check: one group of tests per criterion, the time forms Time-bound relies on, the
// overall score, options, errors and JSON.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"
#include "goalsmith/json.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

// 2026-11-22 is a Sunday.
SmartReport check(const std::string& text, const std::string& today = "2026-11-22", CheckOptions o = {}) {
  o.today = Date::from_iso(today);
  return engine().check_goal(text, o);
}

Verdict verdict(const SmartReport& r, Criterion c) { return r[c].verdict; }

bool has_rule(const CriterionResult& c, const std::string& rule) {
  for (const auto& e : c.evidence)
    if (e.rule == rule) return true;
  return false;
}

std::string deadline(const SmartReport& r) { return r.fields.deadline ? r.fields.deadline->to_iso() : "none"; }

}  // namespace

// ------------------------------------------------------------------ Specific
TEST_CASE("an action verb on a concrete object is specific", "[smart][specific]") {
  const auto r = check("Rehearse 4 STAR stories about teamwork out loud by Friday.");
  CHECK(verdict(r, Criterion::specific) == Verdict::met);
  REQUIRE(r.fields.action);
  CHECK(*r.fields.action == "rehearse");
  REQUIRE(r.fields.object);
  CHECK(r.fields.object->find("4 STAR stories") == 0);
  const auto& ev = r[Criterion::specific].evidence.front();
  CHECK(ev.rule == "action_verb");
  CHECK(ev.span.begin == 0);
  CHECK(ev.span.end == 8);
  CHECK(ev.text == "Rehearse");
  CHECK(r[Criterion::specific].suggestions.empty());
}

TEST_CASE("a vague verb with no concrete object is not specific", "[smart][specific]") {
  for (const char* goal : {"Get better at interviews.", "Work on myself.", "Do stuff.", "Try harder."}) {
    INFO(goal);
    const auto r = check(goal);
    CHECK(verdict(r, Criterion::specific) == Verdict::missing);
    CHECK_FALSE(r[Criterion::specific].suggestions.empty());
  }
}

TEST_CASE("a vague verb on an interview aspect is partly specific", "[smart][specific]") {
  const auto r = check("Improve my communication skills.");
  CHECK(verdict(r, Criterion::specific) == Verdict::partial);
  CHECK(has_rule(r[Criterion::specific], "vague_verb"));
  CHECK(r[Criterion::specific].suggestions.front().find("Improve") != std::string::npos);
}

TEST_CASE("a concrete verb with no object is partly specific", "[smart][specific]") {
  const auto r = check("Practice more.");
  CHECK(verdict(r, Criterion::specific) == Verdict::partial);
  CHECK(*r.fields.action == "practice");
}

TEST_CASE("inflected and introduced verbs are recognised", "[smart][specific]") {
  CHECK(verdict(check("I will be practicing 3 mock interviews by Friday"), Criterion::specific) == Verdict::met);
  CHECK(verdict(check("I want to record 3 answers by Friday"), Criterion::specific) == Verdict::met);
}

TEST_CASE("a noun spelled like a verb is not taken as the action", "[smart][specific]") {
  const auto r = check("Get better at interviews.");
  REQUIRE(r.fields.action);
  CHECK(*r.fields.action == "get better at");
}

TEST_CASE("a verb phrase that carries its own object is specific", "[smart][specific]") {
  const auto r = check("Make eye contact with the interviewer by Friday");
  CHECK(verdict(r, Criterion::specific) == Verdict::met);
  CHECK(*r.fields.action == "make eye contact");
}

TEST_CASE("an imperative verb the pack does not list is read as the action", "[smart][specific]") {
  const auto r = check("Bake a cake for my mom's birthday on Saturday");
  CHECK(verdict(r, Criterion::specific) == Verdict::met);
  CHECK(has_rule(r[Criterion::specific], "unlisted_verb"));
  CHECK(*r.fields.action == "bake");
  // ...but never in place of a listed verb, and not for a word the lexicons know.
  CHECK(*check("Improve my communication skills.").fields.action == "improve");
}

TEST_CASE("a verb right after a time expression starts a clause", "[smart][specific]") {
  const auto r = check("Spend 20 minutes every morning rehearsing STAR stories until the end of the year");
  CHECK(verdict(r, Criterion::specific) == Verdict::met);
}

TEST_CASE("a concrete object with no verb is partly specific", "[smart][specific]") {
  CHECK(verdict(check("3 mock interviews by Friday"), Criterion::specific) == Verdict::partial);
}

// ------------------------------------------------------------------ Measurable
TEST_CASE("a count of an activity is measurable", "[smart][measurable]") {
  const auto r = check("Solve 20 coding problems by December 9");
  CHECK(verdict(r, Criterion::measurable) == Verdict::met);
  REQUIRE(r.fields.quantity);
  CHECK(r.fields.quantity->value == 20);
  CHECK(r.fields.quantity->unit == "coding_problem");
  CHECK(r.fields.quantity->text == "20 coding problems");
}

TEST_CASE("numbers written as words count", "[smart][measurable]") {
  const auto r = check("Write three cover letters by Friday");
  REQUIRE(r.fields.quantity);
  CHECK(r.fields.quantity->value == 3);
  CHECK(r.fields.quantity->unit == "cover_letter");
  const auto r2 = check("Rehearse twenty-one answers by Friday");
  REQUIRE(r2.fields.quantity);
  CHECK(r2.fields.quantity->value == 21);
}

TEST_CASE("a percentage or a threshold is measurable", "[smart][measurable]") {
  const auto pct = check("Raise my mock interview rating to 80% by January 15");
  CHECK(verdict(pct, Criterion::measurable) == Verdict::met);
  CHECK(pct.fields.quantity->unit == "percent");
  const auto under = check("Keep every answer under 90 seconds in my next mock interview");
  CHECK(verdict(under, Criterion::measurable) == Verdict::met);
  CHECK(under.fields.quantity->comparator == "under");
  const auto at_most = check("Use at most 3 filler words per answer by Friday");
  CHECK(at_most.fields.quantity->comparator == "at_most");
  CHECK(at_most.fields.quantity->unit == "filler_word");
  CHECK(has_rule(at_most[Criterion::measurable], "threshold"));
}

TEST_CASE("a frequency with a count is measurable", "[smart][measurable]") {
  const auto r = check("Do mock interviews twice a week for the next 4 weeks");
  CHECK(verdict(r, Criterion::measurable) == Verdict::met);
  REQUIRE(r.fields.frequency);
  CHECK(r.fields.frequency->count == 2);
  CHECK(r.fields.frequency->per == Per::week);
}

TEST_CASE("practice time per day is measurable", "[smart][measurable]") {
  CHECK(verdict(check("Practice system design 45 minutes a day until December 18"), Criterion::measurable) ==
        Verdict::met);
}

TEST_CASE("every day alone is partly measurable", "[smart][measurable]") {
  const auto r = check("Practice my elevator pitch every day");
  CHECK(verdict(r, Criterion::measurable) == Verdict::partial);
  CHECK(has_rule(r[Criterion::measurable], "frequency"));
  CHECK_FALSE(r[Criterion::measurable].suggestions.empty());
}

TEST_CASE("a bare number without what it counts is partly measurable", "[smart][measurable]") {
  CHECK(verdict(check("Practice 3 by Friday"), Criterion::measurable) == Verdict::partial);
}

TEST_CASE("numbers inside dates and time windows are not quantities", "[smart][measurable]") {
  CHECK(verdict(check("Prepare for interviews by December 9"), Criterion::measurable) == Verdict::missing);
  CHECK(verdict(check("Prepare for interviews by 2026-12-09"), Criterion::measurable) == Verdict::missing);
  CHECK(verdict(check("Prepare for interviews over the next 4 weeks"), Criterion::measurable) == Verdict::missing);
}

// ------------------------------------------------------------------ Achievable
TEST_CASE("absolutes and perfection are not achievable", "[smart][achievable]") {
  for (const char* goal : {"Never say um in an interview again.", "Answer every question perfectly by Friday.",
                           "Give flawless answers in 3 mock interviews by Friday."}) {
    INFO(goal);
    const auto r = check(goal);
    CHECK(verdict(r, Criterion::achievable) == Verdict::missing);
    CHECK(has_rule(r[Criterion::achievable], "absolute"));
    CHECK_FALSE(r[Criterion::achievable].suggestions.empty());
  }
}

TEST_CASE("outcomes outside the learner's control are not achievable", "[smart][achievable]") {
  const auto r = check("Get hired at a top tech company by March 1");
  CHECK(verdict(r, Criterion::achievable) == Verdict::missing);
  CHECK(has_rule(r[Criterion::achievable], "outside_control"));
  CHECK(verdict(check("Land a job by the end of Q1"), Criterion::achievable) == Verdict::missing);
}

TEST_CASE("a pace above the daily limit is not achievable", "[smart][achievable]") {
  const auto r = check("Do 25 mock interviews in the next two days.");
  CHECK(verdict(r, Criterion::achievable) == Verdict::missing);
  REQUIRE(r.fields.workload);
  CHECK(r.fields.workload->activity == "mock_interview");
  CHECK(r.fields.workload->per_day > r.fields.workload->limit_per_day);
  // The fix is spelled out: a realistic pace, and the date that pace would need.
  CHECK(r[Criterion::achievable].suggestions.size() == 2);
}

TEST_CASE("a pace above the weekly limit is not achievable", "[smart][achievable]") {
  CHECK(verdict(check("Do 20 mock interviews within 2 weeks"), Criterion::achievable) == Verdict::missing);
}

TEST_CASE("a realistic pace is achievable and counts the sessions", "[smart][achievable]") {
  const auto r = check("Do 2 mock interviews a week for the next 6 weeks");
  CHECK(verdict(r, Criterion::achievable) == Verdict::met);
  REQUIRE(r.fields.sessions);
  CHECK(*r.fields.sessions == Approx(6));  // one sitting a week for six weeks
  REQUIRE(r.fields.workload);
  CHECK(r.fields.workload->per_day == Approx(2.0 / 7).epsilon(0.01));
  CHECK(r.fields.workload->total == Approx(12));  // two mock interviews in each of them
}

TEST_CASE("a pace close to the limit is partly achievable", "[smart][achievable]") {
  CHECK(verdict(check("Do 6 mock interviews a week for the next 4 weeks"), Criterion::achievable) ==
        Verdict::partial);
}

TEST_CASE("too many practice hours a day are not achievable", "[smart][achievable]") {
  const auto r = check("Practice coding problems 6 hours a day for the next 2 weeks");
  CHECK(verdict(r, Criterion::achievable) == Verdict::missing);
}

TEST_CASE("an ordinary goal is achievable", "[smart][achievable]") {
  const auto r = check("Rehearse 4 STAR stories about teamwork by Friday");
  CHECK(verdict(r, Criterion::achievable) == Verdict::met);
  CHECK(r[Criterion::achievable].suggestions.empty());
}

// ------------------------------------------------------------------ Relevant
TEST_CASE("a goal on an interview aspect is relevant", "[smart][relevant]") {
  const auto r = check("Rehearse 4 STAR stories by Friday");
  CHECK(verdict(r, Criterion::relevant) == Verdict::met);
  CHECK(std::find(r.fields.aspects.begin(), r.fields.aspects.end(), "behavioral") != r.fields.aspects.end());
}

TEST_CASE("relevance is strongest when the goal names a focus aspect from feedback", "[smart][relevant]") {
  CheckOptions focus_comm;
  focus_comm.focus = {"communication"};
  CheckOptions focus_coding;
  focus_coding.focus = {"live_coding"};
  const std::string goal = "Cut filler words to at most 3 per answer by Friday";
  const auto none = check(goal);
  const auto hit = check(goal, "2026-11-22", focus_comm);
  const auto other = check(goal, "2026-11-22", focus_coding);
  CHECK(hit[Criterion::relevant].score > none[Criterion::relevant].score);
  CHECK(none[Criterion::relevant].score > other[Criterion::relevant].score);
  CHECK(has_rule(hit[Criterion::relevant], "focus_aspect"));
  CHECK(verdict(other, Criterion::relevant) == Verdict::met);
  CHECK_FALSE(other[Criterion::relevant].suggestions.empty());
}

TEST_CASE("a goal unrelated to interviewing is not relevant", "[smart][relevant]") {
  const auto r = check("Run a half marathon by June");
  CHECK(verdict(r, Criterion::relevant) == Verdict::missing);
  CHECK_FALSE(r[Criterion::relevant].suggestions.empty());
}

TEST_CASE("a goal loosely tied to work is partly relevant", "[smart][relevant]") {
  CHECK(verdict(check("Read 2 books about my industry by Friday"), Criterion::relevant) == Verdict::partial);
}

// ------------------------------------------------------------------ Time-bound
TEST_CASE("deadlines and dates in common forms make a goal time-bound", "[smart][time]") {
  struct Case {
    const char* goal;
    const char* deadline;
  };
  const Case cases[] = {
      {"Do 3 mock interviews by Friday", "2026-11-27"},
      {"Do 3 mock interviews by December 9", "2026-12-09"},
      {"Do 3 mock interviews by Dec 9th, 2026", "2026-12-09"},
      {"Do 3 mock interviews by 2026-12-09", "2026-12-09"},
      {"Do 3 mock interviews by 12/9", "2026-12-09"},
      {"Do 3 mock interviews by 19/12/2026", "2026-12-19"},
      {"Do 1 mock interview tomorrow", "2026-11-23"},
      {"Do 3 mock interviews within 3 weeks", "2026-12-13"},
      {"Do 3 mock interviews in the next 45 days", "2027-01-06"},
      {"Do 3 mock interviews in 10 days", "2026-12-02"},
      {"Do 3 mock interviews by the end of the month", "2026-11-30"},
      {"Do 3 mock interviews by the end of Q1", "2027-03-31"},
      {"Do 3 mock interviews by the end of the year", "2026-12-31"},
      {"Do 3 mock interviews no later than December 9", "2026-12-09"},
      {"Do 3 mock interviews before December 9", "2026-12-08"},
      {"Do 3 mock interviews until December 9", "2026-12-09"},
      {"Do 3 mock interviews before Christmas", "2026-12-24"},
      {"Do 3 mock interviews by New Year", "2027-01-01"},
      {"Do 3 mock interviews over the next two months", "2027-01-22"},
      {"Do 3 mock interviews for the next 4 weeks", "2026-12-20"},
  };
  for (const auto& c : cases) {
    INFO(c.goal);
    const auto r = check(c.goal);
    CHECK(verdict(r, Criterion::time_bound) == Verdict::met);
    CHECK(deadline(r) == c.deadline);
    CHECK(r[Criterion::time_bound].suggestions.empty());
  }
}

TEST_CASE("a date without a year leans to the future", "[smart][time]") {
  CHECK(deadline(check("Do 3 mock interviews by March 3", "2026-12-20")) == "2027-03-03");
  CHECK(deadline(check("Do 3 mock interviews by December 22", "2026-12-20")) == "2026-12-22");
}

TEST_CASE("a deadline before the reference date makes time-bound missing", "[smart][time]") {
  const auto r = check("Send 10 tailored job applications by 2025-01-15");
  CHECK(verdict(r, Criterion::time_bound) == Verdict::missing);
  CHECK(has_rule(r[Criterion::time_bound], "past_deadline"));
  CHECK(r[Criterion::time_bound].explanation.find("2025-01-15") != std::string::npos);
  CHECK(r[Criterion::time_bound].suggestions.front().find("2026-12-06") != std::string::npos);
}

TEST_CASE("a time window gives the goal's start and end", "[smart][time]") {
  const auto r = check("Do 3 mock interviews within 3 weeks");
  REQUIRE(r.fields.window_start);
  CHECK(r.fields.window_start->to_iso() == "2026-11-22");
  CHECK(r.fields.window_end->to_iso() == "2026-12-13");
  CHECK(has_rule(r[Criterion::time_bound], "time_window"));
}

TEST_CASE("a recurrence with no end is partly time-bound", "[smart][time]") {
  for (const char* goal : {"Do a mock interview every week", "Practice twice a week", "Practice 3 times per week",
                           "Rehearse my pitch every weekday", "Practice system design 45 minutes a day"}) {
    INFO(goal);
    const auto r = check(goal);
    CHECK(verdict(r, Criterion::time_bound) == Verdict::partial);
    CHECK(has_rule(r[Criterion::time_bound], "open_recurrence"));
  }
}

TEST_CASE("every weekday is five times a week on Monday to Friday", "[smart][time]") {
  const auto r = check("Rehearse my pitch every weekday");
  REQUIRE(r.fields.frequency);
  CHECK(r.fields.frequency->count == 5);
  CHECK(r.fields.frequency->by_day == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("a recurrence with an end is time-bound and counts its occurrences", "[smart][time]") {
  const auto r = check("Do a mock interview every week until December 18");
  CHECK(verdict(r, Criterion::time_bound) == Verdict::met);
  CHECK(deadline(r) == "2026-12-18");
  REQUIRE(r.fields.frequency);
  REQUIRE(r.fields.frequency->occurrences);
  CHECK(*r.fields.frequency->occurrences >= 3);
  const auto twice = check("Practice mock interviews twice a week for the next 4 weeks");
  REQUIRE(twice.fields.frequency);
  REQUIRE(twice.fields.frequency->occurrences);
  CHECK(*twice.fields.frequency->occurrences == 8);
}

TEST_CASE("an end tied to an event without a date is partly time-bound", "[smart][time]") {
  for (const char* goal : {"Reduce my filler words to fewer than 5 per answer in my next mock interview.",
                           "Research the company for 30 minutes before each interview."}) {
    INFO(goal);
    const auto r = check(goal);
    CHECK(verdict(r, Criterion::time_bound) == Verdict::partial);
    CHECK(has_rule(r[Criterion::time_bound], "event_anchor"));
    CHECK_FALSE(r[Criterion::time_bound].suggestions.empty());
  }
  // A date given with the event wins; "in my next 3 weeks" is a window, not an event.
  CHECK(verdict(check("Rehearse my pitch 5 times before my phone screen on Thursday"), Criterion::time_bound) ==
        Verdict::met);
  CHECK(verdict(check("Do 3 mock interviews in my next 3 weeks"), Criterion::time_bound) != Verdict::partial);
}

TEST_CASE("vague time words are not a deadline", "[smart][time]") {
  const auto r = check("Improve my communication skills soon.");
  CHECK(verdict(r, Criterion::time_bound) == Verdict::missing);
  CHECK(has_rule(r[Criterion::time_bound], "vague_time"));
}

TEST_CASE("the deadline suggestion is computed from the reference date", "[smart][time]") {
  const auto r = check("Rehearse 4 STAR stories", "2026-11-22");
  REQUIRE_FALSE(r[Criterion::time_bound].suggestions.empty());
  CHECK(r[Criterion::time_bound].suggestions.front() == "Add a deadline, such as \"by 2026-12-06\".");
  const auto later = check("Rehearse 4 STAR stories", "2027-02-20");
  CHECK(later[Criterion::time_bound].suggestions.front().find("2027-03-06") != std::string::npos);
}

// ------------------------------------------------------------------ the whole report
TEST_CASE("a strong goal meets all five criteria", "[smart][report]") {
  const auto r = check("Rehearse 4 STAR stories about teamwork out loud by Friday.");
  for (const auto& c : r.criteria) {
    INFO(to_string(c.criterion));
    CHECK(c.verdict == Verdict::met);
    CHECK_FALSE(c.explanation.empty());
  }
  CHECK(r.score == Approx(0.98).margin(0.021));
  CHECK(r.summary == "A SMART goal: all five criteria are met.");
}

TEST_CASE("a weak goal names what to work on in its summary", "[smart][report]") {
  const auto r = check("Get better at interviews.");
  CHECK(r.score < 0.5);
  CHECK(r.summary.find("Specific") != std::string::npos);
  CHECK(r.summary.find("Time-bound") != std::string::npos);
  for (const auto& c : r.criteria)
    if (c.verdict != Verdict::met) CHECK_FALSE(c.suggestions.empty());
}

TEST_CASE("weights change the overall score", "[smart][options]") {
  CheckOptions no_time;
  no_time.weights = {1, 1, 1, 1, 0};
  const auto plain = check("Rehearse 4 STAR stories");
  const auto weighted = check("Rehearse 4 STAR stories", "2026-11-22", no_time);
  CHECK(weighted.score > plain.score);
  CHECK(weighted[Criterion::time_bound].weight == 0);
}

TEST_CASE("curriculum labels rename a criterion", "[smart][options]") {
  CheckOptions o;
  o.labels[Criterion::achievable] = "attainable";
  o.labels[Criterion::time_bound] = "timely";
  const auto r = check("Rehearse 4 STAR stories", "2026-11-22", o);
  CHECK(r[Criterion::achievable].label == "Attainable");
  CHECK(r[Criterion::time_bound].label == "Timely");
  CHECK(r.summary.find("Timely") != std::string::npos);
}

TEST_CASE("criterion names, letters and aliases resolve", "[smart][options]") {
  CHECK(criterion_from_name("A") == Criterion::achievable);
  CHECK(criterion_from_name("Attainable") == Criterion::achievable);
  CHECK(criterion_from_name("actionable") == Criterion::achievable);
  CHECK(criterion_from_name("result-focused") == Criterion::relevant);
  CHECK(criterion_from_name("Time-dependent") == Criterion::time_bound);
  CHECK(criterion_from_name("timely") == Criterion::time_bound);
  CHECK(criterion_from_name("t") == Criterion::time_bound);
  CHECK_FALSE(criterion_from_name("x"));
}

TEST_CASE("bad options are rejected with a clear message", "[smart][options][errors]") {
  CheckOptions unknown_focus;
  unknown_focus.focus = {"juggling"};
  CHECK_THROWS_WITH(check("Rehearse 4 STAR stories", "2026-11-22", unknown_focus), Catch::Contains("juggling"));
  CheckOptions negative;
  negative.weights = {1, -1, 1, 1, 1};
  CHECK_THROWS_AS(check("Rehearse 4 STAR stories", "2026-11-22", negative), Error);
  CheckOptions zero;
  zero.weights = {0, 0, 0, 0, 0};
  CHECK_THROWS_AS(check("Rehearse 4 STAR stories", "2026-11-22", zero), Error);
  CheckOptions wrong_label;
  wrong_label.labels[Criterion::specific] = "timely";
  CHECK_THROWS_WITH(check("Rehearse 4 STAR stories", "2026-11-22", wrong_label), Catch::Contains("timely"));
}

TEST_CASE("bad goal text gets a clear error", "[smart][errors]") {
  auto code_of = [](const std::string& text) {
    try {
      check(text);
    } catch (const Error& e) {
      return e.code();
    }
    return ErrorCode::internal;
  };
  CHECK(code_of("") == ErrorCode::invalid_argument);
  CHECK(code_of(" \n\t ") == ErrorCode::invalid_argument);
  CHECK(code_of("Rehearse \xC3\x28 stories") == ErrorCode::invalid_utf8);
  try {
    check("Rehearse \xC3\x28 stories");
  } catch (const Error& e) {
    CHECK(e.where() == "byte 9");
  }
  const std::string huge(10 * 1024 * 1024, 'a');
  CHECK(code_of(huge) == ErrorCode::invalid_argument);
}

TEST_CASE("a long goal of many sentences is checked", "[smart][errors]") {
  std::string goal;
  for (int i = 0; i < 300; ++i) goal += "Rehearse 4 STAR stories by Friday. ";
  const auto r = check(goal);
  CHECK(verdict(r, Criterion::specific) == Verdict::met);
}

TEST_CASE("spans of non-ASCII goals are byte offsets into the text", "[smart][report]") {
  const std::string goal = "Pr\xC3\xA9pare: rehearse 4 STAR stories by Friday";
  const auto r = check(goal);
  const auto& ev = r[Criterion::specific].evidence.front();
  CHECK(goal.substr(ev.span.begin, ev.span.end - ev.span.begin) == ev.text);
}

// ------------------------------------------------------------------ JSON and batch
TEST_CASE("the report JSON carries its schema and round-trips", "[smart][json]") {
  const auto r = check("Do 2 mock interviews a week for the next 6 weeks");
  const std::string j = report_to_json(r);
  const auto doc = nlohmann::json::parse(j);
  CHECK(doc["schema"] == "goalsmith.smart_report/1");
  CHECK(doc["criteria"]["time_bound"]["letter"] == "T");
  CHECK(doc["fields"]["deadline"] == deadline(r));
  CHECK(report_to_json(report_from_json(j)) == j);
  nlohmann::json bridged = r;  // goalsmith/json.hpp
  CHECK(bridged == doc);
}

TEST_CASE("a malformed report document names the JSON path", "[smart][json][errors]") {
  auto doc = nlohmann::json::parse(report_to_json(check("Rehearse 4 STAR stories by Friday")));
  doc["criteria"]["measurable"]["verdict"] = "great";
  try {
    report_from_json(doc.dump());
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_schema);
    CHECK(e.where() == "/criteria/measurable/verdict");
  }
}

TEST_CASE("check options read from JSON with aliases", "[smart][json][options]") {
  const auto o = check_options_from_json(
      R"({"today": "2026-11-22", "focus": ["communication"], "weights": {"T": 2, "attainable": 0.5},
          "labels": {"A": "attainable"}})");
  CHECK(o.today->to_iso() == "2026-11-22");
  CHECK(o.focus == std::vector<std::string>{"communication"});
  CHECK(o.weights[4] == 2);
  CHECK(o.weights[2] == 0.5);
  CHECK(o.labels.at(Criterion::achievable) == "attainable");
  const auto back = check_options_from_json(check_options_to_json(o));
  CHECK(back.weights == o.weights);
  CHECK(back.labels == o.labels);
}

TEST_CASE("bad check options JSON names the path", "[smart][json][options][errors]") {
  auto where = [](const char* json) {
    try {
      check_options_from_json(json);
    } catch (const Error& e) {
      return e.where();
    }
    return std::string("no error");
  };
  CHECK(where(R"({"colour": 1})") == "/colour");
  CHECK(where(R"({"today": "2026-02-30"})") == "/today");
  CHECK(where(R"({"weights": {"Q": 1}})") == "/weights/Q");
  CHECK(where(R"({"weights": {"S": "high"}})") == "/weights/S");
  CHECK(where(R"({"labels": {"A": "timely"}})") == "/labels/A");
  CHECK(where(R"({"focus": "communication"})") == "/focus");
  CHECK(where(R"({"focus": [1]})") == "/focus/0");
  CHECK(where(R"([1, 2])") == "/");
  CHECK(where(R"({"today": )").rfind("byte ", 0) == 0);
}

TEST_CASE("check_goals keeps input order and matches single checks", "[smart][batch]") {
  const std::vector<std::string> goals = {"Get better at interviews.", "Rehearse 4 STAR stories by Friday",
                                          "Do 25 mock interviews in the next two days.", "Run a half marathon by June",
                                          "Practice my elevator pitch every day"};
  CheckOptions o;
  o.today = Date::from_iso("2026-11-22");
  for (unsigned threads : {1u, 4u}) {
    const auto batch = engine().check_goals(goals, o, threads);
    REQUIRE(batch.size() == goals.size());
    for (std::size_t i = 0; i < goals.size(); ++i)
      CHECK(report_to_json(batch[i]) == report_to_json(engine().check_goal(goals[i], o)));
  }
}

TEST_CASE("check_goals reports the failing goal's error", "[smart][batch][errors]") {
  CheckOptions o;
  o.today = Date::from_iso("2026-11-22");
  CHECK_THROWS_AS(engine().check_goals({"Rehearse 4 STAR stories", ""}, o), Error);
  CHECK(engine().check_goals({}, o).empty());
}

TEST_CASE("the engine exposes the time expressions it reads", "[smart][time]") {
  const auto times = engine().parse_time("Do it by Friday", Date::from_iso("2026-11-22"));
  REQUIRE(times.size() == 1);
  CHECK(times[0].kind == TimeKind::deadline);
  CHECK(times[0].end->to_iso() == "2026-11-27");
  CHECK(times[0].text == "by Friday");
}
