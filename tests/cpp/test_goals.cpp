// improve_goal: weak goals become SMART ones with the learner's own action and object kept, the
// changes named, and the rewrite passing the SMART check with all five criteria met.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

const Date kToday = Date::from_iso("2026-11-22");

ImprovedGoal improve(const std::string& text, ImproveContext context = {}) {
  return improve_goal(engine(), text, kToday, context);
}

bool has_change(const ImprovedGoal& g, const std::string& kind) {
  for (const auto& c : g.changes)
    if (c.kind == kind) return true;
  return false;
}

// Weak goals of every kind: vague verbs and states, no object, no count, only a frequency,
// vague, past and event deadlines, perfectionism, outcomes others decide, paces nobody keeps,
// goals unrelated to interviewing.
const std::vector<std::string> kWeakGoals = {
    "Get better at interviews.",
    "Improve my communication skills soon.",
    "Be more confident.",
    "Be more confident in interviews.",
    "Work on my resume.",
    "Improve my LinkedIn profile someday.",
    "Get better at behavioral questions.",
    "Improve my elevator pitch.",
    "Prepare for interviews.",
    "Practice every day.",
    "Do mock interviews.",
    "Do mock interviews every week.",
    "Solve LeetCode problems every day.",
    "Solve 3 LeetCode problems every day and explain each solution out loud.",
    "4 mock interviews by Friday",
    "Never say um in an interview again.",
    "Never use filler words.",
    "Always make eye contact perfectly in every interview.",
    "Answer every question perfectly.",
    "Land a job at a top tech company by the end of Q1.",
    "Get hired at Google before my next interview.",
    "Impress the interviewer.",
    "Get promoted this year.",
    "Get more interviews.",
    "Do 25 mock interviews in the next two days.",
    "Do 5 mock interviews every day for the next week.",
    "Send 100 applications tomorrow.",
    "Send 10 tailored job applications by 2025-01-15.",
    "Read a book about negotiation by last Monday.",
    "Run a half marathon by June.",
    "Be happier.",
    "Learn system design.",
    "Study.",
    "Work on my coding.",
    "Improve my portfolio.",
    "Get better at system design questions.",
    "Practise answering questions before my next interview.",
    "Research companies.",
    "Write cover letters eventually.",
    "Network more.",
};

}  // namespace

TEST_CASE("every weak goal is rewritten into a goal that meets all five criteria", "[goals][improve]") {
  std::vector<std::string> goals = kWeakGoals;
  for (const auto& g : engine().pack().demo_goals()) goals.push_back(g);
  for (const auto& text : goals) {
    INFO(text);
    const auto g = improve(text);
    INFO(g.text);
    CHECK(g.all_met());
    // The rewrite is checked again from scratch: the report is the one the check gives.
    CheckOptions o;
    o.today = kToday;
    const auto again = engine().check_goal(g.text, o);
    for (const auto& c : again.criteria) CHECK(c.verdict == Verdict::met);
    if (!g.before.criteria.empty() && g.text != g.original) CHECK_FALSE(g.changes.empty());
    for (const auto& c : g.changes) CHECK_FALSE(c.description.empty());
  }
}

TEST_CASE("with a focus aspect, weak goals are rewritten towards it and still meet all five", "[goals][improve]") {
  for (const auto& id : engine().pack().aspect_ids()) {
    ImproveContext context;
    context.focus = {id};
    for (const char* text : {"Get better.", "Be happier.", "Run a half marathon by June.", "Do stuff soon."}) {
      INFO(id << ": " << text);
      const auto g = improve(text, context);
      INFO(g.text);
      CHECK(g.all_met());
    }
  }
}

TEST_CASE("a SMART goal is left as it is", "[goals][improve]") {
  const std::string text = "Rehearse 4 STAR stories about teamwork out loud by Friday.";
  const auto g = improve(text);
  CHECK(g.text == text);
  CHECK(g.changes.empty());
  CHECK(g.all_met());
}

TEST_CASE("the learner's own action and object are kept", "[goals][improve]") {
  auto g = improve("Improve my communication skills soon.");
  CHECK(g.text.find("my communication skills") != std::string::npos);
  CHECK(has_change(g, "verb"));
  CHECK(has_change(g, "vague_time"));
  CHECK(g.after.fields.deadline->to_iso() == "2026-12-05");

  g = improve("Solve 3 LeetCode problems every day and explain each solution out loud.");
  CHECK(g.text.rfind("Solve 3 LeetCode problems every day until 2026-12-05", 0) == 0);
  CHECK(has_change(g, "end_recurrence"));
  CHECK(g.changes.size() == 1);

  g = improve("Solve LeetCode problems every day.");
  CHECK(g.text.rfind("Solve 2 LeetCode problems every day", 0) == 0);
  CHECK(has_change(g, "quantity"));

  g = improve("Get better at interviews.");
  CHECK(g.text.find("to get better at interviews") != std::string::npos);  // the aim stays, as purpose
  CHECK(has_change(g, "action"));
}

TEST_CASE("what is unrealistic is fixed and said", "[goals][improve]") {
  auto g = improve("Do 25 mock interviews in the next two days.");
  CHECK(g.text.find("25 mock interviews") != std::string::npos);  // the amount stays, the time grows
  CHECK(has_change(g, "lower_quantity"));
  CHECK(g.before[Criterion::achievable].verdict == Verdict::missing);
  CHECK(g.after[Criterion::achievable].verdict == Verdict::met);

  g = improve("Send 300 tailored job applications within 3 weeks.");
  CHECK(has_change(g, "lower_quantity"));
  CHECK(g.text.find("300") == std::string::npos);
  CHECK(g.text.find("tailored job applications within 3 weeks") != std::string::npos);

  g = improve("Never say um in an interview again.");
  CHECK(has_change(g, "absolute"));
  CHECK(g.text.find("Never") == std::string::npos);
  CHECK(g.text.find("at most 2 times per answer") != std::string::npos);

  g = improve("Land a job at a top tech company by the end of Q1.");
  CHECK(has_change(g, "outside_control"));
  CHECK(g.text.find("job applications at a top tech company by the end of Q1") != std::string::npos);
}

TEST_CASE("an unrelated goal is tied to the feedback's aspect", "[goals][improve]") {
  ImproveContext context;
  context.focus = {"communication"};
  const auto g = improve("Run a half marathon by June.", context);
  CHECK(g.text.rfind("Run a half marathon by June", 0) == 0);
  CHECK(has_change(g, "relevance"));
  CHECK(g.after[Criterion::relevant].score == 1.0);  // works on the focus aspect
}

TEST_CASE("the context sets the deadline or the window", "[goals][improve]") {
  ImproveContext context;
  context.deadline = Date::from_iso("2026-12-18");
  auto g = improve("Do mock interviews.", context);
  CHECK(g.text.find("by 2026-12-18") != std::string::npos);
  CHECK(g.after.fields.deadline->to_iso() == "2026-12-18");
  context = {};
  context.window_days = 28;
  g = improve("Do mock interviews.", context);
  CHECK(g.after.fields.deadline->to_iso() == "2026-12-19");
  CHECK(g.text.find("Do 8 mock interviews") == 0);  // 2 a week for 4 weeks
}

TEST_CASE("improve_goal rejects bad input with a clear error", "[goals][improve][errors]") {
  ImproveContext context;
  context.deadline = Date::from_iso("2026-11-01");
  CHECK_THROWS_AS(improve("Do mock interviews.", context), Error);
  context = {};
  context.window_days = 0;
  CHECK_THROWS_AS(improve("Do mock interviews.", context), Error);
  context = {};
  context.focus = {"juggling"};
  CHECK_THROWS_AS(improve("Do mock interviews.", context), Error);
  try {
    improve("Do \xff mock interviews.");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_utf8);
    CHECK(e.where() == "byte 3");
  }
  CHECK_THROWS_AS(improve("   "), Error);
}

TEST_CASE("the improved goal document is deterministic and carries both reports", "[goals][improve][json]") {
  const auto a = improved_goal_to_json(improve("Improve my communication skills soon."));
  const auto b = improved_goal_to_json(improve_goal(Engine(), "Improve my communication skills soon.", kToday));
  CHECK(a == b);
  const auto doc = nlohmann::json::parse(improved_goal_to_json(improve("Get better at interviews."), 2));
  CHECK(doc["schema"] == "goalsmith.improved_goal/1");
  CHECK(doc["all_met"] == true);
  CHECK(doc["before"]["schema"] == "goalsmith.smart_report/1");
  CHECK(doc["after"]["text"] == doc["text"]);
  CHECK(doc["changes"][0]["criterion"].is_string());

  const auto c = improve_context_from_json(R"({"focus": ["behavioral"], "deadline": "2026-12-18", "window_days": 10})");
  CHECK(c.focus == std::vector<std::string>{"behavioral"});
  CHECK(c.deadline->to_iso() == "2026-12-18");
  CHECK(*c.window_days == 10);
  try {
    improve_context_from_json(R"({"window": 3})");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.where() == "/window");
  }
}

TEST_CASE("a custom pack's own aspect borrows the default aspect's words", "[goals][improve][pack]") {
  auto doc = nlohmann::json::parse(Pack::builtin().to_json());
  doc["smart"]["aspects"].push_back({{"id", "lab_safety"}, {"title", "lab safety"}, {"words", {"lab safety", "goggles"}}});
  const Engine custom(Pack::from_json(doc.dump()));
  ImproveContext context;
  context.focus = {"lab_safety"};
  const auto g = improve_goal(custom, "Get better.", kToday, context);
  INFO(g.text);
  CHECK(g.all_met());
}
