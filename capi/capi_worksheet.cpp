// goalsmith — the C ABI of the SMART goals worksheet and of improve_goal (capi/goalsmith.h).
#include <optional>
#include <string>

#include "capi_support.hpp"
#include "goalsmith/goals.hpp"
#include "goalsmith/worksheet.hpp"
#include "packs/json_reader.hpp"

using goalsmith::capi::fill_buffer;
using goalsmith::capi::guarded;
using goalsmith::capi::no_options;
using goalsmith::capi::require;
using goalsmith::capi::require_empty;
using goalsmith::capi::text_view;

extern "C" int gs_worksheet_parse(gs_buffer* out, const gs_engine* engine, const char* text, size_t len) {
  return guarded("gs_worksheet_parse: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(text, "argument 'text' is NULL");
    fill_buffer(out, goalsmith::worksheet_to_json(goalsmith::parse_worksheet(engine->engine, text_view(text, len))));
  });
}

extern "C" int gs_worksheet_markdown(gs_buffer* out, const gs_engine* engine, const char* worksheet, size_t len) {
  return guarded("gs_worksheet_markdown: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(worksheet, "argument 'worksheet' is NULL");
    const auto w = goalsmith::parse_worksheet(engine->engine, text_view(worksheet, len));
    fill_buffer(out, goalsmith::worksheet_to_markdown(engine->engine, w));
  });
}

extern "C" int gs_worksheet_blank(gs_buffer* out, const gs_engine* engine, int goals) {
  return guarded("gs_worksheet_blank: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    fill_buffer(out, goalsmith::worksheet_blank_markdown(engine->engine, goals));
  });
}

extern "C" int gs_worksheet_grade(gs_buffer* out, const gs_engine* engine, const char* worksheet, size_t len,
                                  const char* rubric_json) {
  return guarded("gs_worksheet_grade: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(worksheet, "argument 'worksheet' is NULL");
    const goalsmith::GradingRubric rubric =
        no_options(rubric_json) ? goalsmith::GradingRubric{} : goalsmith::grading_rubric_from_json(rubric_json);
    const auto w = goalsmith::parse_worksheet(engine->engine, text_view(worksheet, len));
    fill_buffer(out, goalsmith::worksheet_grade_to_json(goalsmith::grade_worksheet(engine->engine, w, rubric)));
  });
}

// ------------------------------------------------------------------------------ improve_goal

extern "C" int gs_improve_goal(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                               const char* options_json) {
  return guarded("gs_improve_goal: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(text, "argument 'text' is NULL");
    std::optional<goalsmith::Date> today;
    goalsmith::ImproveContext context;
    if (!no_options(options_json)) {
      // The improve context plus the reference date, which the C++ API takes as an argument.
      goalsmith::packs::Json document = goalsmith::packs::parse_json(options_json, "improve options");
      const goalsmith::packs::JsonReader root(document, "");
      root.expect_object({"schema", "today", "focus", "deadline", "window_days"});
      if (const auto t = root.find("today"); t && !t->json().is_null()) today = t->iso_date();
      document.erase("today");
      context = goalsmith::improve_context_from_json(document.dump());
    }
    fill_buffer(out, goalsmith::improved_goal_to_json(goalsmith::improve_goal(engine->engine, text_view(text, len), today, context)));
  });
}
