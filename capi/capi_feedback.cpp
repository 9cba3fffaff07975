// goalsmith — the C ABI of feedback templates, sessions and analysis (capi/goalsmith.h,
// "Feedback"). Requests are JSON documents read by the same code as the Python binding and
// `goalsmith batch` (src/feedback/requests.hpp).
#include "capi_support.hpp"
#include "feedback/requests.hpp"
#include "goalsmith/feedback.hpp"
#include "packs/json_reader.hpp"

using goalsmith::capi::fill_buffer;
using goalsmith::capi::guarded;
using goalsmith::capi::require;
using goalsmith::capi::require_empty;
using goalsmith::capi::text_view;

namespace {

goalsmith::packs::Json request_document(const char* json, size_t len, const char* what) {
  return goalsmith::packs::parse_json(text_view(json, len), what);
}

// The common shape of the request functions: check arguments, read the request, answer it.
template <typename Answer>
int request_call(const char* name, gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len,
                 const char* what, Answer&& answer) {
  return guarded(name, [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(request_json, "argument 'request_json' is NULL");
    const goalsmith::packs::Json document = request_document(request_json, len, what);
    fill_buffer(out, answer(engine->engine, goalsmith::packs::JsonReader(document, "")));
  });
}

}  // namespace

extern "C" int gs_feedback_template_default(gs_buffer* out, const gs_engine* engine) {
  return guarded("gs_feedback_template_default: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    fill_buffer(out, goalsmith::feedback_template_to_json(goalsmith::default_feedback_template(engine->engine)));
  });
}

extern "C" int gs_feedback_scales(gs_buffer* out, const gs_engine* engine) {
  return guarded("gs_feedback_scales: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    fill_buffer(out, goalsmith::feedback::scales_to_json(goalsmith::feedback_scales(engine->engine)));
  });
}

extern "C" int gs_feedback_template_validate(gs_buffer* out, const char* template_json, size_t len) {
  return guarded("gs_feedback_template_validate: ", [&] {
    if (out) require_empty(out);
    require(template_json, "argument 'template_json' is NULL");
    const goalsmith::FeedbackTemplate t = goalsmith::feedback_template_from_json(text_view(template_json, len));
    if (out) fill_buffer(out, goalsmith::feedback_template_to_json(t));
  });
}

extern "C" int gs_feedback_session_validate(gs_buffer* out, const char* session_json, size_t len) {
  return guarded("gs_feedback_session_validate: ", [&] {
    if (out) require_empty(out);
    require(session_json, "argument 'session_json' is NULL");
    const goalsmith::FeedbackSession s = goalsmith::feedback_session_from_json(text_view(session_json, len));
    if (out) fill_buffer(out, goalsmith::feedback_session_to_json(s));
  });
}

extern "C" int gs_feedback_recommend(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len) {
  return request_call("gs_feedback_recommend: ", out, engine, request_json, len, "feedback request",
                      [](const goalsmith::Engine& e, const goalsmith::packs::JsonReader& r) {
                        return goalsmith::feedback::recommend_request(e, r);
                      });
}

extern "C" int gs_feedback_analyze(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len) {
  return request_call("gs_feedback_analyze: ", out, engine, request_json, len, "feedback request",
                      [](const goalsmith::Engine& e, const goalsmith::packs::JsonReader& r) {
                        return goalsmith::feedback::analyze_request(e, r);
                      });
}

extern "C" int gs_feedback_analyze_history(gs_buffer* out, const gs_engine* engine, const char* request_json,
                                           size_t len) {
  return request_call("gs_feedback_analyze_history: ", out, engine, request_json, len, "feedback request",
                      [](const goalsmith::Engine& e, const goalsmith::packs::JsonReader& r) {
                        return goalsmith::feedback::history_request(e, r);
                      });
}

extern "C" int gs_feedback_render(gs_buffer* out, const gs_engine* engine, const char* request_json, size_t len) {
  return request_call("gs_feedback_render: ", out, engine, request_json, len, "feedback request",
                      [](const goalsmith::Engine& e, const goalsmith::packs::JsonReader& r) {
                        return goalsmith::feedback::render_request(e, r);
                      });
}
