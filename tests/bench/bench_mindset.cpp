// Benchmarks of the growth-mindset check (docs/mindset.md): time per sentence of a reflection.
// One iteration = one typical reflection sentence (about 40-80 bytes), taken round-robin from a
// set of traps and neutral look-alikes, so Time is the time per sentence and items/s counts
// sentences per second. "no_drafts" measures detection and prompts alone; the default also
// drafts and SMART-checks a goal for findings that name a skill. Run: bash tests/bench/run.sh
// --benchmark_filter=mindset
#include <benchmark/benchmark.h>

#include <goalsmith.h>
#include <goalsmith/goalsmith.hpp>

#include <string>
#include <vector>

namespace {

const std::vector<std::string>& sentences() {
  static const std::vector<std::string> s = {
      "I'm simply not clever enough for coding rounds.",
      "The recruiter always sends the agenda the day before.",
      "I will never get through an onsite, it's going to go badly again.",
      "I can't explain Big-O clearly yet, so I'm drilling it daily.",
      "One day my team will realize I'm faking it.",
      "I got two questions wrong and now I know what to review.",
      "They must think I'm incompetent after that answer about the migration.",
      "My classmates are all ahead of me and I'm still stuck.",
      "I never code in C# these days, so I skipped that question.",
      "The praise doesn't count, the questions were easy.",
      "I always ramble when they ask about conflict.",
      "The interviewer said my answer was too long, which is fair.",
  };
  return s;
}

const goalsmith::Date kToday{2026, 11, 22};

void run(benchmark::State& state, bool drafts) {
  const goalsmith::Engine engine;
  goalsmith::MindsetOptions options;
  options.today = kToday;
  options.goal_drafts = drafts;
  const auto& all = sentences();
  std::size_t i = 0;
  for (auto _ : state) {
    auto report = goalsmith::check_mindset(engine, all[i], options);
    benchmark::DoNotOptimize(report);
    i = (i + 1) % all.size();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_mindset_sentence_no_drafts(benchmark::State& state) { run(state, false); }
void BM_mindset_sentence(benchmark::State& state) { run(state, true); }

// A whole reflection (the 12 sentences as one text) per iteration; items = sentences.
void BM_mindset_reflection_per_sentence(benchmark::State& state) {
  const goalsmith::Engine engine;
  goalsmith::MindsetOptions options;
  options.today = kToday;
  options.goal_drafts = false;
  std::string text;
  for (const auto& s : sentences()) text += s + " ";
  for (auto _ : state) {
    auto report = goalsmith::check_mindset(engine, text, options);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long>(sentences().size()));
}

// Through the C ABI, JSON out, as a PHP or LMS plugin calls it.
void BM_mindset_sentence_capi(benchmark::State& state) {
  gs_engine* engine = nullptr;
  if (gs_engine_new(&engine, "en") != GS_OK) {
    state.SkipWithError("gs_engine_new failed");
    return;
  }
  const auto& all = sentences();
  std::size_t i = 0;
  for (auto _ : state) {
    gs_buffer out = GS_BUFFER_INIT;
    gs_check_mindset(&out, engine, all[i].c_str(), all[i].size(), "{\"today\":\"2026-11-22\",\"goal_drafts\":false}");
    benchmark::DoNotOptimize(out.data);
    gs_buffer_dispose(&out);
    i = (i + 1) % all.size();
  }
  state.SetItemsProcessed(state.iterations());
  gs_engine_free(engine);
}

}  // namespace

BENCHMARK(BM_mindset_sentence_no_drafts);
BENCHMARK(BM_mindset_sentence);
BENCHMARK(BM_mindset_reflection_per_sentence);
BENCHMARK(BM_mindset_sentence_capi);
