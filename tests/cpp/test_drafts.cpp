// draft_goals: SMART goal drafts from a feedback analysis (include/goalsmith/drafts.hpp).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

const Date kToday = Date::from_iso("2026-12-05");

SessionAnswer answer(const std::string& question_id, const std::string& notes) {
  SessionAnswer a;
  a.question_id = question_id;
  a.notes = notes;
  return a;
}

FeedbackSession coding_mock() {
  FeedbackSession s;
  s.id = "mock-7";
  s.date = Date::from_iso("2026-12-03");
  s.template_id = "goalsmith.default";
  s.answers = {answer("lc_clarify", "You started coding before clarifying the requirements."),
               answer("cm_pace", "You said um a lot and your answers were full of filler words."),
               answer("bh_structure", "Good structure, but the result of your story was vague.")};
  return s;
}

bool all_met(const SmartReport& r) {
  for (const auto& c : r.criteria)
    if (c.verdict != Verdict::met) return false;
  return true;
}

DraftOptions options(std::size_t count = 3) {
  DraftOptions o;
  o.today = kToday;
  o.count = count;
  return o;
}

}  // namespace

TEST_CASE("draft_goals turns the top areas to improve into SMART goals tied to their feedback", "[drafts]") {
  const FeedbackSession session = coding_mock();
  const FeedbackAnalysis analysis = analyze_feedback(engine(), session);
  REQUIRE(analysis.areas_to_improve.size() >= 2);
  const auto drafts = draft_goals(engine(), analysis, options());
  REQUIRE(drafts.size() >= 2);
  REQUIRE(drafts.size() <= 3);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const DraftedGoal& d = drafts[i];
    INFO(d.text);
    CHECK(all_met(d.report));
    CHECK(d.aspect == analysis.areas_to_improve[i].aspect);  // in the order of the ranking
    CHECK(d.source.kind == "feedback");
    CHECK(d.source.session_id == "mock-7");
    CHECK(d.source.aspect == d.aspect);
    CHECK(d.report.today == kToday);
    REQUIRE(d.report.fields.deadline);
    CHECK(*d.report.fields.deadline > kToday);
    CHECK(d.rationale.find(d.source.text) != std::string::npos);
    // The span points at the evidence in the notes of the question it names.
    for (const auto& a : session.answers) {
      if (a.question_id != d.source.question_id || d.source.field != "notes") continue;
      CHECK(a.notes.substr(d.source.span.begin, d.source.span.end - d.source.span.begin) == d.source.text);
    }
  }
  // The cue words of the notes pick the pattern: clarifying questions for the live-coding note,
  // filler words for the communication note.
  for (const DraftedGoal& d : drafts) {
    if (d.aspect == "live_coding") CHECK_THAT(d.text, Catch::Contains("clarifying questions"));
    if (d.aspect == "communication") CHECK_THAT(d.text, Catch::Contains("filler words"));
    if (d.aspect == "behavioral") CHECK_THAT(d.text, Catch::Contains("result"));
  }
}

TEST_CASE("draft_goals: at most count drafts, one per aspect, deterministic", "[drafts]") {
  const FeedbackAnalysis analysis = analyze_feedback(engine(), coding_mock());
  const auto one = draft_goals(engine(), analysis, options(1));
  REQUIRE(one.size() == 1);
  CHECK(one[0].aspect == analysis.areas_to_improve.front().aspect);
  const auto a = draft_goals(engine(), analysis, options(5));
  const auto b = draft_goals(engine(), analysis, options(5));
  CHECK(goal_drafts_to_json(a, kToday, analysis.session_id) == goal_drafts_to_json(b, kToday, analysis.session_id));
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = i + 1; j < a.size(); ++j) CHECK(a[i].aspect != a[j].aspect);
  CHECK_THROWS_AS(draft_goals(engine(), analysis, options(0)), Error);
  CHECK_THROWS_AS(draft_goals(engine(), analysis, options(1000)), Error);
}

TEST_CASE("every goal pattern of the pack is a SMART goal for its aspect", "[drafts][pack]") {
  // Each pattern is reached through an analysis whose only area to improve is its aspect and
  // whose evidence holds the pattern's first cue word; the fallback through neutral evidence.
  const auto pack = nlohmann::json::parse(engine().pack().to_json());
  std::size_t checked = 0;
  for (const auto& [aspect, patterns] : pack.at("goal_patterns").at("aspects").items()) {
    for (const auto& pattern : patterns) {
      FeedbackAnalysis analysis;
      analysis.session_id = "s";
      FeedbackFinding f;
      f.aspect = aspect;
      f.polarity = Polarity::improve;
      f.text = pattern.contains("when") ? "it was about " + pattern.at("when").at(0).get<std::string>()
                                        : "needs work";
      f.span = Span{0, f.text.size()};
      f.weight = 1;
      analysis.findings.push_back(f);
      analysis.areas_to_improve.push_back(AreaToImprove{aspect, aspect, 1.0, {0}});
      const auto drafts = draft_goals(engine(), analysis, options(1));
      INFO(aspect << ": " << pattern.at("text").get<std::string>());
      REQUIRE(drafts.size() == 1);
      CHECK(all_met(drafts[0].report));
      // The count is what the SMART check measures, so a journal tracks the right target.
      REQUIRE(drafts[0].report.fields.quantity);
      CHECK(drafts[0].report.fields.quantity->value == pattern.at("count").get<double>());
      // The draft is this pattern, not a fallback: the same words up to the first placeholder.
      const std::string text = pattern.at("text").get<std::string>();
      const std::string before_placeholder = text.substr(0, text.find('{'));
      CHECK(drafts[0].text.substr(0, before_placeholder.size()) == before_placeholder);
      ++checked;
    }
  }
  CHECK(checked >= 30);
}

TEST_CASE("draft_goals adds drafts for skills named in a reflection", "[drafts][mindset]") {
  FeedbackAnalysis empty;
  empty.session_id = "none";
  MindsetOptions mo;
  mo.today = kToday;
  const MindsetReport reflection =
      check_mindset(engine(), "I'm just not good at salary negotiation and never will be.", mo);
  REQUIRE_FALSE(reflection.findings.empty());
  const auto drafts = draft_goals(engine(), empty, options(), &reflection);
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].aspect == "negotiation");
  CHECK(drafts[0].source.kind == "mindset");
  CHECK(drafts[0].source.field == "reflection");
  CHECK(all_met(drafts[0].report));
}

TEST_CASE("goal drafts JSON and draft options", "[drafts][json]") {
  const FeedbackAnalysis analysis = analyze_feedback(engine(), coding_mock());
  const auto drafts = draft_goals(engine(), analysis, options());
  const auto doc = nlohmann::json::parse(goal_drafts_to_json(drafts, kToday, analysis.session_id, 2));
  CHECK(doc.at("schema") == "goalsmith.goal_drafts/1");
  CHECK(doc.at("today") == "2026-12-05");
  REQUIRE(doc.at("drafts").size() == drafts.size());
  CHECK(doc.at("drafts").at(0).at("report").at("schema") == "goalsmith.smart_report/1");
  CHECK(doc.at("drafts").at(0).at("source").at("span").size() == 2);

  const DraftOptions o = draft_options_from_json(R"({"today": "2026-12-01", "count": 2})");
  CHECK(o.today == Date::from_iso("2026-12-01"));
  CHECK(o.count == 2);
  try {
    draft_options_from_json(R"({"count": "two"})");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.where() == "/count");
  }
  try {
    draft_options_from_json(R"({"cout": 2})");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.where() == "/cout");
  }
}
