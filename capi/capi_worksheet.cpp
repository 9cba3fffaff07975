// goalsmith — the C ABI of the SMART goals worksheet (capi/goalsmith.h, "worksheet" section).
#include <string>

#include "capi_support.hpp"
#include "goalsmith/worksheet.hpp"

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
