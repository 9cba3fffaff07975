// goalsmith._core — SMART goal drafts from feedback (include/goalsmith/drafts.hpp). JSON in and
// out, like the rest of the binding: python/goalsmith/_drafts.py turns it into dataclasses.
#include <pybind11/pybind11.h>

#include <optional>
#include <string>

#include "_core_support.hpp"

namespace goalsmith_python {
namespace {

// The goalsmith.goal_drafts/1 document for a session (goalsmith.feedback_session/1 JSON), its
// template ("" = built-in), a reflection text ("" = none) and draft options ("" = defaults).
std::string draft_goals(const goalsmith::Engine& engine, const std::string& session_json,
                        const std::string& template_json, py::handle reflection,
                        const std::string& options_json) {
  const std::string reflection_text = reflection.is_none() ? std::string() : text_arg(reflection, "reflection");
  std::string document;
  {
    // Safe without the GIL: only C++ copies and the immutable, thread-safe Engine are used.
    py::gil_scoped_release release;
    const auto session = goalsmith::feedback_session_from_json(session_json);
    std::optional<goalsmith::FeedbackTemplate> tmpl;
    if (!template_json.empty()) tmpl = goalsmith::feedback_template_from_json(template_json);
    goalsmith::DraftOptions options;
    if (!options_json.empty()) options = goalsmith::draft_options_from_json(options_json);
    if (!options.today) options.today = goalsmith::Date::today();
    std::optional<goalsmith::MindsetReport> mindset;
    if (!reflection.is_none()) {
      goalsmith::MindsetOptions mo;
      mo.today = options.today;
      mindset = goalsmith::check_mindset(engine, reflection_text, mo);
    }
    const auto analysis = goalsmith::analyze_feedback(engine, session, tmpl ? &*tmpl : nullptr);
    const auto drafts = goalsmith::draft_goals(engine, analysis, options, mindset ? &*mindset : nullptr);
    document = goalsmith::goal_drafts_to_json(drafts, *options.today, analysis.session_id);
  }
  return document;
}

}  // namespace

void bind_drafts(py::module_& m) {
  m.def("draft_goals", &draft_goals, py::arg("engine"), py::arg("session_json"), py::arg("template_json") = "",
        py::arg("reflection") = py::none(), py::arg("options_json") = "",
        "SMART goal drafts for a feedback session as goalsmith.goal_drafts/1 JSON (spans in UTF-8 bytes).");
}

}  // namespace goalsmith_python
