// The C ABI of the journal (gs_journal_*): thin wrappers over goalsmith::Journal, JSON in/out.
#include <optional>
#include <string>

#include "capi_support.hpp"
#include "goalsmith.h"
#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"
#include "packs/json_reader.hpp"

struct gs_journal {
  goalsmith::Journal journal;
};

namespace {

using goalsmith::capi::fill_buffer;
using goalsmith::capi::guarded;
using goalsmith::capi::no_options;
using goalsmith::capi::require;
using goalsmith::capi::require_empty;
using goalsmith::capi::text_view;
using goalsmith::packs::JsonReader;

struct ViewOptions {
  goalsmith::Date today;
  goalsmith::ReportFormat format = goalsmith::ReportFormat::markdown;
};

// {"today": "YYYY-MM-DD" | null, "format": "markdown" | "html"}; `format` only where allowed.
ViewOptions read_view_options(const char* options_json, bool with_format) {
  ViewOptions o;
  o.today = goalsmith::Date::today();
  if (no_options(options_json)) return o;
  const auto doc = goalsmith::packs::parse_json(options_json, "journal options");
  const JsonReader root(doc, "");
  if (with_format)
    root.expect_object({"today", "format"});
  else
    root.expect_object({"today"});
  if (auto t = root.find("today"); t && !t->json().is_null()) o.today = t->iso_date();
  if (auto f = root.find("format")) {
    const std::string name = f->string();
    if (name == "html")
      o.format = goalsmith::ReportFormat::html;
    else if (name != "markdown")
      f->fail("expected \"markdown\" or \"html\", found \"" + name + "\"");
  }
  return o;
}

}  // namespace

extern "C" int gs_journal_new(gs_journal** out, const char* options_json) {
  return guarded("gs_journal_new: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    goalsmith::Journal journal;
    journal.created = goalsmith::Date::today();
    if (!no_options(options_json)) {
      const auto doc = goalsmith::packs::parse_json(options_json, "journal options");
      const JsonReader root(doc, "");
      root.expect_object({"learner", "created"});
      if (auto l = root.find("learner"); l && !l->json().is_null()) journal.learner = l->string();
      if (auto c = root.find("created"); c && !c->json().is_null()) journal.created = c->iso_date();
    }
    *out = new gs_journal{std::move(journal)};
  });
}

extern "C" int gs_journal_load(gs_journal** out, const gs_engine* engine, const char* path) {
  return guarded("gs_journal_load: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    require(engine, "argument 'engine' is NULL");
    require(path, "argument 'path' is NULL");
    *out = new gs_journal{goalsmith::load_journal(path, engine->engine)};
  });
}

extern "C" int gs_journal_from_json(gs_journal** out, const gs_engine* engine, const char* json, size_t len) {
  return guarded("gs_journal_from_json: ", [&] {
    require(out, "argument 'out' is NULL");
    *out = nullptr;
    require(engine, "argument 'engine' is NULL");
    require(json, "argument 'json' is NULL");
    // An older layout is migrated, as load_journal does for a file.
    *out = new gs_journal{goalsmith::journal::read_journal_document(text_view(json, len), &engine->engine)};
  });
}

extern "C" void gs_journal_free(gs_journal* journal) { delete journal; }

extern "C" int gs_journal_save(const gs_journal* journal, const char* path) {
  return guarded("gs_journal_save: ", [&] {
    require(journal, "argument 'journal' is NULL");
    require(path, "argument 'path' is NULL");
    goalsmith::save_journal(journal->journal, path);
  });
}

extern "C" int gs_journal_to_json(gs_buffer* out, const gs_journal* journal) {
  return guarded("gs_journal_to_json: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(journal, "argument 'journal' is NULL");
    fill_buffer(out, goalsmith::journal_to_json(journal->journal));
  });
}

extern "C" int gs_journal_add(gs_buffer* out, gs_journal* journal, const gs_engine* engine, const char* op_json,
                              size_t len) {
  return guarded("gs_journal_add: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(journal, "argument 'journal' is NULL");
    require(engine, "argument 'engine' is NULL");
    require(op_json, "argument 'op_json' is NULL");
    fill_buffer(out, goalsmith::apply_journal_op(journal->journal, engine->engine, text_view(op_json, len)));
  });
}

extern "C" int gs_journal_progress(gs_buffer* out, const gs_journal* journal, const char* options_json) {
  return guarded("gs_journal_progress: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(journal, "argument 'journal' is NULL");
    const ViewOptions o = read_view_options(options_json, false);
    fill_buffer(out, goalsmith::progress_to_json(journal->journal.progress(o.today), o.today));
  });
}

extern "C" int gs_journal_trends(gs_buffer* out, const gs_journal* journal, const char* options_json) {
  return guarded("gs_journal_trends: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(journal, "argument 'journal' is NULL");
    const ViewOptions o = read_view_options(options_json, false);
    fill_buffer(out, goalsmith::trends_to_json(journal->journal.trends(o.today), o.today));
  });
}

extern "C" int gs_journal_report(gs_buffer* out, const gs_journal* journal, const gs_engine* engine,
                                 const char* options_json) {
  return guarded("gs_journal_report: ", [&] {
    require(out, "argument 'out' is NULL");
    require_empty(out);
    require(journal, "argument 'journal' is NULL");
    require(engine, "argument 'engine' is NULL");
    const ViewOptions o = read_view_options(options_json, true);
    fill_buffer(out, goalsmith::journal_report(journal->journal, engine->engine, o.today, o.format));
  });
}
