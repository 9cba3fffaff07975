// goalsmith._core — the journal (goalsmith::Journal) for python/goalsmith/_journal.py.
//
// As for the SMART check, the surface is string-based: changes go in as goalsmith.journal_op/1
// JSON, and the journal, progress and trends come out as their JSON documents, which the
// Python package turns into dataclasses.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

#include "_core_support.hpp"
#include "goalsmith/goalsmith.hpp"

namespace goalsmith_python {
namespace {

goalsmith::Date date_arg(const std::string& iso) {
  return iso.empty() ? goalsmith::Date::today() : goalsmith::Date::from_iso(iso);
}

}  // namespace

void bind_journal(py::module_& m) {
  py::class_<goalsmith::Journal>(m, "Journal", "A learner's journal (private: use goalsmith.Journal).")
      .def(py::init([](const std::optional<std::string>& learner, const std::string& created) {
             goalsmith::Journal j;
             j.learner = learner;
             j.created = date_arg(created);
             return j;
           }),
           py::arg("learner") = py::none(), py::arg("created") = "",
           "Empty journal; created is YYYY-MM-DD or \"\" for the local date.")
      .def_static(
          "from_json",
          [](py::handle json, const goalsmith::Engine& engine) {
            const std::string text = text_arg(json, "json");
            // An older layout is migrated, as load() does for a file.
            return goalsmith::journal_from_json(goalsmith::migrate_journal_json(text, engine));
          },
          py::arg("json"), py::arg("engine"), "Journal from its JSON document (older layouts migrated).")
      .def_static(
          "load",
          [](const std::string& path, const goalsmith::Engine& engine) {
            py::gil_scoped_release release;  // file I/O and parsing only touch C++ copies
            return goalsmith::load_journal(path, engine);
          },
          py::arg("path"), py::arg("engine"), "Reads a journal file; the file is never changed.")
      .def(
          "save",
          [](const goalsmith::Journal& j, const std::string& path) {
            // Safe without the GIL: `j` is kept alive by the caller's reference and Python code
            // cannot change it during the call (the only mutator, apply, needs the GIL).
            py::gil_scoped_release release;
            goalsmith::save_journal(j, path);
          },
          py::arg("path"), "Writes the journal atomically (temp file, fsync, rename).")
      .def("to_json", [](const goalsmith::Journal& j) { return goalsmith::journal_to_json(j); },
           "The goalsmith.journal/1 document.")
      .def(
          "apply",
          [](goalsmith::Journal& j, const goalsmith::Engine& engine, py::handle op) {
            return goalsmith::apply_journal_op(j, engine, text_arg(op, "op"));
          },
          py::arg("engine"), py::arg("op"), "Applies one goalsmith.journal_op/1 change; returns the item JSON.")
      .def(
          "progress_json",
          [](const goalsmith::Journal& j, const std::string& today) {
            const goalsmith::Date date = date_arg(today);
            return goalsmith::progress_to_json(j.progress(date), date);
          },
          py::arg("today") = "", "Progress of every goal as goalsmith.progress/1 JSON.")
      .def(
          "trends_json",
          [](const goalsmith::Journal& j, const std::string& today) {
            const goalsmith::Date date = date_arg(today);
            return goalsmith::trends_to_json(j.trends(date), date);
          },
          py::arg("today") = "", "Trends as goalsmith.trends/1 JSON.")
      .def(
          "report",
          [](const goalsmith::Journal& j, const goalsmith::Engine& engine, const std::string& today,
             const std::string& format) {
            if (format != "markdown" && format != "html")
              throw goalsmith::Error(goalsmith::ErrorCode::invalid_argument,
                                     "format must be \"markdown\" or \"html\", not \"" + format + "\"");
            return goalsmith::journal_report(j, engine, date_arg(today),
                                             format == "html" ? goalsmith::ReportFormat::html
                                                              : goalsmith::ReportFormat::markdown);
          },
          py::arg("engine"), py::arg("today") = "", py::arg("format") = "markdown",
          "The summary report in Markdown or HTML.");
}

}  // namespace goalsmith_python
