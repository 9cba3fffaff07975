// goalsmith — the C ABI (capi/goalsmith.h) over the C++ API.
//
// Every exported function is a thin wrapper: check arguments, call the C++ API inside
// `guarded`, copy the result into a library-owned buffer. `guarded` is the one place where
// exceptions become status codes, so no exception can cross `extern "C"`.
#include "goalsmith.h"
#include "capi_support.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "goalsmith/engine.hpp"
#include "goalsmith/error.hpp"
#include "goalsmith/pack.hpp"
#include "goalsmith/version.hpp"
#include "packs/json_reader.hpp"

// The C header keeps its own copy of the version so that it stays a standalone C99 header.
static_assert(GS_VERSION_MAJOR == GOALSMITH_VERSION_MAJOR, "goalsmith.h and version.hpp disagree");
static_assert(GS_VERSION_MINOR == GOALSMITH_VERSION_MINOR, "goalsmith.h and version.hpp disagree");
static_assert(GS_VERSION_PATCH == GOALSMITH_VERSION_PATCH, "goalsmith.h and version.hpp disagree");
static_assert(GS_VERSION_NUMBER == GOALSMITH_VERSION_NUMBER, "goalsmith.h and version.hpp disagree");

// A status is the ErrorCode negated; both enums are ABI, so pin every value.
using goalsmith::ErrorCode;
static_assert(GS_EINVAL == -static_cast<int>(ErrorCode::invalid_argument), "status mismatch");
static_assert(GS_EUTF8 == -static_cast<int>(ErrorCode::invalid_utf8), "status mismatch");
static_assert(GS_EJSON_SYNTAX == -static_cast<int>(ErrorCode::json_syntax), "status mismatch");
static_assert(GS_EJSON_SCHEMA == -static_cast<int>(ErrorCode::json_schema), "status mismatch");
static_assert(GS_EPACK == -static_cast<int>(ErrorCode::pack), "status mismatch");
static_assert(GS_ENOTFOUND == -static_cast<int>(ErrorCode::not_found), "status mismatch");
static_assert(GS_EIO == -static_cast<int>(ErrorCode::io), "status mismatch");
static_assert(GS_EINTERNAL == -static_cast<int>(ErrorCode::internal), "status mismatch");

namespace {

using namespace goalsmith::capi;

/// Options for a check. Focus aspects are checked against the pack up front when an engine is
/// given: a bad option then fails a batch once, with its JSON path, instead of failing every
/// goal of it, and gs_check_goal and gs_options_validate report it the same way.
goalsmith::CheckOptions read_options(const char* options_json, const gs_engine* engine) {
  goalsmith::CheckOptions options;
  if (!no_options(options_json)) options = goalsmith::check_options_from_json(options_json);
  if (engine != nullptr && !options.focus.empty()) {
    const std::vector<std::string> known = engine->engine.pack().aspect_ids();
    for (std::size_t i = 0; i < options.focus.size(); ++i) {
      if (std::find(known.begin(), known.end(), options.focus[i]) == known.end()) {
        throw goalsmith::Error(ErrorCode::invalid_argument,
                               "unknown focus aspect '" + options.focus[i] + "'",
                               "/focus/" + std::to_string(i));
      }
    }
  }
  return options;
}

/// The per-goal error element of a batch result.
std::string error_element(const goalsmith::Error& e) {
  goalsmith::packs::Json error = {{"code", goalsmith::error_code_name(e.code())},
                                  {"message", e.what()}};
  error["where"] = e.where().empty() ? goalsmith::packs::Json(nullptr)
                                     : goalsmith::packs::Json(e.where());
  return goalsmith::packs::Json{{"error", std::move(error)}}.dump();
}

/// Checks every goal into `results[i]`, on up to hardware_concurrency threads (the calling
/// thread is one of them). A goalsmith::Error becomes that goal's error element; anything else
/// (out of memory, a bug) stops the batch and is rethrown here.
void check_batch(const goalsmith::Engine& engine, const std::vector<std::string>& texts,
                 const goalsmith::CheckOptions& options, std::vector<std::string>& results) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;

  auto work = [&]() noexcept {
    for (std::size_t i = next++; i < texts.size() && !stop; i = next++) {
      try {
        try {
          results[i] = goalsmith::report_to_json(engine.check_goal(texts[i], options));
        } catch (const goalsmith::Error& e) {
          results[i] = error_element(e);
        }
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
    }
  };

  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t wanted = std::min<std::size_t>(hardware, texts.size());
  std::vector<std::thread> helpers;
  try {
    helpers.reserve(wanted > 0 ? wanted - 1 : 0);
    for (std::size_t t = 1; t < wanted; ++t) helpers.emplace_back(work);
  } catch (...) {
    // Fewer threads only make the batch slower: the calling thread takes what is left.
  }
  work();
  for (std::thread& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

// ---------------------------------------------------------------------------------- versions

extern "C" int gs_version_number(void) { return goalsmith::version_number(); }

extern "C" const char* gs_version_string(void) { return goalsmith::version_string(); }

// ------------------------------------------------------------------------------------ errors

extern "C" const char* gs_status_name(int status) {
  switch (status) {
    case GS_OK:
      return "ok";
    case GS_ENOMEM:
      return "out_of_memory";
    case GS_EINVAL:
    case GS_EUTF8:
    case GS_EJSON_SYNTAX:
    case GS_EJSON_SCHEMA:
    case GS_EPACK:
    case GS_ENOTFOUND:
    case GS_EIO:
    case GS_EINTERNAL:
      return goalsmith::error_code_name(static_cast<ErrorCode>(-status));
    default:
      return "unknown";
  }
}

extern "C" int gs_last_error_code(void) { return last_error().code; }

extern "C" const char* gs_last_error_message(void) {
  const LastError& e = last_error();
  return e.message_lost ? "out of memory while recording an error" : e.message.c_str();
}

extern "C" const char* gs_last_error_where(void) { return last_error().where.c_str(); }

// ----------------------------------------------------------------------------------- buffers

extern "C" void gs_buffer_dispose(gs_buffer* buf) {
  if (buf == nullptr) return;
  std::free(buf->data);
  buf->data = nullptr;
  buf->size = 0;
}

// ----------------------------------------------------------------------------------- engines

extern "C" int gs_engine_new(gs_engine** out, const char* locale) {
  return guarded("gs_engine_new: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    *out = new gs_engine{goalsmith::Engine(goalsmith::Pack::builtin(locale ? locale : "en"))};
  });
}

extern "C" int gs_engine_new_from_pack(gs_engine** out, const char* pack_json, size_t len) {
  return guarded("gs_engine_new_from_pack: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    require(pack_json, "argument 'pack_json' is NULL");
    *out = new gs_engine{goalsmith::Engine(goalsmith::Pack::from_json(text_view(pack_json, len)))};
  });
}

extern "C" int gs_engine_new_from_pack_file(gs_engine** out, const char* path) {
  return guarded("gs_engine_new_from_pack_file: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    require(path, "argument 'path' is NULL");
    *out = new gs_engine{goalsmith::Engine(goalsmith::Pack::from_file(path))};
  });
}

extern "C" void gs_engine_free(gs_engine* engine) { delete engine; }

extern "C" int gs_engine_info(gs_buffer* out, const gs_engine* engine) {
  return guarded("gs_engine_info: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    const goalsmith::Pack& pack = engine->engine.pack();
    const goalsmith::packs::Json info = {{"schema", "goalsmith.engine_info/1"},
                                         {"locale", pack.locale()},
                                         {"name", pack.name()},
                                         {"pack_version", pack.version()},
                                         {"library_version", goalsmith::version_string()},
                                         {"aspects", pack.aspect_ids()}};
    fill_buffer(out, info.dump());
  });
}

// ------------------------------------------------------------------------------- SMART check

extern "C" int gs_check_goal(gs_buffer* out, const gs_engine* engine, const char* text,
                             size_t len, const char* options_json) {
  return guarded("gs_check_goal: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(text, "argument 'text' is NULL");
    const goalsmith::CheckOptions options = read_options(options_json, engine);
    const goalsmith::SmartReport report = engine->engine.check_goal(text_view(text, len), options);
    fill_buffer(out, goalsmith::report_to_json(report));
  });
}

extern "C" int gs_check_goals(gs_buffer* out, const gs_engine* engine, const char* texts_json,
                              size_t len, const char* options_json) {
  return guarded("gs_check_goals: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(texts_json, "argument 'texts_json' is NULL");
    const goalsmith::CheckOptions options = read_options(options_json, engine);

    const goalsmith::packs::Json document =
        goalsmith::packs::parse_json(text_view(texts_json, len), "goal list");
    const goalsmith::packs::JsonReader root(document, "");
    const std::size_t count = root.expect_array();
    std::vector<std::string> texts;
    texts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) texts.push_back(root.at(i).string());

    std::vector<std::string> results(count);
    check_batch(engine->engine, texts, options, results);

    std::size_t size = 2 + (count > 0 ? count - 1 : 0);
    for (const std::string& r : results) size += r.size();
    std::string array;
    array.reserve(size);
    array += '[';
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) array += ',';
      array += results[i];
    }
    array += ']';
    fill_buffer(out, array);
  });
}

// -------------------------------------------------------------------------- time expressions

namespace {

/// gs_parse_time's options (schema goalsmith.time_options/1): {"today", "now", "week_start"}.
goalsmith::TimeOptions read_time_options(const char* options_json) {
  if (no_options(options_json)) return {};
  return goalsmith::time_options_from_json(options_json);
}

}  // namespace

extern "C" int gs_parse_time(gs_buffer* out, const gs_engine* engine, const char* text,
                             size_t len, const char* options_json) {
  return guarded("gs_parse_time: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(engine, "argument 'engine' is NULL");
    require(text, "argument 'text' is NULL");
    goalsmith::TimeOptions options = read_time_options(options_json);
    if (!options.today) options.today = goalsmith::Date::today();
    const std::string_view view = text_view(text, len);
    const auto expressions = engine->engine.parse_time(view, options);
    fill_buffer(out, goalsmith::time_expressions_to_json(expressions, std::string(view), *options.today));
  });
}

extern "C" int gs_options_validate(const gs_engine* engine, const char* options_json) {
  return guarded("gs_options_validate: ", [&] { read_options(options_json, engine); });
}
