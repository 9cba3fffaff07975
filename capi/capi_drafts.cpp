// The C ABI of goal drafts from feedback (capi/goalsmith.h, "goal drafts").
#include <optional>
#include <string>

#include "capi_support.hpp"
#include "goalsmith/drafts.hpp"

using goalsmith::capi::fill_buffer;
using goalsmith::capi::guarded;
using goalsmith::capi::no_options;
using goalsmith::capi::require;
using goalsmith::capi::require_empty;

namespace {

// Errors of a nested document keep their JSON path, under the name of the argument that held
// it, so a caller passing three documents knows which one was wrong.
template <typename F>
auto read_argument(const char* argument, F&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const goalsmith::Error& e) {
    // what() already ends with " (at <where>)"; the new Error keeps where() without repeating it.
    std::string message = e.what();
    const std::string suffix = " (at " + e.where() + ")";
    if (!e.where().empty() && message.size() >= suffix.size() &&
        message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0)
      message.erase(message.size() - suffix.size());
    throw goalsmith::Error(e.code(), std::string("argument '") + argument + "': " + message, e.where());
  }
}

}  // namespace

extern "C" int gs_draft_goals(gs_buffer* out, const gs_engine* engine, const char* session_json,
                              const char* template_json, const char* mindset_report_json,
                              const char* options_json) {
  return guarded("gs_draft_goals: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(session_json, "argument 'session_json' is NULL");
    const auto session =
        read_argument("session_json", [&] { return goalsmith::feedback_session_from_json(session_json); });
    std::optional<goalsmith::FeedbackTemplate> tmpl;
    if (!no_options(template_json))
      tmpl = read_argument("template_json", [&] { return goalsmith::feedback_template_from_json(template_json); });
    std::optional<goalsmith::MindsetReport> mindset;
    if (!no_options(mindset_report_json))
      mindset = read_argument("mindset_report_json",
                              [&] { return goalsmith::mindset_report_from_json(mindset_report_json); });
    goalsmith::DraftOptions options;
    if (!no_options(options_json))
      options = read_argument("options_json", [&] { return goalsmith::draft_options_from_json(options_json); });
    if (!options.today) options.today = goalsmith::Date::today();
    const auto analysis = goalsmith::analyze_feedback(engine->engine, session, tmpl ? &*tmpl : nullptr);
    const auto drafts = goalsmith::draft_goals(engine->engine, analysis, options, mindset ? &*mindset : nullptr);
    fill_buffer(out, goalsmith::goal_drafts_to_json(drafts, *options.today, analysis.session_id));
  });
}
