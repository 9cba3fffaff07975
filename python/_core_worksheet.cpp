// goalsmith._core — the SMART goals worksheet: parse, render, blank form and grading, as JSON
// strings that python/goalsmith/_worksheet.py turns into dataclasses.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "_core_support.hpp"
#include "goalsmith/goals.hpp"
#include "goalsmith/worksheet.hpp"

namespace goalsmith_python {
namespace {

goalsmith::GradingRubric rubric_arg(const std::string& rubric_json) {
  return rubric_json.empty() ? goalsmith::GradingRubric{} : goalsmith::grading_rubric_from_json(rubric_json);
}

std::string parse(const goalsmith::Engine& engine, py::handle text) {
  const std::string source = text_arg(text, "text");
  // Safe without the GIL: only the C++ copy and the immutable, thread-safe Engine are used.
  py::gil_scoped_release release;
  return goalsmith::worksheet_to_json(goalsmith::parse_worksheet(engine, source));
}

std::string markdown(const goalsmith::Engine& engine, py::handle worksheet) {
  const std::string source = text_arg(worksheet, "worksheet");
  py::gil_scoped_release release;  // as in parse
  return goalsmith::worksheet_to_markdown(engine, goalsmith::parse_worksheet(engine, source));
}

std::string grade(const goalsmith::Engine& engine, py::handle worksheet, const std::string& rubric_json) {
  const std::string source = text_arg(worksheet, "worksheet");
  // Safe without the GIL: the worksheet and rubric are C++ copies, the Engine is thread-safe.
  py::gil_scoped_release release;
  const auto rubric = rubric_arg(rubric_json);
  return goalsmith::worksheet_grade_to_json(
      goalsmith::grade_worksheet(engine, goalsmith::parse_worksheet(engine, source), rubric));
}

// A failure of one worksheet of grade_many, so that Python learns which one failed.
struct IndexedWorksheetError {
  std::size_t index;
  goalsmith::Error error;
};

// Grades a class set on up to `threads` threads (0 = one per core); results in input order.
std::vector<std::string> grade_many(const goalsmith::Engine& engine, py::handle worksheets,
                                    const std::string& rubric_json, int threads) {
  if (threads < 0) throw py::value_error("threads must be >= 0 (0 = one per CPU core)");
  if (PyUnicode_Check(worksheets.ptr()) || PyBytes_Check(worksheets.ptr()))
    throw py::type_error("worksheets must be a sequence of worksheets, not a single " + type_name(worksheets));
  std::vector<std::string> sources;
  for (py::handle item : py::iter(worksheets))
    sources.push_back(text_arg(item, "worksheets[" + std::to_string(sources.size()) + "]"));
  const std::size_t n = sources.size();
  std::vector<std::string> grades(n);
  std::vector<std::exception_ptr> errors(n);
  {
    // Safe without the GIL: only C++ copies and the immutable, thread-safe Engine are used
    // until the GIL is back.
    py::gil_scoped_release release;
    const auto rubric = rubric_arg(rubric_json);
    std::atomic<std::size_t> next{0};
    auto work = [&]() noexcept {
      for (std::size_t i = next++; i < n; i = next++) {
        try {
          grades[i] = goalsmith::worksheet_grade_to_json(
              goalsmith::grade_worksheet(engine, goalsmith::parse_worksheet(engine, sources[i]), rubric));
        } catch (...) {
          errors[i] = std::current_exception();
        }
      }
    };
    std::size_t workers = threads > 0 ? static_cast<std::size_t>(threads)
                                      : std::max(1U, std::thread::hardware_concurrency());
    workers = std::min(workers, n);
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!errors[i]) continue;
    try {
      std::rethrow_exception(errors[i]);
    } catch (const goalsmith::Error& e) {
      set_python_error(e, py::int_(i));
      throw py::error_already_set();
    }
  }
  return grades;
}

// improve_goal: `today` is YYYY-MM-DD or "" (local date); the context a goalsmith.improve_context/1
// document or "".
std::string improve(const goalsmith::Engine& engine, py::handle text, const std::string& today,
                    const std::string& context_json) {
  const std::string goal = text_arg(text, "text");
  // Safe without the GIL: only C++ copies and the immutable, thread-safe Engine are used.
  py::gil_scoped_release release;
  const goalsmith::ImproveContext context =
      context_json.empty() ? goalsmith::ImproveContext{} : goalsmith::improve_context_from_json(context_json);
  const std::optional<goalsmith::Date> day =
      today.empty() ? std::nullopt : std::optional<goalsmith::Date>(goalsmith::Date::from_iso(today));
  return goalsmith::improved_goal_to_json(goalsmith::improve_goal(engine, goal, day, context));
}

}  // namespace

void bind_worksheet(py::module_& m) {
  m.def("improve_goal", &improve, py::arg("engine"), py::arg("text"), py::arg("today") = "",
        py::arg("context_json") = "",
        "Rewrites a weak goal into a SMART one; goalsmith.improved_goal/1 JSON (spans in UTF-8 bytes).");
  m.def("worksheet_parse", &parse, py::arg("engine"), py::arg("text"),
        "A worksheet (JSON or the Markdown form) as goalsmith.worksheet/1 JSON.");
  m.def("worksheet_markdown", &markdown, py::arg("engine"), py::arg("worksheet"),
        "A worksheet (JSON or Markdown) as the Markdown form.");
  m.def(
      "worksheet_blank",
      [](const goalsmith::Engine& engine, int goals) { return goalsmith::worksheet_blank_markdown(engine, goals); },
      py::arg("engine"), py::arg("goals") = 2, "An empty Markdown form with `goals` goal sections.");
  m.def("worksheet_grade", &grade, py::arg("engine"), py::arg("worksheet"), py::arg("rubric_json") = "",
        "Grades a worksheet (JSON or Markdown); returns goalsmith.worksheet_grade/1 JSON (spans in UTF-8 bytes).");
  m.def("worksheet_grade_many", &grade_many, py::arg("engine"), py::arg("worksheets"), py::arg("rubric_json") = "",
        py::arg("threads") = 0, "Grades many worksheets in parallel without the GIL; grade JSON in input order.");
}

}  // namespace goalsmith_python
