// goalsmith._core — the growth-mindset check (include/goalsmith/mindset.hpp). JSON out, like
// the rest of the binding: python/goalsmith/_mindset.py turns it into dataclasses.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "_core_support.hpp"

namespace goalsmith_python {
namespace {

std::string check_mindset(const goalsmith::Engine& engine, py::handle text, const std::string& options_json) {
  const std::string source = text_arg(text, "text");
  std::string document;
  {
    // Safe without the GIL: `source` and the options are C++ copies and the Engine is
    // immutable and thread-safe; no Python object is touched until the GIL is back.
    py::gil_scoped_release release;
    goalsmith::MindsetOptions options;
    if (!options_json.empty()) options = goalsmith::mindset_options_from_json(options_json);
    document = goalsmith::mindset_report_to_json(goalsmith::check_mindset(engine, source, options));
  }
  return document;
}

std::string feedback_guidance(const goalsmith::Engine& engine, const std::string& moment) {
  std::optional<goalsmith::SessionMoment> which;
  if (moment == "before") which = goalsmith::SessionMoment::before;
  else if (moment == "after") which = goalsmith::SessionMoment::after;
  else if (!moment.empty()) throw py::value_error("moment must be 'before', 'after' or None, not '" + moment + "'");
  return goalsmith::feedback_guidance_to_json(goalsmith::feedback_guidance(engine, which), engine.pack().locale());
}

std::vector<std::tuple<std::string, std::string, std::string>> mindset_categories(const goalsmith::Engine& engine) {
  std::vector<std::tuple<std::string, std::string, std::string>> out;
  for (const auto& c : goalsmith::mindset_categories(engine)) out.emplace_back(c.id, c.title, c.description);
  return out;
}

}  // namespace

void bind_mindset(py::module_& m) {
  m.def("check_mindset", &check_mindset, py::arg("engine"), py::arg("text"), py::arg("options_json") = "",
        "Thinking traps of a reflection as goalsmith.mindset_report/1 JSON (spans in UTF-8 bytes).");
  m.def("feedback_guidance", &feedback_guidance, py::arg("engine"), py::arg("moment") = "",
        "Guidance for receiving feedback as goalsmith.feedback_guidance/1 JSON; moment is "
        "'before', 'after' or '' for both.");
  m.def("mindset_categories", &mindset_categories, py::arg("engine"),
        "The pack's thinking-trap categories as (id, title, description) tuples.");
}

}  // namespace goalsmith_python
