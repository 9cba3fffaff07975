// `goalsmith improve`: rewrite a weak goal into a SMART one and say what changed; and the batch
// op {"op": "improve"}. The changes' sentences come from the core and its pack.
#include <istream>
#include <ostream>
#include <string>

#include "cli_support.hpp"
#include "goalsmith/goals.hpp"

namespace goalsmith::cli {
namespace {

using nlohmann::json;

constexpr std::string_view improve_help =
    "usage: goalsmith improve [--today YYYY-MM-DD] [--focus ASPECT]... [--deadline YYYY-MM-DD]\n"
    "                         [--window DAYS] [--json] [--] TEXT...\n"
    "\n"
    "Rewrites a goal (the TEXT words joined by spaces) so that it meets all five SMART criteria,\n"
    "keeping your own action and object, and lists what it changed.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD     reference date (default: today, local time)\n"
    "  --focus ASPECT         aspect from feedback the goal should work on (repeatable)\n"
    "  --deadline YYYY-MM-DD  the deadline to add when the goal has none\n"
    "  --window DAYS          otherwise the deadline is today + DAYS - 1 (default 14)\n"
    "  --json                 print the JSON document (schema goalsmith.improved_goal/1)\n"
    "  -h, --help             show this help\n";

int cmd_improve(const Arguments& args, std::istream& /*in*/, std::ostream& out, std::ostream& /*err*/) {
  const Parsed p = parse_args(args, 1, "improve", {"--today", "--focus", "--deadline", "--window", "--json"}, true);
  if (p.help) {
    out << improve_help;
    return exit_ok;
  }
  if (p.words.empty()) throw UsageError{"missing the goal TEXT", "improve"};
  const Engine engine;
  ImproveContext context;
  context.focus = p.focus;
  if (const auto bad = unknown_aspect(engine, context.focus))
    throw UsageError{"--focus: unknown aspect '" + *bad + "' (known: " + known_aspects_list(engine) + ")", "improve"};
  if (const auto d = p.value("--deadline")) {
    try {
      context.deadline = Date::from_iso(*d);
    } catch (const Error& e) {
      throw UsageError{"--deadline: " + std::string(e.what()), "improve"};
    }
  }
  if (const auto n = p.value("--window")) {
    try {
      std::size_t used = 0;
      context.window_days = std::stoi(*n, &used);
      if (used != n->size()) throw std::invalid_argument(*n);
    } catch (const std::exception&) {
      throw UsageError{"--window: expected a number of days, got '" + *n + "'", "improve"};
    }
  }
  const ImprovedGoal g = improve_goal(engine, join_words(p.words), p.today, context);
  if (p.json) {
    out << improved_goal_to_json(g, 2) << '\n';
    return exit_ok;
  }
  out << "Goal:     " << g.original << '\n';
  out << "Improved: " << g.text << '\n';
  if (g.changes.empty()) {
    out << "\nNo change needed: " << g.after.summary << '\n';
    return exit_ok;
  }
  out << "\nChanges:\n";
  for (const auto& c : g.changes) out << "- " << g.after[c.criterion].label << ": " << c.description << '\n';
  out << '\n' << g.after.summary << '\n';
  return exit_ok;
}

}  // namespace

Command improve_command() {
  return {"improve", "improve [options] TEXT...", "rewrite a weak goal into a SMART one and say what changed",
          improve_help, cmd_improve};
}

// {"op": "improve", "text": "...", "today": "YYYY-MM-DD", "context": {...}}.
std::string improve_line(const json& j, const Engine& engine, const std::optional<Date>& default_today) {
  allow_keys(j, {"op", "text", "today", "context"}, "op, text, today, context");
  const std::string text = line_text(j);
  ImproveContext context;
  if (j.contains("context")) {
    try {
      context = improve_context_from_json(line_document(j, "context"));
    } catch (const Error& e) {
      throw LineError{e.code(), e.what(), "/context" + e.where()};
    }
  }
  try {
    return improved_goal_to_json(improve_goal(engine, text, line_today(j, default_today), context));
  } catch (const Error& e) {
    // Context problems name their key ("/deadline", "/focus/0"); text problems a byte.
    const bool in_context = !e.where().empty() && e.where()[0] == '/';
    throw LineError{e.code(), e.what(), in_context ? "/context" + e.where() : e.where()};
  }
}

}  // namespace goalsmith::cli
