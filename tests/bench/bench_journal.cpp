// Benchmarks of the journal: progress, trends, report and the document round trip of a journal
// with 50 goals (half recurring, half counted) and 500 check-ins, 6 interviews. Run:
// bash tests/bench/run.sh --benchmark_filter=journal
#include <benchmark/benchmark.h>

#include <goalsmith/goalsmith.hpp>

#include <string>

namespace {

const goalsmith::Date kCreated{2026, 11, 2};
const goalsmith::Date kToday{2026, 12, 20};

const goalsmith::Journal& journal_50_500() {
  static const goalsmith::Journal journal = [] {
    const goalsmith::Engine engine;
    goalsmith::Journal j;
    j.created = kCreated;
    const char* texts[] = {
        "Do a mock interview 3 times a week until Jan 31",
        "Rehearse 12 STAR stories about conflict by December 31",
        "Practice 30 minutes of live coding every weekday for the next 8 weeks",
        "Send 40 applications within 6 weeks",
        "Solve 2 LeetCode problems every day until the end of the year",
    };
    for (int k = 0; k < 50; ++k) {
      goalsmith::NewGoal g;
      g.text = texts[k % 5];
      g.today = kCreated;
      j.add_goal(engine, g);
    }
    for (int k = 0; k < 500; ++k) {
      const auto& goal = j.goals()[static_cast<std::size_t>(k % 50)];
      j.check_in(goal.id, goalsmith::Date::from_days_since_epoch(kCreated.days_since_epoch() + (k * 7) % 50), 1,
                 "practised");
    }
    const char* aspects[] = {"communication", "live_coding", "behavioral", "problem_solving"};
    for (int k = 0; k < 6; ++k) {
      goalsmith::Interview i;
      i.date = goalsmith::Date::from_days_since_epoch(kCreated.days_since_epoch() + 7 * k);
      for (int a = 0; a < 4; ++a) i.ratings[aspects[a]] = goalsmith::AspectRating{double(1 + (k + a) % 4), 1, 4};
      i.improve = {aspects[k % 4], aspects[(k + 1) % 4]};
      j.add_interview(i);
    }
    return j;
  }();
  return journal;
}

void journal_progress_50_goals_500_check_ins(benchmark::State& state) {
  const auto& j = journal_50_500();
  for (auto _ : state) benchmark::DoNotOptimize(j.progress(kToday));
}
BENCHMARK(journal_progress_50_goals_500_check_ins)->Unit(benchmark::kMicrosecond);

void journal_progress_json_50_goals_500_check_ins(benchmark::State& state) {
  const auto& j = journal_50_500();
  for (auto _ : state) benchmark::DoNotOptimize(goalsmith::progress_to_json(j.progress(kToday), kToday));
}
BENCHMARK(journal_progress_json_50_goals_500_check_ins)->Unit(benchmark::kMicrosecond);

void journal_trends_50_goals_500_check_ins(benchmark::State& state) {
  const auto& j = journal_50_500();
  for (auto _ : state) benchmark::DoNotOptimize(j.trends(kToday));
}
BENCHMARK(journal_trends_50_goals_500_check_ins)->Unit(benchmark::kMicrosecond);

void journal_report_markdown_50_goals(benchmark::State& state) {
  const auto& j = journal_50_500();
  const goalsmith::Engine engine;
  for (auto _ : state) benchmark::DoNotOptimize(goalsmith::journal_report(j, engine, kToday));
}
BENCHMARK(journal_report_markdown_50_goals)->Unit(benchmark::kMicrosecond);

void journal_json_round_trip_50_goals_500_check_ins(benchmark::State& state) {
  const auto& j = journal_50_500();
  for (auto _ : state) benchmark::DoNotOptimize(goalsmith::journal_from_json(goalsmith::journal_to_json(j)));
}
BENCHMARK(journal_json_round_trip_50_goals_500_check_ins)->Unit(benchmark::kMicrosecond);

}  // namespace
