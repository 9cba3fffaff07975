// journal: the document (schema goalsmith.journal/1) — writer, reader and the migration from the
// older layout goalsmith.journal/0.
#include "journal/journal_json.hpp"

#include <cmath>
#include <utility>

#include "goalsmith/error.hpp"

namespace goalsmith {
namespace journal {
namespace {

using packs::Json;
using packs::JsonReader;
using packs::JsonWriter;

void write_date(JsonWriter& w, const std::optional<Date>& d) {
  if (d)
    w.value(d->to_iso());
  else
    w.null();
}

void write_target(JsonWriter& w, const Target& t) {
  w.begin_object().member("amount", t.amount).member("unit", t.unit).end_object();
}

// A DOM value streamed through the writer, so embedded documents follow the indentation.
void write_dom(JsonWriter& w, const Json& j) {
  switch (j.type()) {
    case Json::value_t::object:
      w.begin_object();
      for (auto it = j.begin(); it != j.end(); ++it) {
        w.key(it.key());
        write_dom(w, it.value());
      }
      w.end_object();
      break;
    case Json::value_t::array:
      w.begin_array();
      for (const auto& e : j) write_dom(w, e);
      w.end_array();
      break;
    case Json::value_t::string: w.value(j.get_ref<const std::string&>()); break;
    case Json::value_t::boolean: w.value(j.get<bool>()); break;
    case Json::value_t::number_integer: w.value(j.get<long long>()); break;
    case Json::value_t::number_unsigned: w.value(static_cast<double>(j.get<unsigned long long>())); break;
    case Json::value_t::number_float: w.value(j.get<double>()); break;
    default: w.null(); break;
  }
}

void write_recurrence(JsonWriter& w, const Recurrence& r) {
  w.begin_object().member("count", r.count).member("count_stated", r.count_stated).member("per", to_string(r.per));
  w.key("by_day").begin_array();
  for (int d : r.by_day) w.value(d);
  w.end_array();
  w.key("until");
  write_date(w, r.until);
  w.key("occurrences");
  if (r.occurrences)
    w.value(*r.occurrences);
  else
    w.null();
  w.end_object();
}

Per read_per(const JsonReader& r) {
  const std::string s = r.string();
  for (Per p : {Per::day, Per::week, Per::month, Per::year})
    if (s == to_string(p)) return p;
  r.fail("expected \"day\", \"week\", \"month\" or \"year\", found \"" + s + "\"");
}

std::optional<Date> read_optional_date(const JsonReader& r) {
  if (r.json().is_null()) return std::nullopt;
  return r.iso_date();
}

Recurrence read_recurrence(const JsonReader& r) {
  r.expect_object({"count", "count_stated", "per", "by_day", "until", "occurrences"});
  Recurrence out;
  out.count = r.at("count").number_in(1e-6, 1e6);
  if (auto s = r.find("count_stated")) out.count_stated = s->boolean();
  out.per = read_per(r.at("per"));
  if (auto by_day = r.find("by_day"))
    for (std::size_t k = 0, n = by_day->expect_array(); k < n; ++k)
      out.by_day.push_back(static_cast<int>(by_day->at(k).integer_in(1, 7)));
  if (auto u = r.find("until")) out.until = read_optional_date(*u);
  if (auto o = r.find("occurrences"); o && !o->json().is_null()) out.occurrences = o->integer_in(0, 1L << 40);
  return out;
}

GoalStatus read_status(const JsonReader& r) {
  const std::string s = r.string();
  if (auto status = goal_status_from_name(s)) return *status;
  r.fail("expected \"active\", \"done\", \"dropped\" or \"paused\", found \"" + s + "\"");
}

// Errors from the model's own checks (duplicate id, deadline before start, ...) name no
// location; while reading a document they are schema errors at the item's path.
template <typename F>
auto at_path(const JsonReader& item, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    if (!e.where().empty() && e.where().rfind("byte", 0) != 0 && e.where().front() == '/') throw;
    if (e.code() == ErrorCode::invalid_argument || e.code() == ErrorCode::not_found)
      throw Error(ErrorCode::json_schema, e.what(), item.where());
    throw;
  }
}

}  // namespace

void write_raw(JsonWriter& w, const std::string& json) {
  if (json.empty()) {
    w.null();
    return;
  }
  write_dom(w, Json::parse(json));
}

void write_goal(JsonWriter& w, const Goal& g) {
  w.begin_object().member("id", g.id).member("text", g.text).member("created", g.created.to_iso());
  w.member("origin", g.origin);
  w.key("source");
  if (g.source) {
    w.begin_object().member("session_id", g.source->session_id).member("aspect", g.source->aspect);
    w.key("note_span");
    if (g.source->note_span)
      w.begin_array().value(g.source->note_span->begin).value(g.source->note_span->end).end_array();
    else
      w.null();
    w.end_object();
  } else {
    w.null();
  }
  w.key("target");
  write_target(w, g.target);
  w.key("per_occurrence");
  if (g.per_occurrence)
    write_target(w, *g.per_occurrence);
  else
    w.null();
  w.key("window").begin_object().key("start");
  write_date(w, g.start);
  w.key("deadline");
  write_date(w, g.deadline);
  w.end_object();
  w.key("recurrence");
  if (g.recurrence)
    write_recurrence(w, *g.recurrence);
  else
    w.null();
  w.key("aspects").begin_array();
  for (const auto& a : g.aspects) w.value(a);
  w.end_array();
  w.member("status", to_string(g.status)).member("status_changed", g.status_changed.to_iso());
  w.end_object();
}

void write_check_in(JsonWriter& w, const CheckIn& c) {
  w.begin_object()
      .member("id", c.id)
      .member("goal", c.goal_id)
      .member("date", c.date.to_iso())
      .member("amount", c.amount)
      .member("note", c.note)
      .end_object();
}

void write_reflection(JsonWriter& w, const Reflection& r) {
  w.begin_object().member("id", r.id).member("date", r.date.to_iso()).member("text", r.text);
  w.key("mindset");
  write_raw(w, r.mindset_json);
  w.end_object();
}

void write_interview(JsonWriter& w, const Interview& i) {
  w.begin_object().member("id", i.id).member("date", i.date.to_iso());
  w.key("session");
  write_raw(w, i.session_json);
  w.key("ratings").begin_object();
  for (const auto& [aspect, r] : i.ratings)
    w.key(aspect).begin_object().member("value", r.value).member("min", r.scale_min).member("max", r.scale_max).end_object();
  w.end_object();
  w.key("improve").begin_array();
  for (const auto& a : i.improve) w.value(a);
  w.end_array();
  w.key("strengths").begin_array();
  for (const auto& a : i.strengths) w.value(a);
  w.end_array();
  w.end_object();
}

std::string read_embedded(const JsonReader& r, const char* schema) {
  r.expect_any_object();
  if (auto s = r.find("schema"); s && s->string() != schema)
    s->fail(std::string("expected \"") + schema + "\", found \"" + s->string() + "\"");
  return r.json().dump();
}

JournalSource read_source(const JsonReader& r) {
  r.expect_object({"session_id", "aspect", "note_span"});
  JournalSource s;
  s.session_id = r.at("session_id").non_empty_string();
  s.aspect = r.at("aspect").non_empty_string();
  if (auto span = r.find("note_span"); span && !span->json().is_null()) {
    if (span->expect_array() != 2) span->fail("expected [begin, end]");
    Span out;
    out.begin = static_cast<std::size_t>(span->at(std::size_t{0}).integer_in(0, 1L << 40));
    out.end = static_cast<std::size_t>(span->at(std::size_t{1}).integer_in(0, 1L << 40));
    if (out.end < out.begin) span->fail("span end is before its begin");
    s.note_span = out;
  }
  return s;
}

Target read_target(const JsonReader& r) {
  r.expect_object({"amount", "unit"});
  Target t;
  t.amount = r.at("amount").number_in(1e-9, 1e9);
  if (auto u = r.find("unit")) t.unit = u->string();
  return t;
}

std::map<std::string, AspectRating> read_ratings(const JsonReader& r) {
  r.expect_any_object();
  std::map<std::string, AspectRating> out;
  for (auto it = r.json().begin(); it != r.json().end(); ++it) {
    const JsonReader item = r.at(it.key());
    item.expect_object({"value", "min", "max"});
    AspectRating rating;
    rating.value = item.at("value").number();
    rating.scale_min = item.at("min").number();
    rating.scale_max = item.at("max").number();
    if (rating.scale_max <= rating.scale_min) item.at("max").fail("the scale's max must be above its min");
    if (rating.value < rating.scale_min || rating.value > rating.scale_max)
      item.at("value").fail("the rating is outside its scale");
    out[it.key()] = rating;
  }
  return out;
}

Goal read_goal(const JsonReader& r) {
  r.expect_object({"id", "text", "created", "origin", "source", "target", "per_occurrence", "window", "recurrence",
                   "aspects", "status", "status_changed"});
  Goal g;
  g.id = r.at("id").non_empty_string();
  g.text = r.at("text").non_empty_string();
  g.created = r.at("created").iso_date();
  if (auto o = r.find("origin")) {
    g.origin = o->string();
    if (g.origin != "manual" && g.origin != "draft") o->fail("expected \"manual\" or \"draft\"");
  }
  if (auto s = r.find("source"); s && !s->json().is_null()) g.source = read_source(*s);
  g.target = read_target(r.at("target"));
  if (auto p = r.find("per_occurrence"); p && !p->json().is_null()) g.per_occurrence = read_target(*p);
  if (auto w = r.find("window"); w && !w->json().is_null()) {
    w->expect_object({"start", "deadline"});
    if (auto s = w->find("start")) g.start = read_optional_date(*s);
    if (auto d = w->find("deadline")) g.deadline = read_optional_date(*d);
  }
  if (auto rec = r.find("recurrence"); rec && !rec->json().is_null()) g.recurrence = read_recurrence(*rec);
  if (auto a = r.find("aspects")) g.aspects = a->string_list();
  g.status = r.find("status") ? read_status(r.at("status")) : GoalStatus::active;
  g.status_changed = r.find("status_changed") ? r.at("status_changed").iso_date() : g.created;
  return g;
}

CheckIn read_check_in(const JsonReader& r) {
  r.expect_object({"id", "goal", "date", "amount", "note"});
  CheckIn c;
  c.id = r.at("id").non_empty_string();
  c.goal_id = r.at("goal").non_empty_string();
  c.date = r.at("date").iso_date();
  c.amount = r.find("amount") ? r.at("amount").number_in(1e-9, 1e9) : 1.0;
  if (auto n = r.find("note")) c.note = n->string();
  return c;
}

Reflection read_reflection(const JsonReader& r) {
  r.expect_object({"id", "date", "text", "mindset"});
  Reflection out;
  out.id = r.at("id").non_empty_string();
  out.date = r.at("date").iso_date();
  out.text = r.at("text").non_empty_string();
  if (auto m = r.find("mindset"); m && !m->json().is_null()) out.mindset_json = read_embedded(*m, kMindsetSchema);
  return out;
}

Interview read_interview(const JsonReader& r) {
  r.expect_object({"id", "date", "session", "ratings", "improve", "strengths"});
  Interview i;
  i.id = r.at("id").non_empty_string();
  i.date = r.at("date").iso_date();
  i.session_json = read_embedded(r.at("session"), kSessionSchema);
  if (auto x = r.find("ratings")) i.ratings = read_ratings(*x);
  if (auto x = r.find("improve")) i.improve = x->string_list();
  if (auto x = r.find("strengths")) i.strengths = x->string_list();
  return i;
}

}  // namespace journal

std::string journal_to_json(const Journal& journal, int indent) {
  packs::JsonWriter w(indent);
  w.begin_object().member("schema", journal::kJournalSchema);
  w.key("learner");
  if (journal.learner)
    w.value(*journal.learner);
  else
    w.null();
  w.member("created", journal.created.to_iso());
  w.key("interviews").begin_array();
  for (const auto& i : journal.interviews()) journal::write_interview(w, i);
  w.end_array();
  w.key("reflections").begin_array();
  for (const auto& r : journal.reflections()) journal::write_reflection(w, r);
  w.end_array();
  w.key("goals").begin_array();
  for (const auto& g : journal.goals()) journal::write_goal(w, g);
  w.end_array();
  w.key("check_ins").begin_array();
  for (const auto& c : journal.check_ins()) journal::write_check_in(w, c);
  w.end_array();
  w.end_object();
  std::string out = w.take();
  if (indent >= 0) out += '\n';
  return out;
}

namespace journal {
namespace {
Journal migrate_v0(const packs::JsonReader& root, const Engine& engine);
}

Journal read_journal_document(std::string_view json, const Engine* engine) {
  using journal::at_path;
  const packs::Json doc = packs::parse_json(json, "journal");
  const packs::JsonReader root(doc, "");
  root.expect_any_object();
  const auto schema = root.at("schema");
  const std::string name = schema.string();
  if (name == kJournalSchemaV0) {
    if (engine == nullptr)
      schema.fail("this journal has the older layout \"goalsmith.journal/0\"; migrate it first "
                  "(migrate_journal_json, or load_journal which migrates)");
    return migrate_v0(root, *engine);
  }
  if (name != kJournalSchema)
    schema.fail("expected \"" + std::string(kJournalSchema) + "\" (or the older \"" + kJournalSchemaV0 +
                "\"), found \"" + name + "\"");
  root.expect_object({"schema", "learner", "created", "interviews", "reflections", "goals", "check_ins"});

  Journal j;
  if (auto l = root.find("learner"); l && !l->json().is_null()) j.learner = l->string();
  j.created = root.at("created").iso_date();
  if (auto a = root.find("interviews"))
    for (std::size_t k = 0, n = a->expect_array(); k < n; ++k) {
      const auto item = a->at(k);
      auto interview = journal::read_interview(item);
      at_path(item, [&] { j.add_interview(std::move(interview)); });
    }
  if (auto a = root.find("reflections"))
    for (std::size_t k = 0, n = a->expect_array(); k < n; ++k) {
      const auto item = a->at(k);
      auto reflection = journal::read_reflection(item);
      at_path(item, [&] { j.add_reflection(std::move(reflection)); });
    }
  if (auto a = root.find("goals"))
    for (std::size_t k = 0, n = a->expect_array(); k < n; ++k) {
      const auto item = a->at(k);
      auto goal = journal::read_goal(item);
      at_path(item, [&] { j.add_goal(std::move(goal)); });
    }
  if (auto a = root.find("check_ins"))
    for (std::size_t k = 0, n = a->expect_array(); k < n; ++k) {
      const auto item = a->at(k);
      auto c = read_check_in(item);
      at_path(item, [&] { j.add_check_in(std::move(c)); });
    }
  return j;
}

}  // namespace journal

Journal journal_from_json(std::string_view json) { return journal::read_journal_document(json, nullptr); }


// ---------------------------------------------------------------------------- migration

namespace journal {
namespace {

// goalsmith.journal/0, the layout before schema 1 (documented in docs/journal.md):
//   {"schema": "goalsmith.journal/0", "learner"?, "created"?,
//    "sessions": [{"id", "date", "session"?, "ratings"?: {aspect: number 1..5}, "improve"?}],
//    "reflections": [{"date", "text"}],
//    "goals": [{"id", "text", "created", "status"?, "log": [{"date", "amount"?, "note"?}]}]}
// Version 0 kept ratings as bare numbers on a 1..5 scale and had no targets, windows, ids of
// reflections or check-ins.
Journal migrate_v0(const packs::JsonReader& root, const Engine& engine) {
  root.expect_object({"schema", "learner", "created", "sessions", "reflections", "goals"});
  Journal j;
  if (auto l = root.find("learner"); l && !l->json().is_null()) j.learner = l->string();
  std::optional<Date> earliest;
  auto see = [&](Date d) {
    if (!earliest || d < *earliest) earliest = d;
  };
  if (auto s = root.find("sessions"))
    for (std::size_t k = 0, n = s->expect_array(); k < n; ++k) {
      const auto item = s->at(k);
      item.expect_object({"id", "date", "session", "ratings", "improve"});
      Interview i;
      if (auto id = item.find("id")) i.id = id->non_empty_string();
      i.date = item.at("date").iso_date();
      see(i.date);
      if (auto doc = item.find("session")) i.session_json = journal::read_embedded(*doc, journal::kSessionSchema);
      if (auto ratings = item.find("ratings")) {
        ratings->expect_any_object();
        for (auto it = ratings->json().begin(); it != ratings->json().end(); ++it)
          i.ratings[it.key()] = AspectRating{ratings->at(it.key()).number_in(1, 5), 1, 5};
      }
      if (auto improve = item.find("improve")) i.improve = improve->string_list();
      journal::at_path(item, [&] { j.add_interview(std::move(i)); });
    }
  if (auto r = root.find("reflections"))
    for (std::size_t k = 0, n = r->expect_array(); k < n; ++k) {
      const auto item = r->at(k);
      item.expect_object({"date", "text"});
      Reflection out;
      out.date = item.at("date").iso_date();
      see(out.date);
      out.text = item.at("text").non_empty_string();
      journal::at_path(item, [&] { j.add_reflection(std::move(out)); });
    }
  struct Pending {
    std::string goal;
    Date date;
    double amount;
    std::string note;
  };
  std::vector<Pending> log;
  if (auto g = root.find("goals"))
    for (std::size_t k = 0, n = g->expect_array(); k < n; ++k) {
      const auto item = g->at(k);
      item.expect_object({"id", "text", "created", "status", "log"});
      NewGoal spec;
      spec.id = item.at("id").non_empty_string();
      spec.text = item.at("text").non_empty_string();
      spec.today = item.at("created").iso_date();
      see(*spec.today);
      std::optional<GoalStatus> status;
      if (auto s = item.find("status")) status = journal::read_status(*s);
      journal::at_path(item, [&] {
        j.add_goal(engine, spec);
        if (status && *status != GoalStatus::active) j.set_status(*spec.id, *status, *spec.today);
      });
      if (auto entries = item.find("log"))
        for (std::size_t e = 0, m = entries->expect_array(); e < m; ++e) {
          const auto entry = entries->at(e);
          entry.expect_object({"date", "amount", "note"});
          Pending p{*spec.id, entry.at("date").iso_date(),
                    entry.find("amount") ? entry.at("amount").number_in(1e-9, 1e9) : 1.0,
                    entry.find("note") ? entry.at("note").string() : std::string()};
          log.push_back(std::move(p));
        }
    }
  // Check-ins were per goal; schema 1 keeps one list in the order they happened.
  std::stable_sort(log.begin(), log.end(), [](const Pending& a, const Pending& b) { return a.date < b.date; });
  for (auto& p : log) j.check_in(p.goal, p.date, p.amount, std::move(p.note));
  j.created = root.find("created") ? root.at("created").iso_date() : earliest ? *earliest : Date::today();
  return j;
}

}  // namespace
}  // namespace journal

std::string migrate_journal_json(std::string_view json, const Engine& engine) {
  return journal_to_json(journal::read_journal_document(json, &engine));
}

}  // namespace goalsmith
