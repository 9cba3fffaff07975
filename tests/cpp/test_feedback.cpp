// Feedback templates, sessions, analysis, recommendation and rendering, on sessions written for
// these tests: varied notes (plain, hedged, negated, mixed), ratings, yes/no answers, a custom
// school template with its own aspects, and malformed documents with their JSON paths.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

using namespace goalsmith;
using Json = nlohmann::json;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

SessionAnswer answer(const std::string& question_id, const std::string& notes, std::optional<int> rating = std::nullopt) {
  SessionAnswer a;
  a.question_id = question_id;
  a.notes = notes;
  if (rating) a.rating = Rating{*rating, false};
  return a;
}

FeedbackSession session(const std::string& id, const std::string& date, std::vector<SessionAnswer> answers) {
  FeedbackSession s;
  s.id = id;
  s.date = Date::from_iso(date);
  s.template_id = "goalsmith.default";
  s.answers = std::move(answers);
  return s;
}

// The live-coding mock every analysis test starts from.
FeedbackSession coding_mock() {
  FeedbackSession s = session(
      "mock-1", "2026-11-20",
      {answer("lc_clarify",
              "You started coding before clarifying the requirements. Once you had a plan you explained your "
              "approach clearly.",
              2),
       answer("cm_pace", "Maybe slow down a bit when you walk me through the complexity."),
       answer("bh_structure", "Great STAR structure, but the result was vague and you said we instead of I.")});
  s.kind = InterviewKind::peer_mock;
  s.interviewer = "Sam";
  s.overall_rating = Rating{2, false};
  s.strengths = "Calm under pressure.";
  s.improvements = "Test with edge cases before saying you are done.";
  return s;
}

const FeedbackFinding* find(const FeedbackAnalysis& a, const std::string& text) {
  for (const auto& f : a.findings)
    if (f.text == text) return &f;
  return nullptr;
}

std::string slice(const std::string& source, const Span& s) { return source.substr(s.begin, s.end - s.begin); }

template <typename F>
void require_error(F&& f, ErrorCode code, const std::string& where, const std::string& words = "") {
  try {
    f();
    FAIL("no error thrown");
  } catch (const Error& e) {
    INFO(e.what());
    CHECK(e.code() == code);
    CHECK(e.where() == where);
    if (!words.empty()) CHECK_THAT(std::string(e.what()), Catch::Contains(words));
  }
}

Json default_template_json() { return Json::parse(feedback_template_to_json(default_feedback_template(engine()))); }

// A school's own template: design critique aspects with their own words, a three-level scale.
const char* kSchoolTemplate = R"({
  "schema": "goalsmith.feedback_template/1",
  "id": "school.design_review",
  "version": "2",
  "locale": "en",
  "title": "Design studio review",
  "scale": {"id": "studio", "title": "Studio levels",
            "levels": [{"value": 1, "label": "needs improvement"}, {"value": 2, "label": "average"},
                       {"value": 3, "label": "excellent"}],
            "ready_from": 2},
  "aspects": [
    {"id": "design_rationale", "title": "Design rationale", "words": ["rationale", "design decisions", "why"]},
    {"id": "critique", "title": "Taking critique", "words": ["critique", "criticism", "defensive"]},
    {"id": "communication", "title": "Communication"}
  ],
  "questions": [
    {"id": "dr_1", "text": "Did I explain why I made my design decisions?", "kind": "yes_no", "aspect": "design_rationale"},
    {"id": "dr_2", "text": "Which decision did I justify least?", "kind": "open", "aspect": "design_rationale"},
    {"id": "cr_1", "text": "How did I take your critique?", "kind": "open", "aspect": "critique",
     "follow_ups": ["What would a more open reaction have looked like?"]},
    {"id": "cr_2", "text": "Rate how I handled criticism.", "kind": "rating", "aspect": "critique"},
    {"id": "cm_1", "text": "Was my presentation clear?", "kind": "open", "aspect": "communication"}
  ],
  "follow_ups": ["Can you show me where in my slides?"]
})";

}  // namespace

// ------------------------------------------------------------------ the built-in template
TEST_CASE("the built-in template covers every interview aspect with 4 to 8 questions", "[feedback][template]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  CHECK(t.id == "goalsmith.default");
  const auto pack_aspects = engine().pack().aspect_ids();
  for (const char* id : {"first_impression", "behavioral", "live_coding", "technical", "problem_solving",
                         "communication", "body_language", "preparation", "questions_for_interviewer", "overall"}) {
    INFO(id);
    const FeedbackAspect* a = t.find_aspect(id);
    REQUIRE(a != nullptr);
    CHECK(std::find(pack_aspects.begin(), pack_aspects.end(), a->id) != pack_aspects.end());
    CHECK_FALSE(a->description.empty());
    CHECK(a->signals_basic.size() >= 2);
    CHECK(a->signals_advanced.size() >= 2);
    const auto n = std::count_if(t.questions.begin(), t.questions.end(), [&](const FeedbackQuestion& q) { return q.aspect == id; });
    CHECK(n >= 4);
    CHECK(n <= 8);
  }
  CHECK(t.scale.id == "hire_4");
  CHECK(t.scale.ready(3));
  CHECK_FALSE(t.scale.ready(2));
  CHECK(t.scale.no_decision == "no decision");
  CHECK(t.follow_ups.size() >= 2);
  CHECK(std::any_of(t.follow_ups.begin(), t.follow_ups.end(),
                    [](const std::string& f) { return f.find("specific example") != std::string::npos; }));
  CHECK(std::any_of(t.follow_ups.begin(), t.follow_ups.end(),
                    [](const std::string& f) { return f.find("differently next time") != std::string::npos; }));
  // Every question ends with a question mark and has a kind the worksheet can render.
  for (const auto& q : t.questions) {
    INFO(q.id);
    CHECK(q.text.back() == '?');
  }
}

TEST_CASE("the pack ships a 1-4 hire scale, a 1-5 quality scale and a three-level scale", "[feedback][template]") {
  const auto scales = feedback_scales(engine());
  REQUIRE(scales.size() == 3);
  CHECK(scales[0].levels.front().label == "strong no hire");
  CHECK(scales[0].levels.back().label == "strong hire");
  CHECK(scales[1].levels.size() == 5);
  CHECK(scales[1].levels.back().label == "excellent");
  CHECK(scales[2].levels.front().label == "needs improvement");
  CHECK(scales[0].normalized(1) == 0.0);
  CHECK(scales[0].normalized(4) == 1.0);
}

TEST_CASE("templates round-trip through JSON", "[feedback][template][json]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const std::string json = feedback_template_to_json(t, 2);
  const FeedbackTemplate back = feedback_template_from_json(json);
  CHECK(feedback_template_to_json(back) == feedback_template_to_json(t));
  CHECK(Json::parse(json)["schema"] == "goalsmith.feedback_template/1");
  const FeedbackTemplate school = feedback_template_from_json(kSchoolTemplate);
  CHECK(school.aspects.size() == 3);
  CHECK(school.find_question("dr_1")->kind == QuestionKind::yes_no);
  CHECK(feedback_template_from_json(feedback_template_to_json(school)).questions.size() == 5);
}

// ------------------------------------------------------------------ malformed templates
TEST_CASE("a malformed template names the JSON path of its first problem", "[feedback][template][errors]") {
  SECTION("duplicate aspect id") {
    Json t = default_template_json();
    t["aspects"][1]["id"] = t["aspects"][0]["id"];
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/aspects/1/id", "duplicate aspect id");
  }
  SECTION("duplicate question id") {
    Json t = default_template_json();
    t["questions"][3]["id"] = t["questions"][0]["id"];
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/questions/3/id", "duplicate question id");
  }
  SECTION("a question names an unknown aspect") {
    Json t = default_template_json();
    t["questions"][2]["aspect"] = "juggling";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/questions/2/aspect",
                  "unknown aspect \"juggling\"");
  }
  SECTION("empty question text") {
    Json t = default_template_json();
    t["questions"][0]["text"] = "  ";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/questions/0/text", "non-empty");
  }
  SECTION("empty follow-up") {
    Json t = default_template_json();
    t["follow_ups"][1] = "";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/follow_ups/1");
  }
  SECTION("scale levels that do not increase") {
    Json t = default_template_json();
    t["scale"]["levels"][2]["value"] = 1;
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/scale/levels/2/value", "increase");
  }
  SECTION("ready_from that is not a level") {
    Json t = default_template_json();
    t["scale"]["ready_from"] = 7;
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/scale/ready_from");
  }
  SECTION("a scale with one level") {
    Json t = default_template_json();
    t["scale"]["levels"] = Json::array({{{"value", 1}, {"label", "ok"}}});
    t["scale"]["ready_from"] = 1;
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/scale/levels", "two levels");
  }
  SECTION("unknown field") {
    Json t = default_template_json();
    t["aspects"][0]["colour"] = "blue";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/aspects/0/colour", "unknown key");
  }
  SECTION("unknown question kind") {
    Json t = default_template_json();
    t["questions"][0]["kind"] = "essay";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/questions/0/kind");
  }
  SECTION("wrong or missing schema") {
    Json t = default_template_json();
    t["schema"] = "goalsmith.feedback_template/9";
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/schema");
    t.erase("schema");
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/");
  }
  SECTION("a word naming two aspects") {
    Json t = Json::parse(kSchoolTemplate);
    t["aspects"][1]["words"].push_back("Rationale");
    require_error([&] { feedback_template_from_json(t.dump()); }, ErrorCode::json_schema, "/aspects/1/words/3",
                  "more than one aspect");
  }
  SECTION("syntax error and invalid UTF-8") {
    require_error([] { feedback_template_from_json("{\"schema\": \"goalsmith.feedback_template/1\", \"id\": }"); },
                  ErrorCode::json_syntax, "byte 50");
    require_error([] { feedback_template_from_json("{\"id\": \"\xff\"}"); }, ErrorCode::invalid_utf8, "byte 8");
  }
  SECTION("a template built in C++ is validated the same way") {
    FeedbackTemplate t = default_feedback_template(engine());
    t.questions[5].aspect = "nope";
    require_error([&] { validate_feedback_template(t); }, ErrorCode::json_schema, "/questions/5/aspect");
    t = default_feedback_template(engine());
    t.aspects[2].title = "bad \xc3";
    require_error([&] { validate_feedback_template(t); }, ErrorCode::invalid_utf8, "/aspects/2/title");
  }
}

TEST_CASE("a pack whose feedback template names an aspect outside smart.aspects fails to load", "[feedback][pack]") {
  Json pack = Json::parse(engine().pack().to_json());
  pack["feedback"]["template"]["aspects"][0]["id"] = "juggling";
  for (auto& q : pack["feedback"]["template"]["questions"])
    if (q["aspect"] == "first_impression") q["aspect"] = "juggling";
  require_error([&] { Pack::from_json(pack.dump()); }, ErrorCode::pack, "/feedback/template/aspects/0/id", "smart.aspects");
  pack = Json::parse(engine().pack().to_json());
  pack["feedback"]["template"]["questions"][1]["id"] = pack["feedback"]["template"]["questions"][0]["id"];
  require_error([&] { Pack::from_json(pack.dump()); }, ErrorCode::pack, "/feedback/template/questions/1/id");
  pack = Json::parse(engine().pack().to_json());
  pack["feedback"]["aspect_words"]["juggling"] = Json::array({"balls"});
  require_error([&] { Pack::from_json(pack.dump()); }, ErrorCode::pack, "/feedback/aspect_words/juggling");
  pack = Json::parse(engine().pack().to_json());
  pack["feedback"]["template"]["scale"] = "hire_5";
  require_error([&] { Pack::from_json(pack.dump()); }, ErrorCode::json_schema, "/feedback/template/scale", "hire_5");
}

// ------------------------------------------------------------------ sessions
TEST_CASE("sessions round-trip through JSON", "[feedback][session][json]") {
  FeedbackSession s = coding_mock();
  s.answers[1].rating = Rating{0, true};
  const std::string json = feedback_session_to_json(s, 2);
  const FeedbackSession back = feedback_session_from_json(json);
  CHECK(feedback_session_to_json(back) == feedback_session_to_json(s));
  CHECK(back.answers[1].rating->no_decision);
  CHECK(back.answers[0].rating->value == 2);
  CHECK(back.interviewer == "Sam");
  CHECK(back.kind == InterviewKind::peer_mock);
  CHECK(Json::parse(json)["answers"][1]["rating"] == "no_decision");
}

TEST_CASE("a malformed session names the JSON path of its problem", "[feedback][session][errors]") {
  const Json good = Json::parse(feedback_session_to_json(coding_mock()));
  SECTION("a date that does not exist") {
    Json s = good;
    s["date"] = "2026-02-30";
    require_error([&] { feedback_session_from_json(s.dump()); }, ErrorCode::json_schema, "/date");
  }
  SECTION("an unknown kind of interview") {
    Json s = good;
    s["kind"] = "speed dating";
    require_error([&] { feedback_session_from_json(s.dump()); }, ErrorCode::json_schema, "/kind");
  }
  SECTION("a rating that is neither a level nor no_decision") {
    Json s = good;
    s["answers"][0]["rating"] = "great";
    require_error([&] { feedback_session_from_json(s.dump()); }, ErrorCode::json_schema, "/answers/0/rating");
  }
  SECTION("a question asked twice") {
    Json s = good;
    s["answers"][2]["question_id"] = "lc_clarify";
    require_error([&] { feedback_session_from_json(s.dump()); }, ErrorCode::json_schema, "/answers/2/question_id", "twice");
  }
  SECTION("an unknown field") {
    Json s = good;
    s["answers"][1]["mood"] = "happy";
    require_error([&] { feedback_session_from_json(s.dump()); }, ErrorCode::json_schema, "/answers/1/mood");
  }
  SECTION("a rating not on the template's scale is caught by the analysis") {
    FeedbackSession s = coding_mock();
    s.answers[0].rating = Rating{9, false};
    require_error([&] { analyze_feedback(engine(), s); }, ErrorCode::invalid_argument, "/answers/0/rating", "levels: 1, 2, 3, 4");
  }
  SECTION("a question the template does not have") {
    FeedbackSession s = coding_mock();
    s.answers[2].question_id = "zz_unknown";
    require_error([&] { analyze_feedback(engine(), s); }, ErrorCode::invalid_argument, "/answers/2/question_id");
  }
  SECTION("notes that are not UTF-8") {
    FeedbackSession s = coding_mock();
    s.answers[1].notes = "ok \xe2\x82";
    require_error([&] { analyze_feedback(engine(), s); }, ErrorCode::invalid_utf8, "/answers/1/notes");
  }
  SECTION("an aspect the template does not know") {
    FeedbackSession s = coding_mock();
    s.answers[1].aspect = "astrology";
    require_error([&] { analyze_feedback(engine(), s); }, ErrorCode::invalid_argument, "/answers/1/aspect");
  }
}

// ------------------------------------------------------------------ analysis
TEST_CASE("analysis finds strengths and areas to improve per aspect with their spans", "[feedback][analysis]") {
  const FeedbackSession s = coding_mock();
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  CHECK(a.session_id == "mock-1");
  CHECK(a.template_id == "goalsmith.default");

  const auto* started = find(a, "You started coding before clarifying the requirements");
  REQUIRE(started != nullptr);
  CHECK(started->aspect == "live_coding");
  CHECK(started->polarity == Polarity::improve);
  CHECK_FALSE(started->softened);
  CHECK(started->question_id == "lc_clarify");
  CHECK(started->session_id == "mock-1");
  CHECK(started->source == FindingSource::notes);
  CHECK(slice(s.answers[0].notes, started->span) == started->text);

  const auto* explained = find(a, "Once you had a plan you explained your approach clearly");
  REQUIRE(explained != nullptr);
  CHECK(explained->aspect == "communication");
  CHECK(explained->polarity == Polarity::strength);

  const auto* slow = find(a, "Maybe slow down a bit when you walk me through the complexity");
  REQUIRE(slow != nullptr);
  CHECK(slow->polarity == Polarity::improve);
  CHECK(slow->softened);
  CHECK(slow->aspect == "communication");
  CHECK(slow->weight < 1.0);
  bool has_softener_cue = false;
  for (const auto& c : slow->cues) has_softener_cue = has_softener_cue || (c.rule == "softener" && c.text == "Maybe");
  CHECK(has_softener_cue);

  // "Great STAR structure, but the result was vague ...": the clause break splits it in two.
  const auto* star = find(a, "Great STAR structure");
  REQUIRE(star != nullptr);
  CHECK(star->polarity == Polarity::strength);
  CHECK(star->aspect == "behavioral");
  const auto* vague = find(a, "the result was vague and you said we instead of I");
  REQUIRE(vague != nullptr);
  CHECK(vague->polarity == Polarity::improve);
  CHECK(vague->aspect == "behavioral");

  // The free texts: the learner's own strengths and improvements.
  const auto* calm = find(a, "Calm under pressure");
  REQUIRE(calm != nullptr);
  CHECK(calm->source == FindingSource::strengths);
  CHECK(calm->polarity == Polarity::strength);
  const auto* edge = find(a, "Test with edge cases before saying you are done");
  REQUIRE(edge != nullptr);
  CHECK(edge->source == FindingSource::improvements);
  CHECK(edge->polarity == Polarity::improve);
  CHECK(edge->aspect == "live_coding");
  CHECK(slice(s.improvements, edge->span) == edge->text);

  // Ratings: 2 ("no hire") on the live-coding question and overall.
  bool rating_finding = false;
  for (const auto& f : a.findings)
    if (f.source == FindingSource::rating && f.question_id == "lc_clarify") {
      rating_finding = true;
      CHECK(f.polarity == Polarity::improve);
      CHECK(f.text == "no hire");
      CHECK(f.aspect == "live_coding");
    }
  CHECK(rating_finding);
  REQUIRE(a.overall_rating);
  CHECK(*a.overall_rating == Approx(1.0 / 3));
  REQUIRE(a.find_aspect("live_coding"));
  CHECK(*a.find_aspect("live_coding")->rating == Approx(1.0 / 3));

  // Ranked: live coding first (notes, improvements text and a low rating).
  REQUIRE(a.areas_to_improve.size() >= 2);
  CHECK(a.areas_to_improve[0].aspect == "live_coding");
  for (std::size_t k = 1; k < a.areas_to_improve.size(); ++k)
    CHECK(a.areas_to_improve[k - 1].priority >= a.areas_to_improve[k].priority);
  for (std::size_t i : a.areas_to_improve[0].findings) CHECK(a.findings[i].polarity == Polarity::improve);
  CHECK_THAT(a.summary, Catch::Contains("live coding"));
}

TEST_CASE("negation flips a cue and a bare negation is a missing step", "[feedback][analysis]") {
  FeedbackSession s = session("neg", "2026-11-21",
                              {answer("bl_nerves", "You didn't seem nervous at all and kept good eye contact."),
                               answer("cm_fillers", "There were no filler words."),
                               answer("cm_clarity", "Your answer was not clear."),
                               answer("lc_testing", "You didn't test your code.")});
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  const auto* nervous = find(a, "You didn't seem nervous at all and kept good eye contact");
  REQUIRE(nervous != nullptr);
  CHECK(nervous->polarity == Polarity::strength);
  CHECK(nervous->aspect == "body_language");
  const auto* fillers = find(a, "There were no filler words");
  REQUIRE(fillers != nullptr);
  CHECK(fillers->polarity == Polarity::strength);
  CHECK(fillers->aspect == "communication");
  const auto* unclear = find(a, "Your answer was not clear");
  REQUIRE(unclear != nullptr);
  CHECK(unclear->polarity == Polarity::improve);
  const auto* test = find(a, "You didn't test your code");
  REQUIRE(test != nullptr);
  CHECK(test->polarity == Polarity::improve);
  CHECK(test->aspect == "live_coding");
}

TEST_CASE("notes without a cue give no finding and ignored phrases are no cue", "[feedback][analysis]") {
  const FeedbackSession s = session("plain", "2026-11-21",
                                    {answer("tk_depth", "We talked about hash maps and trees as well as SQL.")});
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  CHECK(a.findings.empty());
  CHECK(a.areas_to_improve.empty());
  CHECK(a.summary.find("no clear strength") != std::string::npos);
}

TEST_CASE("ratings alone make strengths and areas to improve", "[feedback][analysis]") {
  FeedbackSession s = session("ratings", "2026-11-22", {answer("tk_rating", "", 4), answer("ps_rating", "", 1),
                                                         answer("cm_rating", "", 2)});
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  REQUIRE(a.areas_to_improve.size() == 2);
  CHECK(a.areas_to_improve[0].aspect == "problem_solving");  // 1 is worse than 2
  CHECK(a.areas_to_improve[1].aspect == "communication");
  REQUIRE(a.find_aspect("technical"));
  CHECK(a.find_aspect("technical")->strength_score > 0);
  CHECK(a.find_aspect("technical")->priority < 0);
}

TEST_CASE("yes/no answers count by whether yes is the good answer", "[feedback][analysis]") {
  FeedbackSession s = session("yesno", "2026-11-22", {answer("lc_plan", ""), answer("cm_fillers", "")});
  s.answers[0].answer = true;   // "Did I explain my plan?" yes: good
  s.answers[1].answer = true;   // "Did I use many filler words?" yes: bad
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  REQUIRE(a.findings.size() == 2);
  CHECK(a.findings[0].polarity == Polarity::strength);
  CHECK(a.findings[0].source == FindingSource::answer);
  CHECK(a.findings[1].polarity == Polarity::improve);
  CHECK(a.findings[1].aspect == "communication");
}

TEST_CASE("a custom school template is analyzed with its own aspects and words", "[feedback][analysis][custom]") {
  const FeedbackTemplate t = feedback_template_from_json(kSchoolTemplate);
  FeedbackSession s;
  s.id = "studio-3";
  s.date = Date::from_iso("2026-11-25");
  s.kind = InterviewKind::professional_mock;
  s.template_id = t.id;
  s.answers = {answer("cr_1", "You got a bit defensive when I questioned the colour palette."),
               answer("dr_2", "Your rationale for the grid was convincing, but the typography choice was not explained."),
               answer("cr_2", "", 1), answer("cm_1", "The presentation was clear and well paced.")};
  s.answers[3].notes += " Slides were too dense though.";
  const FeedbackAnalysis a = analyze_feedback(engine(), s, &t);
  CHECK(a.template_id == "school.design_review");
  const auto* defensive = find(a, "You got a bit defensive when I questioned the colour palette");
  REQUIRE(defensive != nullptr);
  CHECK(defensive->aspect == "critique");
  CHECK(defensive->polarity == Polarity::improve);
  CHECK(defensive->softened);
  const auto* rationale = find(a, "Your rationale for the grid was convincing");
  REQUIRE(rationale != nullptr);
  CHECK(rationale->aspect == "design_rationale");
  CHECK(rationale->polarity == Polarity::strength);
  const auto* typography = find(a, "the typography choice was not explained");
  REQUIRE(typography != nullptr);
  CHECK(typography->polarity == Polarity::improve);
  const auto* clear = find(a, "The presentation was clear and well paced");
  REQUIRE(clear != nullptr);
  CHECK(clear->aspect == "communication");
  CHECK(clear->polarity == Polarity::strength);
  REQUIRE_FALSE(a.areas_to_improve.empty());
  CHECK(a.areas_to_improve[0].aspect == "critique");  // notes and a "needs improvement" rating
  CHECK(a.areas_to_improve[0].title == "Taking critique");
  // Only the template's aspects are reported.
  for (const auto& f : a.findings) CHECK(t.find_aspect(f.aspect) != nullptr);
}

TEST_CASE("the analysis is deterministic and serializes to the analysis schema", "[feedback][analysis][json]") {
  const FeedbackSession s = coding_mock();
  const std::string j1 = feedback_analysis_to_json(analyze_feedback(engine(), s));
  const std::string j2 = feedback_analysis_to_json(analyze_feedback(engine(), s));
  CHECK(j1 == j2);
  const Json j = Json::parse(j1);
  CHECK(j["schema"] == "goalsmith.feedback_analysis/1");
  CHECK(j["areas_to_improve"][0]["aspect"] == "live_coding");
  CHECK(j["findings"][0]["span"].size() == 2);
}

// ------------------------------------------------------------------ history
TEST_CASE("aspects that keep coming back across sessions are recurring", "[feedback][history]") {
  std::vector<FeedbackSession> sessions = {
      session("s3", "2026-11-27", {answer("cm_pace", "You spoke too fast again."), answer("lc_clarify", "Good clarifying questions this time.")}),
      session("s1", "2026-11-13", {answer("cm_pace", "Much too fast and lots of filler words."),
                                   answer("lc_clarify", "You forgot to ask about the input size.")}),
      session("s2", "2026-11-20", {answer("cm_concise", "You rambled on the second question."),
                                   answer("bl_eye_contact", "Great eye contact.")}),
  };
  const FeedbackHistory h = analyze_history(engine(), sessions);
  CHECK(h.session_count == 3);
  CHECK(h.session_ids == std::vector<std::string>{"s1", "s2", "s3"});
  REQUIRE_FALSE(h.aspects.empty());
  CHECK(h.aspects[0].aspect == "communication");
  CHECK(h.aspects[0].recurring);
  CHECK(h.aspects[0].sessions == std::vector<std::string>{"s1", "s2", "s3"});
  const auto lc = std::find_if(h.aspects.begin(), h.aspects.end(), [](const AspectHistory& a) { return a.aspect == "live_coding"; });
  REQUIRE(lc != h.aspects.end());
  CHECK_FALSE(lc->recurring);
  CHECK(lc->trend == "improving");
  CHECK(lc->strength_sessions == std::vector<std::string>{"s3"});
  CHECK_THAT(h.summary, Catch::Contains("communication"));
  CHECK(Json::parse(feedback_history_to_json(h))["aspects"][0]["recurring"] == true);

  sessions[1].id = "s3";
  require_error([&] { analyze_history(engine(), sessions); }, ErrorCode::invalid_argument, "/0/id", "two sessions");
  CHECK(analyze_history(engine(), {}).summary.find("no sessions") != std::string::npos);
}

// ------------------------------------------------------------------ recommendation
TEST_CASE("a free-text concern maps to its aspect through the pack's aspect words", "[feedback][recommend]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const Recommendation r = recommend_questions(engine(), t, {"I freeze on coding questions"});
  REQUIRE(r.questions.size() == 3);
  CHECK(r.questions[0].question.aspect == "live_coding");
  CHECK(r.questions[0].reason_code == "concern");
  CHECK_THAT(r.questions[0].reason, Catch::Contains("I freeze on coding questions"));
  REQUIRE(r.concerns.size() == 1);
  CHECK(r.concerns[0].aspects.front() == "live_coding");
  CHECK(r.concerns[0].evidence.front().text == "coding questions");
  std::set<std::string> ids;
  for (const auto& q : r.questions) ids.insert(q.question.id);
  CHECK(ids.size() == 3);  // no repeats
}

TEST_CASE("recommendation covers several worries one question each before a second one", "[feedback][recommend]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const Recommendation r = recommend_questions(engine(), t, {"communication", "I never know what to say about the company"}, {}, 3);
  REQUIRE(r.questions.size() == 3);
  CHECK(r.questions[0].question.aspect == "communication");
  CHECK(r.questions[0].reason_code == "concern");
  CHECK(r.questions[1].question.aspect == "preparation");
  CHECK(r.questions[2].reason_code == "more");
  CHECK(r.questions[2].question.aspect == "communication");
  // Deterministic.
  CHECK(recommendation_to_json(r) ==
        recommendation_to_json(recommend_questions(engine(), t, {"communication", "I never know what to say about the company"}, {}, 3)));
}

TEST_CASE("history points at recurring aspects and skips questions already asked", "[feedback][recommend]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const std::vector<FeedbackSession> history = {
      session("h1", "2026-11-06", {answer("cm_pace", "Too fast, and you rambled.")}),
      session("h2", "2026-11-13", {answer("cm_pace", "Still too fast in the second half.")}),
  };
  const Recommendation r = recommend_questions(engine(), t, {}, history, 2);
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].question.aspect == "communication");
  CHECK(r.questions[0].reason_code == "recurring");
  CHECK_THAT(r.questions[0].reason, Catch::Contains("2 earlier sessions"));
  for (const auto& q : r.questions) CHECK(q.question.id != "cm_pace");
}

TEST_CASE("with nothing to go on the recommendation starts broad", "[feedback][recommend]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const Recommendation r = recommend_questions(engine(), t, {});
  REQUIRE(r.questions.size() == 3);
  CHECK(r.questions[0].question.aspect == "overall");
  for (const auto& q : r.questions) CHECK(q.reason_code == "coverage");
  CHECK(r.questions[1].question.aspect != r.questions[0].question.aspect);
}

TEST_CASE("recommendation rejects a bad n and blank or invalid concerns", "[feedback][recommend][errors]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  require_error([&] { recommend_questions(engine(), t, {}, {}, 0); }, ErrorCode::invalid_argument, "/n");
  require_error([&] { recommend_questions(engine(), t, {"ok", "  "}); }, ErrorCode::invalid_argument, "/concerns/1");
  require_error([&] { recommend_questions(engine(), t, {"\xc3("}); }, ErrorCode::invalid_utf8, "/concerns/0");
  // A small template gives what it has.
  const FeedbackTemplate school = feedback_template_from_json(kSchoolTemplate);
  CHECK(recommend_questions(engine(), school, {"critique"}, {}, 10).questions.size() == 5);
}

TEST_CASE("a custom template's own words map concerns to its aspects", "[feedback][recommend][custom]") {
  const FeedbackTemplate school = feedback_template_from_json(kSchoolTemplate);
  const Recommendation r = recommend_questions(engine(), school, {"I get defensive about criticism"}, {}, 2);
  REQUIRE(r.questions.size() == 2);
  CHECK(r.questions[0].question.aspect == "critique");
  CHECK(r.questions[1].question.aspect == "critique");
  CHECK(r.questions[0].aspect_title == "Taking critique");
}

// ------------------------------------------------------------------ rendering
TEST_CASE("a worksheet lists the chosen questions with scale, follow-ups and room for notes", "[feedback][render]") {
  const FeedbackTemplate t = default_feedback_template(engine());
  const std::string md = render_worksheet(engine(), t, {"lc_clarify", "ov_hire", "cm_fillers"}, RenderFormat::markdown);
  CHECK_THAT(md, Catch::StartsWith("# Feedback after a mock interview"));
  CHECK_THAT(md, Catch::Contains("Did I ask enough clarifying questions before I started coding?"));
  CHECK_THAT(md, Catch::Contains("Question 2 \xC2\xB7 Overall readiness"));
  CHECK_THAT(md, Catch::Contains("strong no hire"));
  CHECK_THAT(md, Catch::Contains("Which question should I have asked first?"));
  CHECK_THAT(md, Catch::Contains("**Notes:**"));
  CHECK(md.find("Question 4") == std::string::npos);
  const std::string html = render_worksheet(engine(), t, {"lc_clarify"}, RenderFormat::html);
  CHECK_THAT(html, Catch::StartsWith("<article class=\"goalsmith-worksheet\">"));
  CHECK_THAT(html, Catch::Contains("class=\"gs-notes\""));
  CHECK_THAT(html, Catch::Contains("<h1>Feedback after a mock interview</h1>"));
  // No ids: every question of the template.
  const std::string all = render_worksheet(engine(), t, {}, RenderFormat::markdown);
  CHECK(all.find("Question " + std::to_string(t.questions.size()) + " ") != std::string::npos);
  CHECK(all.find("Question " + std::to_string(t.questions.size() + 1) + " ") == std::string::npos);
  require_error([&] { render_worksheet(engine(), t, {"lc_clarify", "nope"}, RenderFormat::html); },
                ErrorCode::invalid_argument, "/questions/1");
}

TEST_CASE("HTML escapes every user text and Markdown escapes markup", "[feedback][render]") {
  FeedbackTemplate t = feedback_template_from_json(kSchoolTemplate);
  t.title = "Review <script>alert(1)</script> & more";
  const std::string html = render_worksheet(engine(), t, {"cr_1"}, RenderFormat::html);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK_THAT(html, Catch::Contains("Review &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
  FeedbackSession s = coding_mock();
  s.answers[0].notes = "You <b>forgot</b> the *tests* \"again\"";
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  const std::string report = render_session_report(engine(), s, a, RenderFormat::html);
  CHECK(report.find("<b>forgot") == std::string::npos);
  CHECK_THAT(report, Catch::Contains("&lt;b&gt;forgot&lt;/b&gt;"));
  CHECK_THAT(report, Catch::Contains("&quot;again&quot;"));
  const std::string md = render_session_report(engine(), s, a, RenderFormat::markdown);
  CHECK_THAT(md, Catch::Contains("\\<b\\>forgot"));
  CHECK_THAT(md, Catch::Contains("\\*tests\\*"));
}

TEST_CASE("a session report shows notes, ratings, strengths and ranked areas to improve", "[feedback][render]") {
  const FeedbackSession s = coding_mock();
  const FeedbackAnalysis a = analyze_feedback(engine(), s);
  const std::string md = render_session_report(engine(), s, a, RenderFormat::markdown);
  CHECK_THAT(md, Catch::StartsWith("# Feedback session of 2026-11-20"));
  CHECK_THAT(md, Catch::Contains("**Interviewer:** Sam"));
  CHECK_THAT(md, Catch::Contains("**Rating:** no hire"));
  CHECK_THAT(md, Catch::Contains("## Strengths"));
  CHECK_THAT(md, Catch::Contains("## Areas to improve"));
  CHECK_THAT(md, Catch::Contains("1. **Live coding**"));
  CHECK_THAT(md, Catch::Contains("(said gently)"));
  CHECK_THAT(md, Catch::Contains("> Calm under pressure."));
  FeedbackAnalysis other = a;
  other.session_id = "another";
  require_error([&] { render_session_report(engine(), s, other, RenderFormat::markdown); }, ErrorCode::invalid_argument, "");
}
