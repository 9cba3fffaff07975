// The C ABI of the growth-mindset check (capi/goalsmith.h, "growth mindset").
#include <optional>
#include <string>

#include "capi_support.hpp"
#include "goalsmith/mindset.hpp"

using goalsmith::capi::fill_buffer;
using goalsmith::capi::guarded;
using goalsmith::capi::no_options;
using goalsmith::capi::require;
using goalsmith::capi::require_empty;
using goalsmith::capi::text_view;

extern "C" int gs_check_mindset(gs_buffer* out, const gs_engine* engine, const char* text, size_t len,
                                const char* options_json) {
  return guarded("gs_check_mindset: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(text, "argument 'text' is NULL");
    goalsmith::MindsetOptions options;
    if (!no_options(options_json)) options = goalsmith::mindset_options_from_json(options_json);
    const auto report = goalsmith::check_mindset(engine->engine, text_view(text, len), options);
    fill_buffer(out, goalsmith::mindset_report_to_json(report));
  });
}

extern "C" int gs_feedback_guidance(gs_buffer* out, const gs_engine* engine, const char* moment) {
  return guarded("gs_feedback_guidance: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    std::optional<goalsmith::SessionMoment> which;
    if (moment != nullptr) {
      const std::string m = moment;
      if (m == "before") which = goalsmith::SessionMoment::before;
      else if (m == "after") which = goalsmith::SessionMoment::after;
      else
        goalsmith::capi::fail_argument("argument 'moment' must be \"before\", \"after\" or NULL");
    }
    const auto prompts = goalsmith::feedback_guidance(engine->engine, which);
    fill_buffer(out, goalsmith::feedback_guidance_to_json(prompts, engine->engine.pack().locale()));
  });
}
