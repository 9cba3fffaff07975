// goalsmith._core — the pybind11 binding under the pure-Python package `goalsmith`.
//
// The surface is deliberately small and string-based: options go in and reports come out as
// JSON documents, which python/goalsmith/ turns into dataclasses (with spans converted from
// UTF-8 byte offsets to string indices). Keeping conversion in Python keeps this file free of
// per-field glue and the JSON schema the single contract between the two layers.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "_core_support.hpp"
#include "cli.hpp"
#include "goalsmith/goalsmith.hpp"

namespace py = pybind11;

namespace {

using namespace goalsmith_python;

// A goalsmith::Error from one item of check_goals, so that Python learns which item failed.
struct IndexedError {
  std::size_t index;
  goalsmith::Error error;
};

goalsmith::CheckOptions options_arg(const std::string& options_json) {
  if (options_json.empty()) return {};
  return goalsmith::check_options_from_json(options_json);
}

std::string check_one(const goalsmith::Engine& engine, py::handle text,
                      const std::string& options_json) {
  const std::string goal = text_arg(text, "text");
  std::string report;
  {
    // Safe without the GIL: `goal` and the options are C++ copies, the Engine is immutable and
    // thread-safe, and `self` is kept alive by the caller's reference for the whole call.
    py::gil_scoped_release release;
    report = goalsmith::report_to_json(engine.check_goal(goal, options_arg(options_json)));
  }
  return report;
}

// Checks every text on up to `threads` threads. The binding keeps its own small work queue
// rather than calling Engine::check_goals so that (1) serializing each report to JSON also runs
// in parallel and (2) a failure can name the index of the goal that failed (the lowest one, so
// the answer does not depend on scheduling).
std::vector<std::string> check_many(const goalsmith::Engine& engine, py::handle texts,
                                    const std::string& options_json, int threads) {
  if (threads < 0) throw py::value_error("threads must be >= 0 (0 = one per CPU core)");
  if (PyUnicode_Check(texts.ptr()) || PyBytes_Check(texts.ptr())) {
    throw py::type_error("texts must be a sequence of goals, not a single " + type_name(texts));
  }
  std::vector<std::string> goals;
  {
    std::size_t i = 0;
    for (py::handle item : py::iter(texts)) {
      goals.push_back(text_arg(item, "texts[" + std::to_string(i) + "]"));
      ++i;
    }
  }

  const std::size_t n = goals.size();
  std::vector<std::string> reports(n);
  std::vector<std::exception_ptr> errors(n);
  {
    // Safe without the GIL: from here on only C++ copies (`goals`, the parsed options) and the
    // immutable, thread-safe Engine are used; no Python object is touched until the GIL is back.
    py::gil_scoped_release release;
    const goalsmith::CheckOptions options = options_arg(options_json);
    std::atomic<std::size_t> next{0};
    auto work = [&]() noexcept {
      for (std::size_t i = next++; i < n; i = next++) {
        try {
          reports[i] = goalsmith::report_to_json(engine.check_goal(goals[i], options));
        } catch (...) {
          errors[i] = std::current_exception();
        }
      }
    };
    std::size_t workers = threads > 0 ? static_cast<std::size_t>(threads)
                                      : std::max(1U, std::thread::hardware_concurrency());
    workers = std::min(workers, n);
    std::vector<std::thread> pool;
    if (workers > 1) {
      pool.reserve(workers - 1);
      for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    }
    work();  // the calling thread works too
    for (std::thread& t : pool) t.join();
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!errors[i]) continue;
    try {
      std::rethrow_exception(errors[i]);
    } catch (const goalsmith::Error& e) {
      throw IndexedError{i, e};
    }
  }
  return reports;
}

// The goalsmith.time/1 document of `text`, resolved against `today` ("" = local today) and the
// options document (goalsmith.time_options/1: now, week_start; "" = none).
std::string parse_time(const goalsmith::Engine& engine, py::handle text, const std::string& today,
                       const std::string& options_json) {
  const std::string source = text_arg(text, "text");
  std::string document;
  {
    // Safe without the GIL: only C++ copies and the immutable, thread-safe Engine are used.
    py::gil_scoped_release release;
    goalsmith::TimeOptions options;
    if (!options_json.empty()) options = goalsmith::time_options_from_json(options_json);
    if (!today.empty()) options.today = goalsmith::Date::from_iso(today);
    if (!options.today) options.today = goalsmith::Date::today();
    document = goalsmith::time_expressions_to_json(engine.parse_time(source, options), source, *options.today);
  }
  return document;
}

int run_cli(const std::vector<std::string>& args) {
  int status = 0;
  {
    // Safe without the GIL: the CLI uses only the C++ standard streams and its own Engine.
    // Releasing it lets other Python threads run while `batch` waits on stdin.
    py::gil_scoped_release release;
    status = goalsmith::cli::run(args, std::cin, std::cout, std::cerr);
    // Python writes to the same file descriptors through its own buffers: flush ours now.
    std::cout.flush();
    std::cerr.flush();
  }
  return status;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "Compiled core of goalsmith (private: use the goalsmith package).";

  // Fail at import, not at the first error, if the exception module is missing.
  py::module_::import("goalsmith._errors");
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const IndexedError& e) {
      set_python_error(e.error, py::int_(e.index));
    } catch (const goalsmith::Error& e) {
      set_python_error(e, py::none());
    }
  });

  py::class_<goalsmith::Engine>(m, "Engine",
                                "A compiled language pack; immutable and thread-safe.")
      .def(py::init([](const std::string& locale) {
             return goalsmith::Engine(goalsmith::Pack::builtin(locale));
           }),
           py::arg("locale") = "en", "Engine over the built-in pack for `locale`.")
      .def_static(
          "from_pack_json",
          [](const std::string& json) { return goalsmith::Engine(goalsmith::Pack::from_json(json)); },
          py::arg("json"), "Engine over a pack given as a JSON document.")
      .def_static(
          "from_pack_file",
          [](const std::string& path) { return goalsmith::Engine(goalsmith::Pack::from_file(path)); },
          py::arg("path"), "Engine over a pack read from a JSON file.")
      .def_property_readonly("locale",
                             [](const goalsmith::Engine& e) { return e.pack().locale(); })
      .def("aspect_ids", [](const goalsmith::Engine& e) { return e.pack().aspect_ids(); },
           "Aspect ids of the pack (valid focus values).")
      .def("pack_json", [](const goalsmith::Engine& e) { return e.pack().to_json(); },
           "The pack's JSON document (a starting point for a custom pack).")
      .def("demo_goals", [](const goalsmith::Engine& e) { return e.pack().demo_goals(); },
           "The pack's sample goals, weak and strong.")
      .def("check_goal", &check_one, py::arg("text"), py::arg("options_json") = "",
           "Checks one goal; returns the report JSON (spans in UTF-8 bytes).")
      .def("check_goals", &check_many, py::arg("texts"), py::arg("options_json") = "",
           py::arg("threads") = 0,
           "Checks many goals in parallel without the GIL; returns report JSON in input order.")
      .def("parse_time", &parse_time, py::arg("text"), py::arg("today") = "", py::arg("options_json") = "",
           "Time expressions of a text as goalsmith.time/1 JSON (spans in UTF-8 bytes); today is "
           "YYYY-MM-DD or \"\" for the local date; options_json is a goalsmith.time_options/1 "
           "document (now, week_start) or \"\".");

  goalsmith_python::bind_worksheet(m);
  bind_mindset(m);
  bind_drafts(m);
  goalsmith_python::bind_feedback(m);

  m.def(
      "criterion_from_name",
      [](const std::string& name) -> std::optional<std::string> {
        if (const auto c = goalsmith::criterion_from_name(name)) return goalsmith::to_string(*c);
        return std::nullopt;
      },
      py::arg("name"), "Criterion id for a name, letter or alias; None if unknown.");
  m.def("builtin_locales", &goalsmith::Pack::builtin_locales, "Locales of the built-in packs.");
  m.def("run_cli", &run_cli, py::arg("args"), "Runs the goalsmith command line; returns the exit status.");
  m.def("version", [] { return std::string(goalsmith::version_string()); },
        "Version of the compiled library.");

  goalsmith_python::bind_journal(m);
}
