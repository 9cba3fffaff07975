// goalsmith._core — helpers shared by the binding's files (python/_core*.cpp). Not installed.
//
// Each area of the library binds its functions in its own file, through a `bind_<area>`
// function declared below and called once from PYBIND11_MODULE in _core.cpp, after the Engine
// class is registered (so functions can take a goalsmith::Engine argument).
#pragma once

#include <pybind11/pybind11.h>

#include <string>

#include "goalsmith/goalsmith.hpp"

namespace goalsmith_python {

namespace py = pybind11;

// Raises the Python exception for `e`. The classes live in goalsmith/_errors.py (so they are
// ordinary, documented Python classes with several bases, e.g. InvalidUTF8Error is also a
// ValueError); _errors._make_error picks the class from the code name.
inline void set_python_error(const goalsmith::Error& e, const py::object& index) {
  const py::object make = py::module_::import("goalsmith._errors").attr("_make_error");
  const py::object exc = make(goalsmith::error_code_name(e.code()), e.what(), e.where(), index);
  PyErr_SetObject(py::type::handle_of(exc).ptr(), exc.ptr());
}

inline std::string type_name(py::handle obj) {
  return py::str(py::type::handle_of(obj).attr("__name__")).cast<std::string>();
}

// Goal text from Python: a str, or bytes holding UTF-8. A str with lone surrogates cannot be
// UTF-8; it is encoded with "surrogatepass" so that the core rejects it like any other invalid
// UTF-8, with the byte offset, instead of pybind11 failing the call with a generic TypeError.
inline std::string text_arg(py::handle obj, const std::string& what) {
  if (PyUnicode_Check(obj.ptr())) {
    Py_ssize_t size = 0;
    if (const char* utf8 = PyUnicode_AsUTF8AndSize(obj.ptr(), &size)) {
      return std::string(utf8, static_cast<std::size_t>(size));
    }
    PyErr_Clear();
    const auto raw = py::reinterpret_steal<py::object>(
        PyUnicode_AsEncodedString(obj.ptr(), "utf-8", "surrogatepass"));
    if (!raw) throw py::error_already_set();
    return raw.cast<std::string>();
  }
  if (PyBytes_Check(obj.ptr())) return py::reinterpret_borrow<py::bytes>(obj).cast<std::string>();
  throw py::type_error(what + " must be str or bytes, not " + type_name(obj));
}

// ------------------------------------------------------------------ per-area bindings

void bind_worksheet(py::module_& m);  // _core_worksheet.cpp
/// The growth-mindset check (_core_mindset.cpp).
void bind_mindset(py::module_& m);
/// SMART goal drafts from feedback (_core_drafts.cpp).
void bind_drafts(py::module_& m);
/// Feedback templates, sessions and analysis (_core_feedback.cpp).
void bind_feedback(py::module_& m);
/// goalsmith._core.Journal (_core_journal.cpp).
void bind_journal(py::module_& m);

}  // namespace goalsmith_python
