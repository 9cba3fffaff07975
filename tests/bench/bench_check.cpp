// Benchmarks of the SMART check (DESIGN.md "Performance budget"): a typical goal is one sentence
// of about 90 bytes; budget on one core: full check <= 5 us median in C++, time-expression
// extraction <= 2 us, engine creation from the built-in pack <= 1 ms.
//
// Each benchmark walks the same set of typical goals, one goal per iteration: Time is the time
// per goal, items/s the goals per second. Run: bash tests/bench/run.sh
#include <benchmark/benchmark.h>

#include <goalsmith.h>
#include <goalsmith/goalsmith.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// Typical goals of about 90 bytes: strong, weak, vague, recurring, unrealistic, past deadlines,
// irrelevant. Inputs for timing only; their verdicts are tested elsewhere.
const std::vector<std::string>& typical_goals() {
  static const std::vector<std::string> goals = {
      "Rehearse 4 STAR stories about teamwork and conflict with a friend by Friday, December 4",
      "Do 3 mock interviews for backend roles within the next 3 weeks and record feedback after each",
      "Practice answering behavioral questions out loud for 45 minutes a day until December 18",
      "Apply to 10 product manager jobs every week for the next two months using a tailored resume",
      "Get better at interviews and be more confident when I talk to recruiters and hiring managers",
      "Work on my communication skills and improve my answers so that I do stuff better somehow",
      "Solve 2 LeetCode medium problems every weekday before breakfast until the end of Q1 2027",
      "Do 40 mock interviews every day for the next week so that I never make a single mistake",
      "Get an offer from Google by tomorrow and make sure every interviewer loves all my answers",
      "Send a thank-you email within 24 hours after each of my 5 interviews by November 10, 2026",
      "Learn to bake sourdough bread twice a week over the next two months for my family on Sunday",
      "Write 3 questions to ask the interviewer about team culture for each company before 12/9",
  };
  return goals;
}

const goalsmith::Date kToday{2026, 11, 22};

goalsmith::CheckOptions typical_options() {
  goalsmith::CheckOptions options;
  options.today = kToday;
  options.focus = {"communication"};
  return options;
}

constexpr const char* kOptionsJson = R"({"today":"2026-11-22","focus":["communication"]})";

// One iteration = one goal, taken round-robin from the set: the Time column is the time per
// goal and items/s counts goals per second.
void finish(benchmark::State& state) { state.SetItemsProcessed(state.iterations()); }

void BM_check_goal_cpp(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::CheckOptions options = typical_options();
  const auto& goals = typical_goals();
  std::size_t i = 0;
  for (auto _ : state) {
    goalsmith::SmartReport report = engine.check_goal(goals[i], options);
    benchmark::DoNotOptimize(report);
    i = (i + 1) % goals.size();
  }
  finish(state);
}
BENCHMARK(BM_check_goal_cpp);

// The C ABI does more than the C++ call: it parses the options JSON and serializes the report
// to JSON on every call, which is what a C caller pays.
void BM_check_goal_capi(benchmark::State& state) {
  gs_engine* engine = nullptr;
  if (gs_engine_new(&engine, "en") != 0) {
    state.SkipWithError(gs_last_error_message());
    return;
  }
  const auto& goals = typical_goals();
  std::size_t i = 0;
  for (auto _ : state) {
    gs_buffer out = GS_BUFFER_INIT;
    const int status = gs_check_goal(&out, engine, goals[i].data(), goals[i].size(), kOptionsJson);
    if (status != 0) {
      state.SkipWithError(gs_last_error_message());
      break;
    }
    benchmark::DoNotOptimize(out);
    gs_buffer_dispose(&out);
    i = (i + 1) % goals.size();
  }
  gs_engine_free(engine);
  finish(state);
}
BENCHMARK(BM_check_goal_capi);

// Parsing and compiling the built-in pack's JSON: the real cost of a new engine over a pack.
void BM_engine_from_pack_json(benchmark::State& state) {
  // One line, as the built-in pack is embedded: what Pack::builtin() compiles on first use.
  const std::string json = goalsmith::Pack::builtin().to_json(-1);
  for (auto _ : state) {
    goalsmith::Engine engine(goalsmith::Pack::from_json(json));
    benchmark::DoNotOptimize(engine);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(json.size()));
}
BENCHMARK(BM_engine_from_pack_json)->Unit(benchmark::kMicrosecond);

// Engine() over the built-in pack, which is compiled once per process and then shared.
void BM_engine_builtin_cached(benchmark::State& state) {
  for (auto _ : state) {
    goalsmith::Engine engine;
    benchmark::DoNotOptimize(engine);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_engine_builtin_cached);

void BM_report_to_json(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::CheckOptions options = typical_options();
  std::vector<goalsmith::SmartReport> reports;
  for (const std::string& goal : typical_goals()) reports.push_back(engine.check_goal(goal, options));
  std::size_t i = 0;
  for (auto _ : state) {
    std::string json = goalsmith::report_to_json(reports[i]);
    benchmark::DoNotOptimize(json);
    i = (i + 1) % reports.size();
  }
  finish(state);
}
BENCHMARK(BM_report_to_json);

void BM_parse_time(benchmark::State& state) {
  const goalsmith::Engine engine;
  const auto& goals = typical_goals();
  std::size_t i = 0;
  for (auto _ : state) {
    auto expressions = engine.parse_time(goals[i], kToday);
    benchmark::DoNotOptimize(expressions);
    i = (i + 1) % goals.size();
  }
  finish(state);
}
BENCHMARK(BM_parse_time);

}  // namespace

BENCHMARK_MAIN();
