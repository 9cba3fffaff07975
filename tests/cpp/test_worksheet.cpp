// The SMART goals worksheet: reading JSON and the Markdown form (with errors that name the line
// or JSON path), the blank form, grading (statement check, justifications, trace to feedback,
// rubric, comments) and the grades of the sample worksheets in tests/data/worksheets/.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

std::string data_file(const std::string& name) {
  std::ifstream in(std::string(GOALSMITH_TEST_DATA_DIR) + "/worksheets/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Worksheet sample(const std::string& name) { return parse_worksheet(engine(), data_file(name)); }

GradingRubric curriculum() { return grading_rubric_from_json(data_file("curriculum_rubric.json")); }

WorksheetGrade grade(const std::string& name, const GradingRubric& rubric = GradingRubric{}) {
  return grade_worksheet(engine(), sample(name), rubric);
}

std::string error_where(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.where();
  }
  return "no error";
}

const JustificationGrade& just(const WorksheetGrade& g, std::size_t goal, Criterion c) {
  return g.goals.at(goal).justifications[static_cast<std::size_t>(c)];
}

bool has_rule(const JustificationGrade& j, const std::string& rule) {
  for (const auto& e : j.evidence)
    if (e.rule == rule) return true;
  return false;
}

bool any_comment_contains(const std::vector<std::string>& comments, const std::string& part) {
  for (const auto& c : comments)
    if (c.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

// ------------------------------------------------------------------ reading

TEST_CASE("the Markdown form reads header, feedback, goals and one justification per letter", "[worksheet][markdown]") {
  const auto w = sample("strong.md");
  CHECK(w.learner == "Ada Lovelace");
  REQUIRE(w.date);
  CHECK(w.date->to_iso() == "2026-11-22");
  REQUIRE(w.feedback.session);
  CHECK(*w.feedback.session == "mock-2026-11-20");
  CHECK(w.feedback.aspects == std::vector<std::string>{"behavioral", "communication"});
  CHECK(w.feedback.text.find("clear STAR structure.") != std::string::npos);  // lines of a paragraph join
  CHECK(w.feedback.text.find("filler words") != std::string::npos);
  REQUIRE(w.goals.size() == 2);
  CHECK(w.goals[0].statement == "Rehearse 4 STAR stories about teamwork and conflict out loud by December 4.");
  // A line that starts no field continues the one above.
  CHECK(w.goals[0].justifications[0] ==
        "I will rehearse exactly four STAR stories, specifically about teamwork and conflict, out loud at my desk.");
  // The statement may sit on the heading after a colon.
  CHECK(w.goals[1].statement.rfind("Record 3 answers", 0) == 0);
  for (const auto& g : w.goals)
    for (const auto& j : g.justifications) CHECK_FALSE(j.empty());
}

TEST_CASE("letters may be written as names, aliases, bold or with the letter in parentheses", "[worksheet][markdown]") {
  const auto w = worksheet_from_markdown(engine(),
                                         "Date: 2026-11-22\n\n## Goal 1\n\nRehearse 4 STAR stories by Friday.\n"
                                         "* **Specific**: four stories\n"
                                         "- Measurable (M): count them\n"
                                         "- attainable: evenings are free\n"
                                         "- **R:** feedback said so\n"
                                         "Time-bound: Friday\n");
  REQUIRE(w.goals.size() == 1);
  CHECK(w.goals[0].statement == "Rehearse 4 STAR stories by Friday.");
  CHECK(w.goals[0].justifications[0] == "four stories");
  CHECK(w.goals[0].justifications[1] == "count them");
  CHECK(w.goals[0].justifications[2] == "evenings are free");
  CHECK(w.goals[0].justifications[3] == "feedback said so");
  CHECK(w.goals[0].justifications[4] == "Friday");
}

TEST_CASE("malformed Markdown forms fail with the line of the problem", "[worksheet][markdown][errors]") {
  auto where = [](const std::string& md) { return error_where([&] { worksheet_from_markdown(engine(), md); }); };
  CHECK(where("Date: 2026-11-22\n- S: too early\n") == "line 2");
  CHECK(where("## Goal 1\nGoal: Rehearse 4 STAR stories by Friday.\n- S: a\n- M: b\n- S: again\n") == "line 5");
  CHECK(where("## Goal 1\nGoal: Rehearse 4 STAR stories by Friday.\n- X: what\n") == "line 3");
  CHECK(where("## Goal 1\n- S: no statement\n\n## Goal 2\nGoal: Rehearse 4 STAR stories.\n") == "line 1");
  CHECK(where("## Hobbies\nRunning\n") == "line 1");
  CHECK(where("Date: 2026-02-30\n## Goal 1\nGoal: Rehearse 4 STAR stories.\n") == "line 1");
  CHECK(where("Learner: Ada\n\nSome words.\n") == "line 3");
  CHECK(where("Learner: Ada\nDate: 2026-11-22\n") == "line 3");  // no goal at all
  CHECK(where("## Goal 1\nGoal: one.\nGoal: two.\n") == "line 3");
  CHECK(where("## Goal 1\nGoal: Rehearse 4 STAR stories.\n- S: a\n\n- just a bullet\n") == "line 5");
  try {
    worksheet_from_markdown(engine(), "Date: 2026-11-22\n- S: too early\n");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_argument);
    CHECK(std::string(e.what()).find("line 2") != std::string::npos);
    CHECK(std::string(e.what()).find("before the first goal") != std::string::npos);
  }
  CHECK(error_where([] { worksheet_from_markdown(engine(), "## Goal 1\nGoal: a \xff b\n"); }) == "byte 18");
  CHECK(error_where([] { worksheet_from_markdown(engine(), std::string(2 * 1024 * 1024, 'a')); }) == "byte 1048576");
}

TEST_CASE("the blank form has every field, and filled in it reads back", "[worksheet][markdown]") {
  const std::string blank = worksheet_blank_markdown(engine(), 3);
  CHECK(blank.find("# SMART goals worksheet") == 0);
  CHECK(blank.find("## Goal 3") != std::string::npos);
  CHECK(blank.find("- T: <!--") != std::string::npos);
  CHECK(blank.find("communication") != std::string::npos);  // the hint lists the aspect ids
  // Read back as it is, the only problem is the goal nobody wrote yet.
  CHECK(error_where([&] { worksheet_from_markdown(engine(), blank); }) == "line 12");
  // Filled in by replacing the comments, it reads back into the same shape.
  std::string filled = blank;
  const auto fill = [&](const std::string& marker, const std::string& value) {
    const auto at = filled.find(marker);
    REQUIRE(at != std::string::npos);
    const auto end = filled.find("-->", at) + 3;
    filled.replace(filled.find("<!--", at), end - filled.find("<!--", at), value);
  };
  fill("Learner:", "Ada");
  fill("Date:", "2026-11-22");
  for (int i = 0; i < 3; ++i) fill("Goal: <!--", "Rehearse 4 STAR stories by Friday.");
  const auto w = worksheet_from_markdown(engine(), filled);
  CHECK(w.learner == "Ada");
  CHECK(w.goals.size() == 3);
  CHECK(w.goals[2].statement == "Rehearse 4 STAR stories by Friday.");
  CHECK(w.goals[2].justifications[4].empty());
  CHECK_THROWS_AS(worksheet_blank_markdown(engine(), 0), Error);
}

TEST_CASE("a worksheet survives JSON and Markdown round trips", "[worksheet][json][markdown]") {
  for (const char* name : {"strong.md", "weak.md", "missing_letters.md", "off_topic.json", "strong.json"}) {
    INFO(name);
    const auto w = sample(name);
    const std::string json = worksheet_to_json(w);
    CHECK(worksheet_to_json(worksheet_from_json(json)) == json);
    const std::string md = worksheet_to_markdown(engine(), w);
    CHECK(worksheet_to_json(worksheet_from_markdown(engine(), md)) == json);
    const auto doc = nlohmann::json::parse(worksheet_to_json(w, 2));
    CHECK(doc["schema"] == "goalsmith.worksheet/1");
  }
}

TEST_CASE("malformed worksheet JSON fails with the JSON path", "[worksheet][json][errors]") {
  auto where = [](const std::string& json) { return error_where([&] { worksheet_from_json(json); }); };
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","goals":[{"statement":"a"},{"statement":" "}]})") == "/goals/1/statement");
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","goals":[{"statement":"a","justifications":{"Q":"x"}}]})") ==
        "/goals/0/justifications/Q");
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","goals":[{"statement":"a","justifications":{"S":"x","specific":"y"}}]})")
            .rfind("/goals/0/justifications/", 0) == 0);
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","goals":[]})") == "/goals");
  CHECK(where(R"({"schema":"goalsmith.worksheet/2","goals":[{"statement":"a"}]})") == "/schema");
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","date":"tomorrow","goals":[{"statement":"a"}]})") == "/date");
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","feedback":{"aspect":[]},"goals":[{"statement":"a"}]})") ==
        "/feedback/aspect");
  CHECK(where(R"({"schema":"goalsmith.worksheet/1","goals":[{"statement":"a"})") == "byte 60");
}

// ------------------------------------------------------------------ grading

TEST_CASE("sample worksheets are graded strong > weak > off-topic", "[worksheet][grade]") {
  const auto strong = grade("strong.md");
  const auto strong_json = grade("strong.json");
  const auto weak = grade("weak.md");
  const auto missing = grade("missing_letters.md");
  const auto off_topic = grade("off_topic.json");
  CHECK(strong.score > 0.85);
  CHECK(strong.band == "excellent");
  CHECK(strong.passed);
  CHECK(strong_json.score > 0.85);
  CHECK(weak.score < 0.6);
  CHECK_FALSE(weak.passed);
  CHECK(strong.score > missing.score);
  CHECK(missing.score > weak.score);
  CHECK(weak.score > off_topic.score);
  CHECK(off_topic.goals[0].off_topic);
  CHECK(off_topic.goals[1].off_topic);
  CHECK_FALSE(strong.goals[0].off_topic);
  CHECK(any_comment_contains(off_topic.goals[0].comments, "not about interviewing"));
}

TEST_CASE("a strong worksheet's goals are SMART, argued and traced to the feedback", "[worksheet][grade]") {
  const auto g = grade("strong.md");
  REQUIRE(g.goals.size() == 2);
  // The ids given, then what the feedback text names ("nervous": body language).
  CHECK(g.feedback_aspects == std::vector<std::string>{"behavioral", "communication", "body_language"});
  for (const auto& goal : g.goals) {
    INFO(goal.report.text);
    for (const auto& c : goal.report.criteria) CHECK(c.verdict == Verdict::met);
    CHECK(goal.traced);
    for (const auto& j : goal.justifications) {
      INFO(j.text);
      CHECK(j.verdict == Verdict::met);
      CHECK(j.comment.empty());
    }
    CHECK(any_comment_contains(goal.comments, "meets all five SMART criteria"));
  }
  // Relevant is met through the feedback: the statement works on a focus aspect.
  CHECK(g.goals[0].report[Criterion::relevant].score == 1.0);
  CHECK(g.goals[0].traced_aspects.front() == "behavioral");
  CHECK(has_rule(just(g, 0, Criterion::time_bound), "matches_deadline"));
  CHECK(has_rule(just(g, 0, Criterion::relevant), "feedback_aspect"));
  CHECK(has_rule(just(g, 0, Criterion::specific), "goal_words"));
  CHECK(has_rule(just(g, 0, Criterion::measurable), "goal_quantity"));
  CHECK(has_rule(just(g, 0, Criterion::achievable), "experience"));
}

TEST_CASE("a weak worksheet gets the SMART tips and a hint per letter", "[worksheet][grade]") {
  const auto g = grade("weak.md");
  const auto& goal = g.goals[0];
  CHECK(goal.report[Criterion::specific].verdict != Verdict::met);
  CHECK(goal.report[Criterion::time_bound].verdict == Verdict::missing);
  CHECK(just(g, 0, Criterion::measurable).verdict == Verdict::missing);
  CHECK(just(g, 0, Criterion::time_bound).verdict != Verdict::met);
  CHECK(any_comment_contains(goal.comments, "Goal 1, Time-bound:"));
  CHECK(any_comment_contains(goal.comments, "name the number you will count"));
  // "The interviewer said I should." points at the feedback but names no aspect of it.
  CHECK(just(g, 1, Criterion::relevant).verdict == Verdict::partial);
  CHECK((any_comment_contains(g.comments, "good start") || any_comment_contains(g.comments, "getting started")));
}

TEST_CASE("missing letters are flagged and cost their points", "[worksheet][grade]") {
  const auto g = grade("missing_letters.md");
  CHECK(just(g, 0, Criterion::specific).given);
  CHECK_FALSE(just(g, 0, Criterion::measurable).given);
  CHECK(just(g, 0, Criterion::measurable).verdict == Verdict::missing);
  CHECK(any_comment_contains(g.goals[0].comments, "you have not argued Measurable yet"));
  CHECK(any_comment_contains(g.goals[0].comments, "\"- M: ...\""));
  for (const auto& j : g.goals[1].justifications) CHECK_FALSE(j.given);
  CHECK(g.goals[1].points < g.goals[1].max_points - 4.9);
}

TEST_CASE("a time-bound justification that names another date than the goal is pointed out", "[worksheet][grade]") {
  Worksheet w;
  w.date = Date::from_iso("2026-11-22");
  w.feedback.aspects = {"behavioral"};
  WorksheetGoal goal;
  goal.statement = "Rehearse 4 STAR stories about teamwork by December 4.";
  goal.justifications[4] = "I will be done by December 18.";
  w.goals.push_back(goal);
  const auto g = grade_worksheet(engine(), w);
  const auto& t = just(g, 0, Criterion::time_bound);
  CHECK(t.verdict == Verdict::partial);
  CHECK(t.comment.find("2026-12-18") != std::string::npos);
  CHECK(t.comment.find("2026-12-04") != std::string::npos);
}

TEST_CASE("the rubric sets points, minimum goals, required areas and labels", "[worksheet][grade][rubric]") {
  const auto rubric = curriculum();
  CHECK(rubric.min_goals == 2);
  CHECK(rubric.justification_points[3] == 1);
  const auto strong = grade("strong.md", rubric);
  REQUIRE(strong.required_areas.size() == 2);
  CHECK(strong.required_areas[0].covered);
  CHECK(strong.required_areas[1].covered);
  CHECK(just(strong, 0, Criterion::achievable).label == "Attainable");

  // One goal of two: the missing one scores zero and is named in the comments.
  auto w = sample("strong.md");
  w.goals.pop_back();
  const auto one = grade_worksheet(engine(), w, rubric);
  CHECK(one.missing_goals == 1);
  CHECK(one.score < strong.score);
  CHECK(any_comment_contains(one.comments, "at least 2 goals"));
  CHECK_FALSE(one.required_areas[1].covered);
  CHECK(any_comment_contains(one.comments, "communication"));

  // Points follow the rubric.
  GradingRubric statement_only;
  statement_only.justification_points.fill(0);
  statement_only.feedback_link_points = 0;
  const auto s = grade("missing_letters.md", statement_only);
  CHECK(s.max_points == 20);
  CHECK(s.score == Approx(1.0));

  const std::string json = grading_rubric_to_json(rubric);
  CHECK(grading_rubric_to_json(grading_rubric_from_json(json)) == json);
}

TEST_CASE("bad rubrics and ungradable worksheets fail with the path of the problem", "[worksheet][grade][errors]") {
  CHECK(error_where([] { grading_rubric_from_json(R"({"pass_mark": 2})"); }) == "/pass_mark");
  CHECK(error_where([] { grading_rubric_from_json(R"({"points": {"statement": {"Q": 1}}})"); }) == "/points/statement/Q");
  CHECK(error_where([] { grading_rubric_from_json(R"({"labels": {"A": "timely"}})"); }) == "/labels/A");
  CHECK(error_where([] { grading_rubric_from_json(R"({"point": {}})"); }) == "/point");
  CHECK(error_where([] { grading_rubric_from_json(R"({"points": {"statement": 0, "justification": 0, "feedback_link": 0}})"); }) == "/");
  GradingRubric unknown_area;
  unknown_area.required_areas = {"behavioral", "juggling"};
  CHECK(error_where([&] { grade_worksheet(engine(), sample("strong.md"), unknown_area); }) == "/required_areas/1");
  auto w = sample("strong.md");
  w.feedback.aspects.push_back("juggling");
  CHECK(error_where([&] { grade_worksheet(engine(), w, {}); }) == "/feedback/aspects/2");
  w = sample("strong.md");
  w.date.reset();
  CHECK(error_where([&] { grade_worksheet(engine(), w, {}); }) == "/date");
  w = sample("strong.md");
  w.goals[1].statement = "bad \xc3 utf8";
  CHECK(error_where([&] { grade_worksheet(engine(), w, {}); }).rfind("/goals/1", 0) == 0);
}

TEST_CASE("grading is deterministic: the same worksheet gives the same bytes", "[worksheet][grade][json]") {
  for (const char* name : {"strong.md", "weak.md", "missing_letters.md", "off_topic.json", "strong.json"}) {
    INFO(name);
    const std::string a = worksheet_grade_to_json(grade(name, curriculum()));
    const std::string b = worksheet_grade_to_json(grade_worksheet(Engine(), sample(name), curriculum()));
    CHECK(a == b);
    const auto doc = nlohmann::json::parse(worksheet_grade_to_json(grade(name), 2));
    CHECK(doc["schema"] == "goalsmith.worksheet_grade/1");
    CHECK(doc["goals"][0]["report"]["schema"] == "goalsmith.smart_report/1");
    CHECK(doc["goals"][0]["justifications"].size() == 5);
  }
}

TEST_CASE("print the grades of the sample worksheets", "[.print]") {
  for (const char* name : {"strong.md", "strong.json", "missing_letters.md", "weak.md", "off_topic.json"}) {
    const auto g = grade(name, curriculum());
    std::cout << name << ": score " << g.score << " (" << g.points << "/" << g.max_points << ") " << g.band << "\n";
    for (const auto& c : g.comments) std::cout << "  * " << c << "\n";
    for (const auto& goal : g.goals) {
      std::cout << "  goal " << goal.index + 1 << " " << goal.points << "/" << goal.max_points << " " << goal.report.summary << "\n";
      for (const auto& j : goal.justifications) std::cout << "    " << to_string(j.criterion) << " " << to_string(j.verdict) << "\n";
      for (const auto& c : goal.comments) std::cout << "    - " << c << "\n";
    }
  }
}

TEST_CASE("the Markdown writer quotes the feedback and escapes comment openers", "[worksheet][markdown]") {
  Worksheet w;
  w.date = Date::from_iso("2026-11-22");
  w.feedback.text = "## Goal 9\n\n- S: not a letter\n\nDate: 1999-01-01";
  WorksheetGoal goal;
  goal.statement = "Rehearse 4 STAR stories <!-- not a comment --> by Friday.";
  goal.justifications[1] = "I count them <!-- here";
  w.goals.push_back(goal);
  const std::string md = worksheet_to_markdown(engine(), w);
  CHECK(md.find("> ## Goal 9") != std::string::npos);
  CHECK(md.find("&lt;!--") != std::string::npos);
  const auto back = worksheet_from_markdown(engine(), md);
  CHECK(worksheet_to_json(back) == worksheet_to_json(w));
}
