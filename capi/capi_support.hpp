// goalsmith — internal support shared by the C ABI's implementation files (capi/*.cpp).
//
// Every exported function is a thin wrapper: check arguments, call the C++ API inside
// `guarded`, copy the result into a library-owned buffer. `guarded` is the one place where
// exceptions become status codes, so no exception can cross `extern "C"`. Not installed.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "goalsmith.h"
#include "goalsmith/engine.hpp"
#include "goalsmith/error.hpp"

struct gs_engine {
  goalsmith::Engine engine;
};


namespace goalsmith::capi {

using goalsmith::ErrorCode;

// ------------------------------------------------------------------------ thread-local error

struct LastError {
  int code = GS_OK;
  std::string message;
  std::string where;
  // Set when recording the message itself ran out of memory; the accessors then return a
  // static text instead of the (cleared) strings.
  bool message_lost = false;
};

inline LastError& last_error() noexcept {
  thread_local LastError error;
  return error;
}

inline void clear_error() noexcept {
  LastError& e = last_error();
  e.code = GS_OK;
  e.message.clear();
  e.where.clear();
  e.message_lost = false;
}

// Records an error; the message is `prefix` + `message`. Never throws: if the strings cannot be
// stored, the code survives and the message degrades to a static one.
inline int set_error(int code, const char* prefix, const char* message, const char* where) noexcept {
  LastError& e = last_error();
  e.code = code;
  try {
    e.message.assign(prefix);
    e.message.append(message);
    e.where.assign(where);
    e.message_lost = false;
  } catch (...) {
    e.message.clear();
    e.where.clear();
    e.message_lost = true;
  }
  return code;
}

/// Runs `body` and turns what it throws into a status and the last error. `function` prefixes
/// messages that do not already name the call.
template <class Body>
int guarded(const char* function, Body&& body) noexcept {
  try {
    body();
    clear_error();
    return GS_OK;
  } catch (const goalsmith::Error& e) {
    return set_error(-static_cast<int>(e.code()), function, e.what(), e.where().c_str());
  } catch (const std::bad_alloc&) {
    return set_error(GS_ENOMEM, function, "out of memory", "");
  } catch (const std::exception& e) {
    return set_error(GS_EINTERNAL, function, e.what(), "");
  } catch (...) {
    return set_error(GS_EINTERNAL, function, "unknown internal error", "");
  }
}

[[noreturn]] inline void fail_argument(const char* what) {
  throw goalsmith::Error(ErrorCode::invalid_argument, what);
}

inline void require(const void* pointer, const char* message) {
  if (pointer == nullptr) fail_argument(message);
}

inline void require_empty(const gs_buffer* out) {
  if (out->data != nullptr || out->size != 0) {
    fail_argument("argument 'out' is not an empty buffer (initialise it with GS_BUFFER_INIT or "
                  "dispose it first)");
  }
}

inline std::string_view text_view(const char* text, std::size_t len) {
  return {text, len == GS_NUL_TERMINATED ? std::strlen(text) : len};
}

/// Moves `text` into `out` as a malloc'ed NUL-terminated copy (gs_buffer_dispose frees it).
inline void fill_buffer(gs_buffer* out, const std::string& text) {
  auto* data = static_cast<char*>(std::malloc(text.size() + 1));
  if (data == nullptr) throw std::bad_alloc();
  std::memcpy(data, text.c_str(), text.size() + 1);
  out->data = data;
  out->size = text.size();
}

/// The options document of a call: NULL or "" means the defaults.
inline bool no_options(const char* options_json) {
  return options_json == nullptr || options_json[0] == '\0';
}

}  // namespace goalsmith::capi
