// The growth-mindset check: one group per thinking-trap category with its look-alike
// negatives, then negation, questions, quotes, "yet", plans, prompts, rewrites, skills, goal
// drafts, the sentence splitter, errors, JSON, and the labelled development set
// (tests/data/mindset/, precision and recall per category).
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"
#include "packs/compiled_pack.hpp"
#include "text/sentences.hpp"

using namespace goalsmith;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

MindsetReport check(const std::string& text, MindsetOptions o = {}) {
  if (!o.today) o.today = Date::from_iso("2026-11-22");
  return check_mindset(engine(), text, o);
}

std::set<std::string> categories(const std::string& text) {
  std::set<std::string> out;
  for (const auto& f : check(text).findings) out.insert(f.category);
  return out;
}

const MindsetFinding* find(const MindsetReport& r, const std::string& category) {
  for (const auto& f : r.findings)
    if (f.category == category) return &f;
  return nullptr;
}

void expect_category(const std::vector<std::string>& traps, const std::string& category) {
  for (const auto& t : traps) {
    INFO(t);
    CHECK(categories(t).count(category) == 1);
  }
}

void expect_clean(const std::vector<std::string>& texts) {
  for (const auto& t : texts) {
    INFO(t);
    CHECK(categories(t).empty());
  }
}

}  // namespace

// ------------------------------------------------------------------ categories
TEST_CASE("labeling: a global label for oneself, not a description or another's words", "[mindset][labeling]") {
  expect_category({"I'm hopeless.", "I am such an idiot, I forgot my own project.", "Honestly I'm a loser.",
                   "What a failure I am."},
                  "labeling");
  expect_clean({"I'm not a failure, I just had a bad round.", "The interviewer called the old design a disaster.",
                "My friend felt hopeless after her onsite, so I shared my notes.",
                "I used to think I was useless at SQL, but the last mock went well."});
}

TEST_CASE("fixed ability: ability as a trait you have or lack", "[mindset][fixed_ability]") {
  expect_category({"I just don't have a coding brain.", "Interviewing is a talent you have or you don't.",
                   "I'm simply not clever enough for coding rounds.", "I'm not good at salary talks.",
                   "I'm not a people person.", "I don't know how to answer estimation questions."},
                  "fixed_ability");
  expect_clean({"I can't explain Big-O clearly yet, so I'm drilling it daily.",
                "I can't make Tuesday's session, so I moved it to Thursday.",
                "I don't have a laptop charger with me today.", "I'm not a morning person."});
}

TEST_CASE("fortune telling: a bad outcome predicted as a fact", "[mindset][fortune_telling]") {
  expect_category({"I will never get through an onsite.", "It's going to go badly again.",
                   "Nobody is ever going to hire me.", "I know I'll fail the final round."},
                  "fortune_telling");
  expect_clean({"I will never forget how kind the panel was.", "I will practice two design questions.",
                "The interview is going to be on Zoom at 3 pm.", "I'll know the result by Friday."});
}

TEST_CASE("overgeneralizing: absolutes need a first-person failure or a sweeping rule", "[mindset][overgeneralizing]") {
  expect_category({"I always ramble.", "No company wants juniors.", "I mess up every single interview.",
                   "I never get past the phone screen.", "Every interview goes wrong for me."},
                  "overgeneralizing");
  expect_clean({"The recruiter always sends the agenda the day before.", "I never code in C# these days.",
                "I always bring a printed copy of my CV.", "Nobody on the panel asked about my gap year.",
                "I always ramble when I'm nervous, so I'm practicing with a timer."});
}

TEST_CASE("all-or-nothing: total failure or nothing", "[mindset][all_or_nothing]") {
  expect_category({"It was a total failure of a day.", "Anything less than perfect is a failure.",
                   "The whole interview was a complete disaster.", "The mock was completely useless."},
                  "all_or_nothing");
  expect_clean({"The whole team joined the final round.", "I completely forgot to ask about the team.",
                "The coding part went perfectly and the behavioral part was rough."});
}

TEST_CASE("catastrophizing: one setback as the end of the future", "[mindset][catastrophizing]") {
  expect_category({"I've ruined my chances forever.", "If I fail this interview my career is over.",
                   "I'll end up homeless if this doesn't work out.", "One bad answer and it's all over."},
                  "catastrophizing");
  expect_clean({"The outage ruined the demo, so we rescheduled it.", "The game is over at nine."});
}

TEST_CASE("mind reading: sure of others' negative thoughts, but not reported feedback", "[mindset][mind_reading]") {
  expect_category({"They must think I'm incompetent.", "Everyone could tell I was nervous.",
                   "I could tell they hated my answer.", "The panel was bored by me."},
                  "mind_reading");
  expect_clean({"The interviewer said my answer was too long.", "They think the role will open in March.",
                "I think I explained the trade-offs well."});
  // The label inside the imagined thought belongs to the mind reading, not to labeling.
  CHECK(categories("They must think I'm incompetent.") == std::set<std::string>{"mind_reading"});
}

TEST_CASE("should statements: rigid rules, not plans", "[mindset][should_statements]") {
  expect_category({"I should be able to solve any problem instantly.", "I must never make a mistake in an interview.",
                   "I should have known that answer.", "I have to be perfect in every interview."},
                  "should_statements");
  expect_clean({"I should send a thank-you note tomorrow.", "I must submit the take-home by Monday.",
                "Next time I should ask clarifying questions first.", "We have to be at the office at 9.",
                "You should never badmouth a former employer."});
}

TEST_CASE("disqualifying the positive: a success explained away", "[mindset][disqualifying_positive]") {
  expect_category({"The praise doesn't count, the questions were easy.", "I only passed because they were desperate.",
                   "They were just being nice.", "Sure, I solved it, but anyone could have."},
                  "disqualifying_positive");
  expect_clean({"The questions were easy, so I finished early.", "They were nice and gave me a tour.",
                "I only passed because I practised every day."});
}

TEST_CASE("comparing and despairing: behind everyone else", "[mindset][comparing]") {
  expect_category({"My classmates are all ahead of me.", "Everyone else gets offers except me.",
                   "I'm way behind everyone else."},
                  "comparing");
  expect_clean({"My classmate shared her STAR stories.", "Compared to last month, my answers are shorter.",
                "Everyone else in the group got the same take-home task."});
  // Comparing replaces the prediction it contains.
  CHECK(categories("I'll never be as good as my brother.") == std::set<std::string>{"comparing"});
}

TEST_CASE("impostor feelings: success as undeserved", "[mindset][impostor]") {
  expect_category({"I'm not a real developer.", "It was a fluke that I passed the screen.",
                   "One day my team will realize I'm faking it.", "I only got the interview by luck."},
                  "impostor");
  expect_clean({"I'm not a real estate agent, I'm applying for analyst roles.",
                "It was lucky that the train was on time.", "I deserve a break after this week.",
                "I got lucky with the weather on the day of the onsite."});
}

TEST_CASE("emotional reasoning: a feeling taken as proof", "[mindset][emotional_reasoning]") {
  expect_category({"I feel like a failure, so I am one.", "I feel unprepared, which means I am unprepared.",
                   "Since I feel anxious, the interview must have gone badly."},
                  "emotional_reasoning");
  expect_clean({"I feel nervous before interviews, so I do a breathing exercise.",
                "I felt prepared, so I went in early."});
}

TEST_CASE("giving up: effort declared pointless, questions included", "[mindset][giving_up]") {
  expect_category({"Why bother preparing at all.", "What's the point of applying anymore?",
                   "I give up on tech interviews.", "I might as well stop applying.", "I'm done trying."},
                  "giving_up");
  expect_clean({"What's the point of the STAR method, and how do I use it?",
                "I'm done with the take-home and sent it in.",
                "I gave up on the first approach and switched to a hash map."});
}

// ------------------------------------------------------------------ sentence context
TEST_CASE("negation in front of a label is not a label", "[mindset][negation]") {
  expect_clean({"I'm not hopeless.", "I'm not useless at design, just rusty.", "I don't always ramble.",
                "It's not true that I always ramble."});
}

TEST_CASE("questions are not statements, except for giving up", "[mindset][questions]") {
  expect_clean({"Am I hopeless at this?", "Will I ever get an offer?", "Should I practice more?"});
  CHECK(categories("Why bother?") == std::set<std::string>{"giving_up"});
}

TEST_CASE("quotes of others are not the learner's thoughts, unless the learner thought them", "[mindset][quotes]") {
  expect_clean({"\"You're hopeless,\" my brother joked, but I ignored it.",
                "She wrote \u201CI always ramble\u201D on her sticky note.",
                "My mentor says I always ramble.", "The interviewer told me I'm not good at system design."});
  CHECK(categories("I kept thinking \"I always ramble\" during the call.").count("overgeneralizing") == 1);
  // The learner's own statement next to a quote still counts.
  CHECK(categories("I always ramble, as my coach said.").count("overgeneralizing") == 1);
}

TEST_CASE("yet and other time-bounded words turn a trap into growth", "[mindset][yet]") {
  expect_clean({"I'm not good at salary talks yet.", "I can't do graph problems yet.",
                "I'm not good at it now, but practice is helping.", "I'm not hopeless anymore."});
  // "anymore" in a giving-up sentence does not help.
  CHECK(categories("What's the point of applying anymore?").count("giving_up") == 1);
}

TEST_CASE("a plan after the trap turns it into learning", "[mindset][plan]") {
  expect_clean({"I always freeze on conflict questions, so I'm rehearsing two STAR stories.",
                "I can't do dynamic programming, so I will practise one problem a day."});
  CHECK(categories("I always freeze on conflict questions, so I hate interviews.").count("overgeneralizing") == 1);
}

// ------------------------------------------------------------------ what a finding carries
TEST_CASE("a finding has the sentence, the trigger words, a confidence and 1-3 prompts", "[mindset][finding]") {
  const std::string text = "The call went fine. I'm simply not clever enough for coding rounds.";
  const auto r = check(text);
  CHECK(r.sentences == 2);
  REQUIRE(r.findings.size() == 1);
  const auto& f = r.findings[0];
  CHECK(f.category == "fixed_ability");
  CHECK(f.title == "fixed ability");
  CHECK(text.substr(f.span.begin, f.span.end - f.span.begin) == f.text);
  CHECK(f.text == "I'm simply not clever enough for coding rounds.");
  CHECK(text.substr(f.trigger.begin, f.trigger.end - f.trigger.begin) == f.trigger_text);
  CHECK(f.trigger_text == "I'm simply not clever enough");
  CHECK(f.confidence > 0.5);
  CHECK(f.confidence <= 1);
  REQUIRE(f.prompts.size() == 3);
  CHECK(f.prompts[0].technique == "yet");
  CHECK(f.prompts[1].technique == "process_not_talent");
  CHECK(r.summary.find("1 possible thinking trap") != std::string::npos);
  CHECK(r.summary.find("2 sentences") != std::string::npos);
}

TEST_CASE("every category of the pack gets prompts", "[mindset][prompts]") {
  const auto cats = mindset_categories(engine());
  CHECK(cats.size() == 13);
  const std::map<std::string, std::string> example = {
      {"labeling", "I'm hopeless."},
      {"fixed_ability", "I just don't have a coding brain."},
      {"fortune_telling", "I will never get through an onsite."},
      {"overgeneralizing", "I always ramble."},
      {"all_or_nothing", "It was a total failure of a day."},
      {"catastrophizing", "I've ruined my chances forever."},
      {"mind_reading", "They must think I'm incompetent."},
      {"should_statements", "I must never make a mistake."},
      {"disqualifying_positive", "The praise doesn't count."},
      {"comparing", "My classmates are all ahead of me."},
      {"impostor", "I'm not a real developer."},
      {"emotional_reasoning", "I feel like a failure, so I am one."},
      {"giving_up", "Why bother preparing at all."}};
  for (const auto& c : cats) {
    INFO(c.id);
    REQUIRE(example.count(c.id) == 1);
    const auto r = check(example.at(c.id));
    const auto* f = find(r, c.id);
    REQUIRE(f != nullptr);
    CHECK(f->prompts.size() >= 1);
    CHECK(f->prompts.size() <= 3);
    for (const auto& p : f->prompts) {
      CHECK(p.text.find('{') == std::string::npos);  // every placeholder filled
      CHECK_FALSE(p.technique.empty());
    }
  }
}

TEST_CASE("prompts are filled from the sentence", "[mindset][prompts]") {
  const auto r = check("I'm not good at salary talks.");
  const auto* f = find(r, "fixed_ability");
  REQUIRE(f != nullptr);
  REQUIRE_FALSE(f->prompts.empty());
  CHECK(f->prompts[0].text.find("I'm not good at salary talks yet.") != std::string::npos);
  CHECK(f->prompts[0].text.find("salary talks would move") != std::string::npos);
  const auto o = check("I always ramble in interviews.");
  const auto* g = find(o, "overgeneralizing");
  REQUIRE(g != nullptr);
  CHECK(g->prompts[0].technique == "be_specific");
  CHECK(g->prompts[0].text.find("\"always\" is a strong word") != std::string::npos);
  MindsetOptions one;
  one.max_prompts = 1;
  CHECK(check("I always ramble.", one).findings.at(0).prompts.size() == 1);
}

TEST_CASE("a yet rewrite where it is grammatical, softeners dropped", "[mindset][rewrite]") {
  auto rewrite = [](const std::string& text) {
    const auto r = check(text);
    const auto* f = find(r, "fixed_ability");
    return f && f->rewrite ? *f->rewrite : std::string("none");
  };
  CHECK(rewrite("I'm not good at salary talks") == "I'm not good at salary talks yet");
  CHECK(rewrite("I'm not good at salary talks.") == "I'm not good at salary talks yet.");
  CHECK(rewrite("I'm simply not clever enough for coding rounds.") == "I'm not clever enough for coding rounds yet.");
  CHECK(rewrite("I can't do graph problems, and it shows.") == "I can't do graph problems yet, and it shows.");
  CHECK(rewrite("I just don't have a coding brain.") == "none");  // "yet" would not fit
  const auto r = check("I will never get through an onsite.");
  CHECK_FALSE(r.findings.at(0).rewrite);
}

TEST_CASE("the skill a finding names maps to a SMART aspect and a SMART goal draft", "[mindset][skill][goal]") {
  const auto r = check("I'm not good at salary talks.");
  const auto* f = find(r, "fixed_ability");
  REQUIRE(f != nullptr);
  REQUIRE(f->skill);
  CHECK(f->skill->text == "salary talks");
  CHECK(f->skill->aspect == std::optional<std::string>("negotiation"));
  CHECK(r.text.substr(f->skill->span.begin, f->skill->span.end - f->skill->span.begin) == "salary talks");
  REQUIRE(f->goal_draft);
  CHECK(f->goal_draft->smart());
  CHECK(f->goal_draft->text.find("2026-12-06") != std::string::npos);  // 14 days after today
  // The draft really passes the SMART check.
  CheckOptions o;
  o.today = Date::from_iso("2026-11-22");
  const auto smart = engine().check_goal(f->goal_draft->text, o);
  for (const auto& c : smart.criteria) CHECK(c.verdict == Verdict::met);

  // No capture: the aspect named anywhere in the sentence.
  const auto g = check("I always freeze when they ask about conflict.");
  REQUIRE(g.findings.size() == 1);
  REQUIRE(g.findings[0].skill);
  CHECK(g.findings[0].skill->aspect == std::optional<std::string>("behavioral"));
  REQUIRE(g.findings[0].goal_draft);
  CHECK(g.findings[0].goal_draft->aspect == std::optional<std::string>("behavioral"));

  // No skill named: no draft.
  const auto h = check("I'm hopeless.");
  CHECK_FALSE(h.findings.at(0).skill);
  CHECK_FALSE(h.findings.at(0).goal_draft);
  MindsetOptions off;
  off.goal_drafts = false;
  CHECK_FALSE(check("I'm not good at salary talks.", off).findings.at(0).goal_draft);
}

// Every goal pattern an aspect draft can come from is checked for all five criteria in
// test_drafts.cpp ("every goal pattern of the pack is a SMART goal for its aspect").

TEST_CASE("min_confidence leaves out weaker findings", "[mindset][options]") {
  MindsetOptions strict;
  strict.min_confidence = 0.99;
  CHECK(check("I always ramble. I'm hopeless.", strict).findings.empty());
  CHECK(check("I always ramble. I'm hopeless.").findings.size() == 2);
}

TEST_CASE("a text without traps has an empty report and a summary", "[mindset]") {
  const auto r = check("I practised two STAR stories. The interviewer liked my questions!");
  CHECK(r.findings.empty());
  CHECK(r.sentences == 2);
  CHECK(r.summary == "No thinking traps found in 2 sentences.");
}

TEST_CASE("the feedback guidance has prompts for before and after a session", "[mindset][guidance]") {
  const auto all = feedback_guidance(engine());
  const auto before = feedback_guidance(engine(), SessionMoment::before);
  const auto after = feedback_guidance(engine(), SessionMoment::after);
  CHECK(before.size() >= 4);
  CHECK(after.size() >= 3);
  CHECK(all.size() == before.size() + after.size());
  std::set<std::string> ids;
  for (const auto& g : before) {
    CHECK(g.moment == SessionMoment::before);
    ids.insert(g.id);
  }
  for (const char* id : {"listen", "ask_examples", "separate_person", "thank"}) CHECK(ids.count(id) == 1);
  const auto json = nlohmann::json::parse(feedback_guidance_to_json(all, "en"));
  CHECK(json["schema"] == "goalsmith.feedback_guidance/1");
  CHECK(json["before"].size() == before.size());
  CHECK(json["after"][0]["id"] == after[0].id);
}

// ------------------------------------------------------------------ sentences
TEST_CASE("sentences split at end marks, keeping closing quotes and runs of marks", "[text][sentences]") {
  const std::string text = "He said \"no.\" Then I left?! Fine;\nnext line";
  const auto tt = text::tokenize(text);
  const auto s = text::split_sentences(tt);
  REQUIRE(s.size() == 4);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == "He said \"no.\"");
  CHECK(text.substr(s[1].begin, s[1].end - s[1].begin) == "Then I left?!");
  CHECK(s[1].question);
  CHECK_FALSE(s[0].question);
  CHECK(text.substr(s[2].begin, s[2].end - s[2].begin) == "Fine;");
  CHECK(text.substr(s[3].begin, s[3].end - s[3].begin) == "next line");
  CHECK(text::split_sentences(text::tokenize("   ")).empty());
}

// ------------------------------------------------------------------ bad input
TEST_CASE("bad reflection text gets a clear error", "[mindset][errors]") {
  try {
    check("I'm fine \xC3\x28 really");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_utf8);
    CHECK(e.where() == "byte 9");
  }
  CHECK_THROWS_MATCHES(check(""), Error, Catch::Matchers::Predicate<Error>([](const Error& e) {
                         return e.code() == ErrorCode::invalid_argument;
                       }));
  CHECK_THROWS_AS(check(" \n\t "), Error);
  std::string huge(1024 * 1024 + 1, 'a');
  try {
    check(huge);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_argument);
    CHECK(e.where() == "byte 1048576");
  }
  MindsetOptions bad;
  bad.max_prompts = 0;
  CHECK_THROWS_AS(check("I'm hopeless.", bad), Error);
  bad.max_prompts = 4;
  CHECK_THROWS_AS(check("I'm hopeless.", bad), Error);
  MindsetOptions conf;
  conf.min_confidence = 1.5;
  CHECK_THROWS_AS(check("I'm hopeless.", conf), Error);
}

TEST_CASE("a text near the size limit is read in linear time, as many sentences or as one", "[mindset][errors]") {
  // Quadratic work per sentence or per candidate would make these take minutes, not a second.
  std::string many;
  while (many.size() + 15 < 1024 * 1024) many += "I'm hopeless. ";
  const auto a = check(many);
  CHECK(a.sentences == many.size() / 14);
  CHECK(a.findings.size() == a.sentences);
  std::string one;
  while (one.size() + 17 < 1024 * 1024) one += "I always ramble, ";
  const auto b = check(one);
  CHECK(b.sentences == 1);
  CHECK(b.findings.size() == 1);
  std::string quoted = "\"";
  while (quoted.size() + 17 < 1024 * 1024) quoted += "I always ramble, ";
  CHECK(check(quoted).findings.empty());
}

TEST_CASE("a long reflection is read in one pass", "[mindset][errors]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "I always ramble. The recruiter sent the agenda. ";
  const auto r = check(text);
  CHECK(r.sentences == 4000);
  CHECK(r.findings.size() == 2000);
}

// ------------------------------------------------------------------ JSON
TEST_CASE("the mindset report round-trips through JSON", "[mindset][json]") {
  const auto r = check("I'm not good at salary talks. They must think I'm incompetent. I'm fine.");
  const auto json = mindset_report_to_json(r, 2);
  const auto j = nlohmann::json::parse(json);
  CHECK(j["schema"] == "goalsmith.mindset_report/1");
  CHECK(j["findings"].size() == r.findings.size());
  CHECK(j["findings"][0]["category"] == "fixed_ability");
  CHECK(j["findings"][0]["rewrite"] == "I'm not good at salary talks yet.");
  CHECK(j["findings"][0]["goal_draft"]["verdicts"]["S"] == "met");
  CHECK(j["findings"][1]["rewrite"].is_null());
  const auto back = mindset_report_from_json(json);
  CHECK(mindset_report_to_json(back) == mindset_report_to_json(r));
}

TEST_CASE("malformed mindset JSON names the path", "[mindset][json]") {
  auto j = nlohmann::json::parse(mindset_report_to_json(check("I'm hopeless at interviews.")));
  j["findings"][0]["span"] = {5, 2};
  try {
    mindset_report_from_json(j.dump());
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_schema);
    CHECK(e.where() == "/findings/0/span");
  }
  j["findings"][0]["span"] = {0, 9999};
  CHECK_THROWS_AS(mindset_report_from_json(j.dump()), Error);
  CHECK_THROWS_AS(mindset_report_from_json("{\"schema\": "), Error);
  const auto o = mindset_options_from_json(R"({"today": "2026-11-22", "max_prompts": 2, "goal_drafts": false})");
  CHECK(o.max_prompts == 2);
  CHECK_FALSE(o.goal_drafts);
  try {
    mindset_options_from_json(R"({"max_prompts": 7})");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.where() == "/max_prompts");
  }
  CHECK_THROWS_AS(mindset_options_from_json(R"({"colour": 1})"), Error);
}

// ------------------------------------------------------------------ pack errors
TEST_CASE("a malformed mindset section fails pack loading with its path", "[mindset][pack]") {
  auto pack = nlohmann::json::parse(Pack::builtin().to_json(-1));
  auto with = [&](const std::function<void(nlohmann::json&)>& edit) {
    auto copy = pack;
    edit(copy);
    try {
      Pack::from_json(copy.dump());
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("loaded");
  };
  CHECK(with([](nlohmann::json& p) { p["mindset"]["categories"][0]["patterns"][0] = "@nosuchclass"; })
            .find("unknown class \"@nosuchclass\" (at /mindset/categories/0/patterns/0)") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["mindset"]["categories"][0]["patterns"][0] = "~2 @self"; })
            .find("must start with a word") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["mindset"]["categories"][0]["techniques"][0] = "hugs"; })
            .find("unknown technique \"hugs\"") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["mindset"]["techniques"][0]["prompts"][0] = "Say {nonsense}"; })
            .find("unknown placeholder {nonsense}") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["mindset"]["techniques"][0]["prompts"] = {"Only {skill}"}; })
            .find("may use only {trigger} and {thought}") != std::string::npos);
  // Aspect drafts come from the goal_patterns section now; the old per-aspect key is refused.
  CHECK(with([](nlohmann::json& p) { p["mindset"]["goal_drafts"]["aspects"] = nlohmann::json::object(); })
            .find("unknown key \"aspects\"") != std::string::npos);
  CHECK(with([](nlohmann::json& p) {
          p["goal_patterns"]["aspects"]["juggling"] = {{{"text", "Juggle {count} balls by {date}"}, {"count", 3}, {"days", 7}}};
        }).find("unknown aspect \"juggling\"") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["goal_patterns"]["aspects"]["behavioral"][0]["text"] = "Rehearse by {when}"; })
            .find("unknown placeholder {when}") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["goal_patterns"]["aspects"]["behavioral"].back()["when"] = {"star"}; })
            .find("fallback") != std::string::npos);
  CHECK(with([](nlohmann::json& p) { p["mindset"].erase("classes"); }).find("missing required key") !=
        std::string::npos);
  CHECK(with([](nlohmann::json&) {}) == "loaded");
}

// ------------------------------------------------------------------ measured on the dev set
namespace {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
};

std::string data_dir() { return std::string(GOALSMITH_TEST_DATA_DIR) + "/mindset/"; }

std::map<std::string, Counts> evaluate(const std::string& file, int& rows) {
  std::ifstream in(data_dir() + file);
  REQUIRE(in);
  std::map<std::string, Counts> out;
  std::string line;
  rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ++rows;
    const auto row = nlohmann::json::parse(line);
    std::set<std::string> labels, also, got;
    for (const auto& l : row["labels"]) labels.insert(l.get<std::string>());
    if (row.contains("also"))
      for (const auto& l : row["also"]) also.insert(l.get<std::string>());
    for (const auto& c : categories(row["text"].get<std::string>())) got.insert(c);
    // A category listed under "also" is an acceptable second reading: not required, not wrong.
    for (const auto& g : got)
      if (labels.count(g)) ++out[g].tp;
      else if (!also.count(g)) ++out[g].fp;
    for (const auto& l : labels)
      if (!got.count(l)) ++out[l].fn;
  }
  return out;
}

void report(const std::string& name, const std::map<std::string, Counts>& counts, int rows) {
  Counts all;
  std::ostringstream table;
  table << name << " (" << rows << " sentences)\n";
  for (const auto& [category, c] : counts) {
    table << "  " << category << ": P " << c.precision() << " R " << c.recall() << " (tp " << c.tp << ", fp "
          << c.fp << ", fn " << c.fn << ")\n";
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  table << "  all: P " << all.precision() << " R " << all.recall();
  WARN(table.str());
}

}  // namespace

TEST_CASE("dev set: every category is found with sensible precision and recall", "[mindset][devset]") {
  int rows = 0;
  const auto tune = evaluate("tune.jsonl", rows);
  CHECK(rows >= 100);
  report("tune", tune, rows);
  CHECK(tune.size() == 13);
  for (const auto& [category, c] : tune) {
    INFO(category);
    CHECK(c.precision() >= 0.9);
    CHECK(c.recall() >= 0.9);
  }
}

// heldout.jsonl was written before the rules; heldout2.jsonl after them, with new phrasings.
// Neither was used to change a rule, so their floors sit below the tune set's.
TEST_CASE("held-out sets: precision and recall stay sensible on sentences the rules were not tuned on",
          "[mindset][devset]") {
  const std::string file = GENERATE(as<std::string>{}, "heldout.jsonl", "heldout2.jsonl");
  int rows = 0;
  const auto held = evaluate(file, rows);
  CHECK(rows >= 50);
  report(file, held, rows);
  Counts all;
  for (const auto& [category, c] : held) {
    INFO(category);
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
    CHECK(c.precision() >= 0.6);
    CHECK(c.recall() >= 0.5);
  }
  CHECK(all.precision() >= 0.85);
  CHECK(all.recall() >= 0.8);
}
