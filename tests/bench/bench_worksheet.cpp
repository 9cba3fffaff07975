// Benchmarks of the SMART goals worksheet: reading the Markdown form and grading a typical
// two-goal worksheet (two SMART checks, ten justifications, the trace and the rubric), in C++
// and through the C ABI (JSON out); and of improve_goal on weak goals (a few SMART checks each,
// one per edit). Run: bash tests/bench/run.sh --benchmark_filter='worksheet|improve'

#include <benchmark/benchmark.h>

#include <goalsmith.h>
#include <goalsmith/goalsmith.hpp>

#include <cstdlib>
#include <string>

namespace {

// A typical submission: two goals, every letter argued (tests/data/worksheets/strong.md).
constexpr const char* kWorksheet = R"(# SMART goals worksheet

Learner: Ada Lovelace
Date: 2026-11-22
Feedback session: mock-2026-11-20
Feedback aspects: behavioral, communication

## Feedback

The interviewer said my answers to behavioral questions rambled and lacked a clear STAR
structure. I also used a lot of filler words when I was nervous.

## Goal 1

Goal: Rehearse 4 STAR stories about teamwork and conflict out loud by December 4.
- S: I will rehearse exactly four STAR stories, specifically about teamwork and conflict, out
  loud at my desk.
- M: I will count the stories I rehearse and tick each one off a checklist until I have 4.
- A: I have free evenings this week, and last month I already rehearsed 2 stories in one
  evening, so 4 in two weeks is realistic.
- R: The interviewer said my behavioral answers lacked the STAR structure, so this goal answers
  that feedback.
- T: The deadline is December 4, a week before my next interview.

## Goal 2: Record 3 answers to common interview questions and keep filler words to at most 3 per answer by December 11.

- S: I will record exactly three answers on my phone and focus on the filler words in each.
- M: I will count the filler words in each recording and log the number in a spreadsheet; the
  target is at most 3 per answer.
- A: I have 30 minutes every morning and a friend who can listen; I managed 2 recordings last
  week.
- R: My feedback noted too many filler words, which hurts my communication in interviews.
- T: Everything is done by December 11, before the second round.
)";

void BM_worksheet_parse_markdown(benchmark::State& state) {
  const goalsmith::Engine engine;
  for (auto _ : state) {
    goalsmith::Worksheet w = goalsmith::worksheet_from_markdown(engine, kWorksheet);
    benchmark::DoNotOptimize(w);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_worksheet_parse_markdown);

void BM_worksheet_grade_2_goals(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::Worksheet w = goalsmith::worksheet_from_markdown(engine, kWorksheet);
  for (auto _ : state) {
    goalsmith::WorksheetGrade g = goalsmith::grade_worksheet(engine, w);
    benchmark::DoNotOptimize(g);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_worksheet_grade_2_goals);

// What an LMS plugin pays per submission: Markdown in, grade JSON out, through the C ABI.
void BM_worksheet_grade_2_goals_capi(benchmark::State& state) {
  gs_engine* engine = nullptr;
  if (gs_engine_new(&engine, "en") != GS_OK) {
    state.SkipWithError("gs_engine_new failed");
    return;
  }
  for (auto _ : state) {
    gs_buffer out = GS_BUFFER_INIT;
    if (gs_worksheet_grade(&out, engine, kWorksheet, GS_NUL_TERMINATED, nullptr) != GS_OK) {
      state.SkipWithError(gs_last_error_message());
      break;
    }
    benchmark::DoNotOptimize(out.data);
    gs_buffer_dispose(&out);
  }
  gs_engine_free(engine);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_worksheet_grade_2_goals_capi);

// Weak goals that need one to four edits each; a strong one that needs none.
const char* const kWeakGoals[] = {
    "Get better at interviews.",
    "Improve my communication skills soon.",
    "Solve 3 LeetCode problems every day and explain each solution out loud.",
    "Never say um in an interview again.",
    "Land a job at a top tech company by the end of Q1.",
    "Do 25 mock interviews in the next two days.",
    "Run a half marathon by June.",
    "Rehearse 4 STAR stories about teamwork out loud by Friday.",
};

void BM_improve_goal(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::Date today{2026, 11, 22};
  std::size_t i = 0;
  for (auto _ : state) {
    goalsmith::ImprovedGoal g = goalsmith::improve_goal(engine, kWeakGoals[i], today);
    benchmark::DoNotOptimize(g);
    i = (i + 1) % (sizeof kWeakGoals / sizeof kWeakGoals[0]);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_improve_goal);

}  // namespace
