// journal: the model — adding goals (through the SMART check), check-ins, status changes,
// interviews and reflections, with the validation that keeps a journal consistent.
#include <algorithm>
#include <cmath>
#include <string>

#include "goalsmith/error.hpp"
#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"
#include "text/utf8.hpp"

namespace goalsmith {
namespace {

// Journal texts are notes and goals, not documents; the limit keeps a pasted file from turning
// into a multi-megabyte journal that every save rewrites.
constexpr std::size_t kMaxTextBytes = 64 * 1024;

[[noreturn]] void invalid(const std::string& message, std::string where = {}) {
  throw Error(ErrorCode::invalid_argument, message, std::move(where));
}

void check_text(std::string_view text, const char* what, bool allow_empty) {
  text::require_utf8(text, what);
  if (!allow_empty && text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    invalid(std::string(what) + " is empty");
  if (text.size() > kMaxTextBytes)
    invalid(std::string(what) + " is " + std::to_string(text.size()) + " bytes; the limit is " +
                std::to_string(kMaxTextBytes) + " bytes",
            "byte " + std::to_string(kMaxTextBytes));
}

void check_id(std::string_view id, const char* what) {
  if (id.empty() || id.size() > 200) invalid(std::string(what) + " id must have 1 to 200 characters");
  text::require_utf8(id, what);
  for (char c : id)
    if (static_cast<unsigned char>(c) < 0x20) invalid(std::string(what) + " id contains a control character");
}

void check_date(const Date& d, const char* what) {
  if (!d.valid()) invalid(std::string(what) + " " + d.to_iso() + " is not a real date");
}

void check_target(const Target& t, const char* what) {
  if (!std::isfinite(t.amount) || t.amount <= 0 || t.amount > 1e9)
    invalid(std::string(what) + " amount must be a number above 0 (and at most 1e9)");
  text::require_utf8(t.unit, what);
}

// The next free id "<prefix>N": one more than the largest N already used with that prefix, so
// ids are never reused even after items are renamed by hand.
template <typename T>
std::string next_id(const std::vector<T>& items, char prefix) {
  long largest = 0;
  for (const auto& item : items) {
    const std::string& id = item.id;
    if (id.size() < 2 || id[0] != prefix || id.size() > 12) continue;
    long n = 0;
    bool digits = true;
    for (std::size_t k = 1; k < id.size(); ++k) {
      if (id[k] < '0' || id[k] > '9') {
        digits = false;
        break;
      }
      n = n * 10 + (id[k] - '0');
    }
    if (digits) largest = std::max(largest, n);
  }
  return std::string(1, prefix) + std::to_string(largest + 1);
}

template <typename T>
bool has_id(const std::vector<T>& items, std::string_view id) {
  return std::any_of(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
}

}  // namespace

const char* to_string(GoalStatus status) noexcept {
  switch (status) {
    case GoalStatus::active: return "active";
    case GoalStatus::done: return "done";
    case GoalStatus::dropped: return "dropped";
    case GoalStatus::paused: return "paused";
  }
  return "unknown";
}

const char* to_string(ProgressState state) noexcept {
  switch (state) {
    case ProgressState::on_track: return "on_track";
    case ProgressState::behind: return "behind";
    case ProgressState::done: return "done";
    case ProgressState::overdue: return "overdue";
    case ProgressState::paused: return "paused";
    case ProgressState::dropped: return "dropped";
  }
  return "unknown";
}

std::optional<GoalStatus> goal_status_from_name(std::string_view name) noexcept {
  for (GoalStatus s : {GoalStatus::active, GoalStatus::done, GoalStatus::dropped, GoalStatus::paused})
    if (name == to_string(s)) return s;
  return std::nullopt;
}

const Goal* Journal::find_goal(std::string_view id) const noexcept {
  for (const Goal& g : goals_)
    if (g.id == id) return &g;
  return nullptr;
}

const Goal& Journal::add_goal(const Engine& engine, const NewGoal& spec) {
  check_text(spec.text, "goal text", false);
  CheckOptions options;
  options.today = spec.today ? *spec.today : Date::today();
  const SmartReport report = engine.check_goal(spec.text, options);
  const GoalFields& f = report.fields;

  Goal g;
  g.id = spec.id ? *spec.id : next_id(goals_, 'g');
  g.text = spec.text;
  g.created = *options.today;
  g.status_changed = g.created;
  g.origin = spec.origin;
  g.source = spec.source;
  g.aspects = f.aspects;
  if (f.frequency) {
    // A recurring goal counts occurrences; one occurrence is the goal's quantity, if any.
    g.recurrence = f.frequency;
    const double occurrences = f.frequency->occurrences ? static_cast<double>(*f.frequency->occurrences)
                               : f.sessions                ? *f.sessions
                                                           : 0;
    if (occurrences > 0) g.target = Target{occurrences, "occurrence"};
    if (f.quantity && f.quantity->comparator.empty())
      g.per_occurrence = Target{f.quantity->value, f.quantity->unit};
  } else if (f.quantity && f.quantity->comparator.empty() && f.quantity->value > 0) {
    g.target = Target{f.quantity->value, f.quantity->unit};
  }
  // A threshold ("under 2 minutes") is how well, not how much: the goal is done or not.
  g.start = f.window_start ? f.window_start : std::optional<Date>(g.created);
  g.deadline = f.deadline ? f.deadline : f.window_end;
  if (spec.target) g.target = *spec.target;
  if (spec.start) g.start = spec.start;
  if (spec.deadline) g.deadline = spec.deadline;
  if (g.recurrence && g.target.unit == "occurrence" && g.deadline) g.recurrence->until = g.deadline;
  return add_goal(std::move(g));
}

const Goal& Journal::add_goal(Goal g) {
  check_id(g.id, "goal");
  if (has_id(goals_, g.id)) invalid("a goal with id \"" + g.id + "\" already exists");
  check_text(g.text, "goal text", false);
  check_date(g.created, "goal creation date");
  check_date(g.status_changed, "goal status date");
  check_target(g.target, "target");
  if (g.per_occurrence) check_target(*g.per_occurrence, "per-occurrence");
  if (g.origin != "manual" && g.origin != "draft")
    invalid("goal origin must be \"manual\" or \"draft\", not \"" + g.origin + "\"");
  if (g.start) check_date(*g.start, "window start");
  if (g.deadline) check_date(*g.deadline, "deadline");
  if (g.start && g.deadline && *g.deadline < *g.start)
    invalid("the deadline " + g.deadline->to_iso() + " is before the window start " + g.start->to_iso());
  if (g.recurrence && (!std::isfinite(g.recurrence->count) || g.recurrence->count <= 0))
    invalid("a recurrence needs a count above 0");
  goals_.push_back(std::move(g));
  return goals_.back();
}

const CheckIn& Journal::check_in(std::string_view goal_id, Date date, double amount, std::string note) {
  CheckIn c;
  c.goal_id = std::string(goal_id);
  c.date = date;
  c.amount = amount;
  c.note = std::move(note);
  return add_check_in(std::move(c));
}

const CheckIn& Journal::add_check_in(CheckIn c) {
  if (!find_goal(c.goal_id)) throw Error(ErrorCode::not_found, "no goal with id \"" + c.goal_id + "\"");
  check_date(c.date, "check-in date");
  if (!std::isfinite(c.amount) || c.amount <= 0 || c.amount > 1e9)
    invalid("check-in amount must be a number above 0 (and at most 1e9)");
  check_text(c.note, "check-in note", true);
  if (c.id.empty()) c.id = next_id(check_ins_, 'c');
  check_id(c.id, "check-in");
  if (has_id(check_ins_, c.id)) invalid("a check-in with id \"" + c.id + "\" already exists");
  check_ins_.push_back(std::move(c));
  return check_ins_.back();
}

const Goal& Journal::set_status(std::string_view goal_id, GoalStatus status, Date date) {
  check_date(date, "status date");
  for (Goal& g : goals_) {
    if (g.id != goal_id) continue;
    g.status = status;
    g.status_changed = date;
    return g;
  }
  throw Error(ErrorCode::not_found, "no goal with id \"" + std::string(goal_id) + "\"");
}

const Interview& Journal::add_interview(Interview interview) {
  if (interview.id.empty()) interview.id = next_id(interviews_, 'i');
  check_id(interview.id, "interview");
  if (has_id(interviews_, interview.id)) invalid("an interview with id \"" + interview.id + "\" already exists");
  check_date(interview.date, "interview date");
  if (interview.session_json.empty()) interview.session_json = "{}";
  {
    // Stored documents are kept compact and known to be objects, so the journal writer can
    // embed them without re-checking.
    const packs::Json doc = packs::parse_json(interview.session_json, "feedback session");
    interview.session_json = journal::read_embedded(packs::JsonReader(doc, "/session"), journal::kSessionSchema);
  }
  for (const auto& [aspect, r] : interview.ratings) {
    if (aspect.empty()) invalid("a rating has an empty aspect id");
    if (!std::isfinite(r.value) || !std::isfinite(r.scale_min) || !std::isfinite(r.scale_max) ||
        r.scale_max <= r.scale_min || r.value < r.scale_min || r.value > r.scale_max)
      invalid("rating of \"" + aspect + "\" is not a value within its scale", "/ratings/" + aspect);
  }
  for (const auto* list : {&interview.improve, &interview.strengths})
    for (const auto& a : *list)
      if (a.empty()) invalid("an aspect id is empty");
  interviews_.push_back(std::move(interview));
  return interviews_.back();
}

const Reflection& Journal::add_reflection(Reflection reflection) {
  if (reflection.id.empty()) reflection.id = next_id(reflections_, 'r');
  check_id(reflection.id, "reflection");
  if (has_id(reflections_, reflection.id)) invalid("a reflection with id \"" + reflection.id + "\" already exists");
  check_date(reflection.date, "reflection date");
  check_text(reflection.text, "reflection text", false);
  if (!reflection.mindset_json.empty()) {
    const packs::Json doc = packs::parse_json(reflection.mindset_json, "mindset report");
    reflection.mindset_json = journal::read_embedded(packs::JsonReader(doc, "/mindset"), journal::kMindsetSchema);
  }
  reflections_.push_back(std::move(reflection));
  return reflections_.back();
}

}  // namespace goalsmith
