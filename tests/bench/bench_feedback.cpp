// Benchmarks of the feedback analysis (docs/feedback.md): one session of three answers with a
// sentence or two of notes each (~450 bytes of notes), analyzed per iteration, in C++ and
// through the C ABI (request JSON in, analysis JSON out); the recommendation with a free-text
// concern and a history of two sessions; a worksheet rendered as HTML.
#include <benchmark/benchmark.h>

#include <goalsmith.h>
#include <goalsmith/goalsmith.hpp>

#include <string>
#include <vector>

namespace {

goalsmith::SessionAnswer answer(const char* id, const char* notes, int rating = 0) {
  goalsmith::SessionAnswer a;
  a.question_id = id;
  a.notes = notes;
  if (rating > 0) a.rating = goalsmith::Rating{rating, false};
  return a;
}

goalsmith::FeedbackSession typical_session(const char* id = "bench-1", const char* date = "2026-11-20") {
  goalsmith::FeedbackSession s;
  s.id = id;
  s.date = goalsmith::Date::from_iso(date);
  s.template_id = "goalsmith.default";
  s.answers = {
      answer("lc_clarify",
             "You started coding before clarifying the requirements. Once you had a plan you explained your "
             "approach clearly, but you didn't test the edge cases.",
             2),
      answer("cm_pace", "Maybe slow down a bit when you walk me through the complexity. Good structure overall."),
      answer("bh_structure", "Great STAR structure, but the result was vague and you said we instead of I."),
  };
  s.overall_rating = goalsmith::Rating{2, false};
  s.strengths = "Calm under pressure, friendly and well prepared.";
  s.improvements = "Test with edge cases before saying you are done.";
  return s;
}

void BM_analyze_feedback_cpp(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::FeedbackSession session = typical_session();
  for (auto _ : state) benchmark::DoNotOptimize(goalsmith::analyze_feedback(engine, session));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_analyze_feedback_cpp);

void BM_analyze_feedback_to_json(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::FeedbackSession session = typical_session();
  for (auto _ : state)
    benchmark::DoNotOptimize(goalsmith::feedback_analysis_to_json(goalsmith::analyze_feedback(engine, session)));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_analyze_feedback_to_json);

// The LMS path: session JSON in, analysis JSON out.
void BM_analyze_feedback_capi(benchmark::State& state) {
  gs_engine* engine = nullptr;
  if (gs_engine_new(&engine, "en") != GS_OK) {
    state.SkipWithError("gs_engine_new failed");
    return;
  }
  const std::string request = "{\"session\":" + goalsmith::feedback_session_to_json(typical_session()) + "}";
  for (auto _ : state) {
    gs_buffer out = GS_BUFFER_INIT;
    if (gs_feedback_analyze(&out, engine, request.data(), request.size()) != GS_OK) {
      state.SkipWithError(gs_last_error_message());
      break;
    }
    benchmark::DoNotOptimize(out.data);
    gs_buffer_dispose(&out);
  }
  state.SetItemsProcessed(state.iterations());
  gs_engine_free(engine);
}
BENCHMARK(BM_analyze_feedback_capi);

void BM_recommend_questions(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::FeedbackTemplate tmpl = goalsmith::default_feedback_template(engine);
  const std::vector<goalsmith::FeedbackSession> history = {typical_session("h1", "2026-11-06"),
                                                           typical_session("h2", "2026-11-13")};
  const std::vector<std::string> concerns = {"I freeze on coding questions"};
  for (auto _ : state) benchmark::DoNotOptimize(goalsmith::recommend_questions(engine, tmpl, concerns, history, 3));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_recommend_questions);

void BM_render_worksheet_html(benchmark::State& state) {
  const goalsmith::Engine engine;
  const goalsmith::FeedbackTemplate tmpl = goalsmith::default_feedback_template(engine);
  const std::vector<std::string> ids = {"lc_clarify", "cm_pace", "ov_hire"};
  for (auto _ : state)
    benchmark::DoNotOptimize(goalsmith::render_worksheet(engine, tmpl, ids, goalsmith::RenderFormat::html));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_render_worksheet_html);

}  // namespace
