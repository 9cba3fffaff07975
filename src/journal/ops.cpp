// journal: changes given as JSON objects (schema goalsmith.journal_op/1), the one reader shared
// by the C ABI, the CLI, batch lines and Python.
#include "goalsmith/error.hpp"
#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"

namespace goalsmith {
namespace {

using packs::JsonReader;
using packs::JsonWriter;

Date date_or_today(const JsonReader& op, std::string_view key) {
  if (auto d = op.find(key); d && !d->json().is_null()) return d->iso_date();
  return Date::today();
}

// The model's own errors (unknown goal, empty text) name no location; inside an op they point
// at the op itself, or at the key they are about.
template <typename F>
auto located(const JsonReader& where, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    if (!e.where().empty()) throw;
    std::string message = e.what();
    throw Error(e.code(), message, where.where());
  }
}

std::string added_goal(Journal& j, const Engine& engine, const JsonReader& op) {
  op.expect_object({"schema", "op", "text", "today", "origin", "source", "target", "start", "deadline", "id"});
  NewGoal spec;
  spec.text = op.at("text").string();  // a blank text is the model's invalid_argument, at /text
  spec.today = date_or_today(op, "today");
  if (auto o = op.find("origin")) spec.origin = o->string();
  if (auto s = op.find("source"); s && !s->json().is_null()) spec.source = journal::read_source(*s);
  if (auto t = op.find("target"); t && !t->json().is_null()) spec.target = journal::read_target(*t);
  if (auto s = op.find("start"); s && !s->json().is_null()) spec.start = s->iso_date();
  if (auto d = op.find("deadline"); d && !d->json().is_null()) spec.deadline = d->iso_date();
  if (auto id = op.find("id"); id && !id->json().is_null()) spec.id = id->non_empty_string();
  const Goal& g = located(op.at("text"), [&]() -> const Goal& { return j.add_goal(engine, spec); });
  JsonWriter w;
  journal::write_goal(w, g);
  return w.take();
}

std::string added_check_in(Journal& j, const JsonReader& op) {
  op.expect_object({"schema", "op", "goal", "date", "amount", "note"});
  const std::string goal = op.at("goal").non_empty_string();
  const Date date = date_or_today(op, "date");
  const double amount = op.find("amount") ? op.at("amount").number_in(1e-9, 1e9) : 1.0;
  std::string note = op.find("note") ? op.at("note").string() : std::string();
  const CheckIn& c = located(op.at("goal"), [&]() -> const CheckIn& { return j.check_in(goal, date, amount, std::move(note)); });
  JsonWriter w;
  journal::write_check_in(w, c);
  return w.take();
}

std::string changed_status(Journal& j, const JsonReader& op) {
  op.expect_object({"schema", "op", "goal", "status", "date"});
  const std::string goal = op.at("goal").non_empty_string();
  const auto status_item = op.at("status");
  const auto status = goal_status_from_name(status_item.string());
  if (!status) status_item.fail("expected \"active\", \"done\", \"dropped\" or \"paused\"");
  const Date date = date_or_today(op, "date");
  const Goal& g = located(op.at("goal"), [&]() -> const Goal& { return j.set_status(goal, *status, date); });
  JsonWriter w;
  journal::write_goal(w, g);
  return w.take();
}

std::string added_interview(Journal& j, const JsonReader& op) {
  op.expect_object({"schema", "op", "session", "date", "id", "ratings", "improve", "strengths"});
  Interview i;
  const auto session = op.at("session");
  i.session_json = journal::read_embedded(session, journal::kSessionSchema);
  // The session's own id and date are used when the op does not give them.
  if (auto id = op.find("id"); id && !id->json().is_null())
    i.id = id->non_empty_string();
  else if (auto sid = session.find("id"); sid && sid->json().is_string())
    i.id = sid->non_empty_string();
  if (auto d = op.find("date"); d && !d->json().is_null())
    i.date = d->iso_date();
  else if (auto sd = session.find("date"); sd && sd->json().is_string())
    i.date = sd->iso_date();
  else
    op.fail("missing required key \"date\" (the session has no date either)");
  if (auto r = op.find("ratings")) i.ratings = journal::read_ratings(*r);
  if (auto x = op.find("improve")) i.improve = x->string_list();
  if (auto x = op.find("strengths")) i.strengths = x->string_list();
  const Interview& added = located(op, [&]() -> const Interview& { return j.add_interview(std::move(i)); });
  JsonWriter w;
  journal::write_interview(w, added);
  return w.take();
}

std::string added_reflection(Journal& j, const JsonReader& op) {
  op.expect_object({"schema", "op", "text", "date", "mindset", "id"});
  Reflection r;
  r.text = op.at("text").string();
  r.date = date_or_today(op, "date");
  if (auto m = op.find("mindset"); m && !m->json().is_null())
    r.mindset_json = journal::read_embedded(*m, journal::kMindsetSchema);
  if (auto id = op.find("id"); id && !id->json().is_null()) r.id = id->non_empty_string();
  const Reflection& added = located(op.at("text"), [&]() -> const Reflection& { return j.add_reflection(std::move(r)); });
  JsonWriter w;
  journal::write_reflection(w, added);
  return w.take();
}

}  // namespace

std::string apply_journal_op(Journal& journal, const Engine& engine, std::string_view op_json) {
  const packs::Json doc = packs::parse_json(op_json, "journal op");
  const JsonReader op(doc, "");
  op.expect_any_object();
  if (auto s = op.find("schema"); s && s->string() != journal::kOpSchema)
    s->fail(std::string("expected \"") + journal::kOpSchema + "\"");
  const auto name_item = op.at("op");
  const std::string name = name_item.string();
  // Each op is one call of the model, which validates everything before it changes anything,
  // so a failed op leaves the journal as it was.
  Journal& copy = journal;
  std::string result;
  if (name == "add_goal")
    result = added_goal(copy, engine, op);
  else if (name == "check_in")
    result = added_check_in(copy, op);
  else if (name == "set_status")
    result = changed_status(copy, op);
  else if (name == "add_interview")
    result = added_interview(copy, op);
  else if (name == "add_reflection")
    result = added_reflection(copy, op);
  else
    name_item.fail("unknown op \"" + name +
                   "\" (expected add_goal, check_in, set_status, add_interview or add_reflection)");
  return result;
}

}  // namespace goalsmith
