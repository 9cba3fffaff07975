// goalsmith._core — feedback templates, sessions and analysis (include/goalsmith/feedback.hpp).
// JSON in and out, like the rest of the binding: the requests are read by the same code as
// the C ABI's (src/feedback/requests.hpp) and python/goalsmith/_feedback.py turns the answers
// into dataclasses.
#include <pybind11/pybind11.h>

#include <string>

#include "_core_support.hpp"
#include "goalsmith/feedback.hpp"

namespace goalsmith_python {
namespace {

std::string feedback_request(const goalsmith::Engine& engine, const std::string& op, py::handle request) {
  const std::string json = text_arg(request, "request_json");
  goalsmith::FeedbackOp which = goalsmith::FeedbackOp::analyze;
  if (op == "history") which = goalsmith::FeedbackOp::history;
  else if (op == "recommend") which = goalsmith::FeedbackOp::recommend;
  else if (op == "render") which = goalsmith::FeedbackOp::render;
  else if (op != "analyze")
    throw py::value_error("op must be 'analyze', 'history', 'recommend' or 'render', not '" + op + "'");
  std::string answer;
  {
    // Safe without the GIL: `json` is a C++ copy and the Engine is immutable and thread-safe;
    // no Python object is touched until the GIL is back.
    py::gil_scoped_release release;
    answer = goalsmith::feedback_request(engine, which, json);
  }
  return answer;
}

}  // namespace

void bind_feedback(py::module_& m) {
  m.def(
      "feedback_template_default",
      [](const goalsmith::Engine& engine) {
        return goalsmith::feedback_template_to_json(goalsmith::default_feedback_template(engine));
      },
      py::arg("engine"), "The pack's built-in feedback template as goalsmith.feedback_template/1 JSON.");
  m.def(
      "feedback_scales",
      [](const goalsmith::Engine& engine) {
        return goalsmith::feedback_scales_to_json(goalsmith::feedback_scales(engine));
      },
      py::arg("engine"), "The pack's rating scales as a JSON array.");
  m.def(
      "feedback_template_validate",
      [](py::handle json) {
        return goalsmith::feedback_template_to_json(
            goalsmith::feedback_template_from_json(text_arg(json, "template_json")));
      },
      py::arg("template_json"), "Validates a template document; returns it in normal form.");
  m.def(
      "feedback_session_validate",
      [](py::handle json) {
        return goalsmith::feedback_session_to_json(goalsmith::feedback_session_from_json(text_arg(json, "session_json")));
      },
      py::arg("session_json"), "Validates a session document; returns it in normal form.");
  m.def("feedback_request", &feedback_request, py::arg("engine"), py::arg("op"), py::arg("request_json"),
        "Answers a goalsmith.feedback_request/1 document: op 'analyze', 'history', 'recommend' "
        "(JSON answers, spans in UTF-8 bytes) or 'render' (the rendered text).");
}

}  // namespace goalsmith_python
