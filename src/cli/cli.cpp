// The `goalsmith` command line (see docs/cli.md).
//
// Every word a user reads about a goal (criterion labels, explanations, suggestions, the
// summary) comes from the report, which the core builds from the language pack. This file only
// holds the tool's own chrome: usage text, headings and its plain error wording.
#include "cli.hpp"
#include "cli_support.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <exception>
#include <initializer_list>
#include <istream>
#include <new>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

namespace goalsmith::cli {
namespace {

using nlohmann::json;

// ------------------------------------------------------------------ help texts

constexpr std::string_view general_help_head =
    "usage: goalsmith <command> [options]\n"
    "\n"
    "Coach interview preparation: check SMART goals, read feedback, reflect, track progress.\n"
    "\n"
    "commands:\n";

constexpr std::string_view general_help_tail =
    "\n"
    "Exit status: 0 success, 1 the input could not be processed, 2 bad command line.\n";

constexpr std::string_view check_help =
    "usage: goalsmith check [--today YYYY-MM-DD] [--focus ASPECT]... [--json]\n"
    "                       [--week-start monday|sunday] [--options JSON] [--] TEXT...\n"
    "\n"
    "Checks one goal (the TEXT words joined by spaces) against the SMART criteria.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date for relative times (default: today, local time)\n"
    "  --focus ASPECT      aspect from feedback, e.g. communication (repeatable)\n"
    "  --week-start DAY    first day of the week, monday (default) or sunday\n"
    "  --json              print the report JSON (schema goalsmith.smart_report/1)\n"
    "  --options JSON      check options document (goalsmith.check_options/1): today, focus,\n"
    "                      weights, labels, week_start; options given separately win\n"
    "  -h, --help          show this help\n";

constexpr std::string_view time_help =
    "usage: goalsmith time [--today YYYY-MM-DD] [--now HH:MM[:SS]] [--week-start DAY]\n"
    "                      [--options JSON] [--json] [--] TEXT...\n"
    "\n"
    "Lists every time expression in the text (the TEXT words joined by spaces) with its kind,\n"
    "its dates and times of day (the end is inclusive) and, for a recurrence, how often and\n"
    "until when.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date for relative times (default: today, local time)\n"
    "  --now HH:MM[:SS]    reference time of day: \"in 2 hours\" gets a time, and a time of\n"
    "                      day without a day that has passed is tomorrow's (default: none)\n"
    "  --week-start DAY    first day of the week, monday (default) or sunday\n"
    "  --options JSON      time options document (goalsmith.time_options/1): today, now,\n"
    "                      week_start; options given separately win\n"
    "  --json              print the JSON document (schema goalsmith.time/1)\n"
    "  -h, --help          show this help\n";

constexpr std::string_view batch_help =
    "usage: goalsmith batch [--today YYYY-MM-DD]\n"
    "\n"
    "Reads JSON lines from stdin, each an object\n"
    "  {\"text\": \"...\", \"today\": \"YYYY-MM-DD\", \"focus\": [\"...\"], \"options\": {...}}\n"
    "(only \"text\" is required), and writes one line per non-blank input line, in order:\n"
    "the report JSON, or {\"error\": {\"code\", \"message\", \"where\", \"line\"}} for a bad line.\n"
    "A line {\"op\": \"time\", \"text\": \"...\", \"today\": \"YYYY-MM-DD\", \"now\": \"HH:MM\",\n"
    "\"week_start\": \"sunday\", \"options\": {...}} gets the time expressions instead (schema\n"
    "goalsmith.time/1; options: goalsmith.time_options/1); \"op\" is \"check\" by default.\n"
    "A line {\"op\": \"grade\", \"worksheet\": {...} or \"markdown\": \"...\", \"rubric\": {...}}\n"
    "gets the grade of a SMART goals worksheet (schema goalsmith.worksheet_grade/1).\n"
    "A line {\"op\": \"mindset\", \"text\": \"...\", \"today\": \"YYYY-MM-DD\", \"options\": {...}}\n"
    "gets the thinking traps of a reflection (schema goalsmith.mindset_report/1).\n"
    "A line {\"op\": \"improve\", \"text\": \"...\", \"today\": \"...\", \"context\": {...}} gets the goal\n"
    "rewritten into a SMART one (schema goalsmith.improved_goal/1).\n"
    "Blank lines are skipped. Exit status 0 unless reading or writing fails.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date for lines that do not give one\n"
    "  -h, --help          show this help\n";

constexpr std::string_view demo_help =
    "usage: goalsmith demo [--today YYYY-MM-DD]\n"
    "\n"
    "Checks the language pack's sample goals, weak and strong, and shows why each passes\n"
    "or fails.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date (default: today, local time)\n"
    "  -h, --help          show this help\n";

constexpr std::string_view version_help =
    "usage: goalsmith version\n"
    "\n"
    "Prints the version of goalsmith.\n";

// ------------------------------------------------------------------ readable output

// Words for the verdicts as the pack spells them (messages.verdict_met, ...: "partly met"),
// falling back to the stable ids of the JSON ("partial") for a pack without them.
class VerdictWords {
 public:
  explicit VerdictWords(const Engine& engine) {
    for (const Verdict v : {Verdict::missing, Verdict::partial, Verdict::met}) {
      words_[static_cast<std::size_t>(v)] = to_string(v);
    }
    const json pack = json::parse(engine.pack().to_json(), nullptr, false);
    const auto messages = pack.is_object() ? pack.find("messages") : pack.end();
    if (messages == pack.end() || !messages->is_object()) return;
    for (const Verdict v : {Verdict::missing, Verdict::partial, Verdict::met}) {
      const auto word = messages->find(std::string("verdict_") + to_string(v));
      if (word != messages->end() && word->is_string()) {
        words_[static_cast<std::size_t>(v)] = word->get<std::string>();
      }
    }
  }
  const std::string& operator()(Verdict v) const { return words_[static_cast<std::size_t>(v)]; }

 private:
  std::array<std::string, 3> words_;
};

void print_report(std::ostream& out, const SmartReport& r, const VerdictWords& word) {
  out << "Goal:  " << r.text << '\n';
  out << "Today: " << r.today.to_iso() << '\n';
  if (r.fields.deadline) out << "Deadline: " << r.fields.deadline->to_iso() << '\n';
  out << '\n';

  std::size_t label_width = 0;
  std::size_t verdict_width = 0;
  for (const CriterionResult& c : r.criteria) {
    label_width = std::max(label_width, display_width(c.label));
    verdict_width = std::max(verdict_width, display_width(word(c.verdict)));
  }
  for (const CriterionResult& c : r.criteria) {
    out << pad(c.label, label_width) << "  " << pad(word(c.verdict), verdict_width) << "  "
        << fixed2(c.score);
    if (c.weight != 1.0) out << "  (weight " << fixed2(c.weight) << ')';
    out << '\n';
    const std::string indent(label_width + 2, ' ');
    if (!c.explanation.empty()) out << indent << c.explanation << '\n';
    if (!c.evidence.empty()) {
      out << indent << "Evidence: ";
      for (std::size_t i = 0; i < c.evidence.size(); ++i) {
        if (i != 0) out << ", ";
        out << in_quotes(c.evidence[i].text) << " (" << c.evidence[i].rule << ')';
      }
      out << '\n';
    }
    if (!c.suggestions.empty()) {
      out << indent << "Suggestions:\n";
      for (const std::string& s : c.suggestions) out << indent << "  - " << s << '\n';
    }
  }
  out << '\n' << "Score: " << fixed2(r.score) << '\n';
  out << "Summary: " << r.summary << '\n';
}

bool all_met(const SmartReport& r) {
  return std::all_of(r.criteria.begin(), r.criteria.end(),
                     [](const CriterionResult& c) { return c.verdict == Verdict::met; });
}

// Compact form for the demo: one verdict line, then why for each criterion that is not met.
void print_demo_item(std::ostream& out, std::size_t number, const SmartReport& r,
                     const VerdictWords& word) {
  out << number << ". " << in_quotes(r.text) << '\n';
  out << "   score " << fixed2(r.score) << " | ";
  for (std::size_t i = 0; i < r.criteria.size(); ++i) {
    if (i != 0) out << ", ";
    out << r.criteria[i].label << ' ' << word(r.criteria[i].verdict);
  }
  out << '\n';
  if (all_met(r)) {
    out << "   passes: every criterion is met\n";
  } else {
    out << "   fails:\n";
    for (const CriterionResult& c : r.criteria) {
      if (c.verdict == Verdict::met) continue;
      out << "   - " << c.label << " (" << word(c.verdict) << "): " << c.explanation;
      if (!c.suggestions.empty()) out << " Try: " << c.suggestions.front();
      out << '\n';
    }
  }
  out << "   " << r.summary << "\n\n";
}

// ------------------------------------------------------------------ batch

// nlohmann's messages start with "[json.exception.parse_error.101] "; users need the rest.
std::string plain_json_message(const std::string& what) {
  if (!what.empty() && what[0] == '[') {
    const auto close = what.find("] ");
    if (close != std::string::npos) return what.substr(close + 2);
  }
  return what;
}

// One batch line as a JSON object, checked for UTF-8 and syntax.
json parse_batch_line(const std::string& line) {
  if (const std::size_t bad = goalsmith::find_invalid_utf8(line); bad != std::string_view::npos) {
    throw LineError{ErrorCode::invalid_utf8, "the line is not valid UTF-8",
                    "byte " + std::to_string(bad)};
  }
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    throw LineError{ErrorCode::json_syntax, plain_json_message(e.what()),
                    "byte " + std::to_string(e.byte == 0 ? 0 : e.byte - 1)};
  }
  if (!j.is_object()) schema_error("a batch line must be a JSON object with a \"text\"", "");
  return j;
}

std::string error_line(const LineError& e, std::size_t line) {
  json j = {{"error",
             {{"code", error_code_name(e.code)},
              {"message", e.message},
              {"where", e.where},
              {"line", line}}}};
  return j.dump();
}

// The operation of a batch line: the first of batch_ops() ("check") when it names none.
const BatchOp& batch_op(const json& j) {
  const std::vector<BatchOp>& ops = batch_ops();
  std::string names;
  for (const BatchOp& op : ops) names += (names.empty() ? "\"" : ", \"") + std::string(op.name) + "\"";
  const auto op = j.find("op");
  if (op == j.end() || op->is_null()) return ops.front();
  if (!op->is_string()) schema_error("\"op\" must be a string: one of " + names, "/op");
  const std::string name = op->get<std::string>();
  for (const BatchOp& candidate : ops) {
    if (candidate.name == name) return candidate;
  }
  schema_error("unknown op \"" + name + "\" (expected one of " + names + ")", "/op");
}

// Answers an {"op": "time"} line: the goalsmith.time/1 document.
std::string time_line(const json& j, const Engine& engine,
                      const std::optional<Date>& default_today) {
  allow_keys(j, {"op", "text", "today", "now", "week_start", "options"}, "op, text, today, now, week_start, options");
  const std::string text = line_text(j);
  // Options: the "options" object (goalsmith.time_options/1), then the keys given beside it.
  json options = json::object();
  if (const auto o = j.find("options"); o != j.end() && !o->is_null()) {
    if (!o->is_object()) schema_error("\"options\" must be an object", "/options");
    options = *o;
  }
  for (const char* key : {"now", "week_start"})
    if (const auto v = j.find(key); v != j.end()) options[key] = *v;
  TimeOptions time_options;
  try {
    time_options = time_options_from_json(options.dump());
  } catch (const Error& e) {
    const std::string where = e.where();
    const bool beside = (where == "/now" && j.contains("now")) || (where == "/week_start" && j.contains("week_start"));
    throw LineError{e.code(), e.what(), (beside ? "" : "/options") + where};
  }
  time_options.today = line_today(j, time_options.today ? time_options.today : default_today).value_or(Date::today());
  return time_expressions_to_json(engine.parse_time(text, time_options), text, *time_options.today);
}

// Builds the check of one batch line: returns the text and fills `options`.
std::string read_batch_line(const json& j, const Engine& engine,
                            const std::optional<Date>& default_today, CheckOptions& options) {
  allow_keys(j, {"op", "text", "today", "focus", "options"}, "op, text, today, focus, options");
  const std::string text = line_text(j);

  if (const auto o = j.find("options"); o != j.end()) {
    if (!o->is_object()) schema_error("\"options\" must be an object", "/options");
    try {
      options = check_options_from_json(o->dump());
    } catch (const Error& e) {
      throw LineError{e.code(), e.what(), "/options" + e.where()};
    }
  }
  options.today = line_today(j, options.today ? options.today : default_today);
  if (const auto f = j.find("focus"); f != j.end() && !f->is_null()) {
    if (!f->is_array()) schema_error("\"focus\" must be an array of aspect ids", "/focus");
    for (std::size_t i = 0; i < f->size(); ++i) {
      const json& v = (*f)[i];
      const std::string where = "/focus/" + std::to_string(i);
      if (!v.is_string()) schema_error("a focus aspect must be a string", where);
      options.focus.push_back(v.get<std::string>());
    }
  }
  if (const auto bad = unknown_aspect(engine, options.focus)) {
    throw LineError{ErrorCode::invalid_argument,
                    "unknown focus aspect \"" + *bad + "\" (known: " +
                        known_aspects_list(engine) + ")",
                    "/focus"};
  }
  return text;
}

// Answers a check line (the default op): the goalsmith.smart_report/1 document.
std::string check_line(const json& j, const Engine& engine,
                       const std::optional<Date>& default_today) {
  CheckOptions options;
  const std::string text = read_batch_line(j, engine, default_today, options);
  return report_to_json(engine.check_goal(text, options));
}

// ------------------------------------------------------------------ time expressions

const char* const weekday_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string number_text(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

// One expression on one line, then its details: kind (grain), dates, recurrence, duration.
// "15:30", or "15:30:05" when the seconds matter.
std::string clock_text(const TimeOfDay& t) {
  const std::string iso = t.to_iso();
  return t.second == 0 ? iso.substr(0, 5) : iso;
}

// A day with its time of day, if any: "2026-11-23 15:30".
std::string moment_text(const std::optional<Date>& d, const std::optional<TimeOfDay>& t) {
  std::string s = d ? d->to_iso() : std::string("...");
  if (t) s += " " + clock_text(*t);
  return s;
}

void print_time_expression(std::ostream& out, std::size_t number, const TimeExpression& t) {
  out << number << ". " << in_quotes(t.text) << "  " << to_string(t.kind) << " ("
      << to_string(t.grain) << ")";
  if (t.start || t.end) {
    out << "  ";
    if (t.start && t.end && *t.start == *t.end && t.start_time == t.end_time) {
      out << moment_text(t.start, t.start_time);
    } else if (t.start && t.end && *t.start == *t.end && t.start_time && t.end_time) {
      out << t.start->to_iso() << " " << clock_text(*t.start_time) << " to " << clock_text(*t.end_time);
    } else {
      out << moment_text(t.start, t.start_time) << " to " << moment_text(t.end, t.end_time);
    }
  }
  if (t.past) out << "  (past)";
  out << '\n';
  if (t.recurrence) {
    const Recurrence& r = *t.recurrence;
    out << "   " << number_text(r.count) << (r.count == 1 ? " time" : " times") << " per "
        << to_string(r.per);
    if (!r.by_day.empty()) {
      out << " on ";
      for (std::size_t i = 0; i < r.by_day.size(); ++i) {
        if (i != 0) out << ", ";
        const int d = r.by_day[i];
        out << (d >= 1 && d <= 7 ? weekday_names[d - 1] : "?");
      }
    }
    if (r.until) out << " until " << r.until->to_iso();
    if (r.occurrences) out << ", " << *r.occurrences << " occurrences";
    out << '\n';
  }
  if (t.duration_seconds) out << "   duration " << number_text(*t.duration_seconds) << " s\n";
}

// ------------------------------------------------------------------ commands

// --week-start monday|sunday.
WeekStart week_start_option(const std::string& value, const std::string& command) {
  if (value == to_string(WeekStart::monday)) return WeekStart::monday;
  if (value == to_string(WeekStart::sunday)) return WeekStart::sunday;
  throw UsageError{"--week-start: expected monday or sunday, found '" + value + "'", command};
}

int cmd_check(const Arguments& args, std::istream& /*in*/, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "check", {"--today", "--focus", "--json", "--options", "--week-start"},
                              true);
  if (p.help) {
    out << check_help;
    return exit_ok;
  }
  if (p.words.empty()) throw UsageError{"missing the goal TEXT", "check"};

  const Engine engine;
  CheckOptions options;
  if (p.options_json) {
    try {
      options = check_options_from_json(*p.options_json);
    } catch (const Error& e) {
      throw UsageError{"--options: " + std::string(e.what()), "check"};
    }
  }
  if (p.today) options.today = p.today;
  if (const auto w = p.value("--week-start")) options.week_start = week_start_option(*w, "check");
  options.focus.insert(options.focus.end(), p.focus.begin(), p.focus.end());
  if (const auto bad = unknown_aspect(engine, options.focus)) {
    throw UsageError{"unknown focus aspect '" + *bad + "' (known: " + known_aspects_list(engine) +
                         ")",
                     "check"};
  }

  SmartReport report;
  try {
    report = engine.check_goal(join_words(p.words), options);
  } catch (const Error& e) {
    print_error(err, std::string("cannot check the goal: ") + e.what());
    return exit_goal;
  }
  if (p.json) {
    out << report_to_json(report, 2) << '\n';
  } else {
    print_report(out, report, VerdictWords(engine));
  }
  return exit_ok;
}

int cmd_time(const Arguments& args, std::istream& /*in*/, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "time", {"--today", "--json", "--now", "--week-start", "--options"}, true);
  if (p.help) {
    out << time_help;
    return exit_ok;
  }
  if (p.words.empty()) throw UsageError{"missing the TEXT", "time"};
  const Engine engine;
  TimeOptions options;
  if (p.options_json) {
    try {
      options = time_options_from_json(*p.options_json);
    } catch (const Error& e) {
      throw UsageError{"--options: " + std::string(e.what()), "time"};
    }
  }
  if (p.today) options.today = p.today;
  if (const auto now = p.value("--now")) {
    try {
      options.now = TimeOfDay::from_iso(*now);
    } catch (const Error& e) {
      throw UsageError{"--now: " + std::string(e.what()), "time"};
    }
  }
  if (const auto w = p.value("--week-start")) options.week_start = week_start_option(*w, "time");
  if (!options.today) options.today = Date::today();
  const Date today = *options.today;
  const std::string text = join_words(p.words);
  std::vector<TimeExpression> expressions;
  try {
    expressions = engine.parse_time(text, options);
  } catch (const Error& e) {
    print_error(err, std::string("cannot read the text: ") + e.what());
    return exit_goal;
  }
  if (p.json) {
    out << time_expressions_to_json(expressions, text, today, 2) << '\n';
    return exit_ok;
  }
  out << "Text:  " << text << '\n';
  out << "Today: " << today.to_iso();
  if (options.now) out << " " << clock_text(*options.now);
  out << '\n' << '\n';
  if (expressions.empty()) {
    out << "No time expression found.\n";
    return exit_ok;
  }
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    print_time_expression(out, i + 1, expressions[i]);
  }
  return exit_ok;
}

int cmd_batch(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "batch", {"--today"}, false);
  if (p.help) {
    out << batch_help;
    return exit_ok;
  }
  const Engine engine;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string result;
    try {
      const json j = parse_batch_line(line);
      result = batch_op(j).answer(j, engine, p.today);
    } catch (const LineError& e) {
      result = error_line(e, number);
    } catch (const Error& e) {
      result = error_line(LineError{e.code(), e.what(), e.where()}, number);
    }
    // Flushed line by line so that a program driving the tool through a pipe gets each answer
    // as soon as it is ready.
    out << result << '\n' << std::flush;
    if (!out) {
      print_error(err, "cannot write the output");
      return exit_goal;
    }
  }
  if (in.bad()) {
    print_error(err, "cannot read the input");
    return exit_goal;
  }
  return exit_ok;
}

int cmd_demo(const Arguments& args, std::istream& /*in*/, std::ostream& out,
             std::ostream& /*err*/) {
  const Parsed p = parse_args(args, 1, "demo", {"--today"}, false);
  if (p.help) {
    out << demo_help;
    return exit_ok;
  }
  const Engine engine;
  CheckOptions options;
  options.today = p.today ? *p.today : Date::today();
  const std::vector<std::string> goals = engine.pack().demo_goals();
  out << "Checking " << goals.size() << " sample goals on " << options.today->to_iso()
      << ".\n\n";
  const VerdictWords words(engine);
  std::size_t passed = 0;
  std::size_t number = 0;
  for (const std::string& goal : goals) {
    const SmartReport r = engine.check_goal(goal, options);
    if (all_met(r)) ++passed;
    print_demo_item(out, ++number, r, words);
  }
  out << passed << " of " << goals.size()
      << " sample goals meet every SMART criterion. Check your own with: goalsmith check "
         "\"your goal\"\n";
  return exit_ok;
}

int cmd_version(const Arguments& args, std::istream& /*in*/, std::ostream& out,
                std::ostream& /*err*/) {
  const Parsed p = parse_args(args, 1, "version", {}, false);
  out << (p.help ? std::string(version_help)
                 : "goalsmith " + std::string(version_string()) + '\n');
  return exit_ok;
}

const Command* find_command(std::string_view name) {
  for (const Command& c : commands()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

// `goalsmith help`: the commands of the table, then the exit statuses.
std::string general_help() {
  std::size_t width = std::string_view("help [COMMAND]").size();
  for (const Command& c : commands()) width = std::max(width, c.synopsis.size());
  std::string text(general_help_head);
  for (const Command& c : commands()) {
    text += "  " + pad(c.synopsis, width) + "  " + std::string(c.summary) + '\n';
  }
  text += "  " + pad("help [COMMAND]", width) + "  show help for goalsmith or one command\n";
  text += general_help_tail;
  return text;
}

int dispatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  if (args.empty()) {
    err << general_help();
    return exit_usage;
  }
  const std::string& command = args[0];
  if (command == "help" || command == "--help" || command == "-h") {
    if (args.size() > 2) throw UsageError{"help takes at most one COMMAND", ""};
    if (args.size() == 2 && args[1] != "help") {
      const Command* c = find_command(args[1]);
      if (c == nullptr) throw UsageError{"unknown command '" + args[1] + "'", ""};
      out << c->help;
    } else {
      out << general_help();
    }
    return exit_ok;
  }
  if (command == "--version") return cmd_version(args, in, out, err);
  if (const Command* c = find_command(command)) return c->run(args, in, out, err);
  throw UsageError{"unknown command '" + command + "'", ""};
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"check", "check [options] TEXT...", "check one goal and print a readable report (or --json)",
       check_help, cmd_check},
      {"time", "time [options] TEXT...", "list the time expressions of a text, resolved (or --json)",
       time_help, cmd_time},
      {"reframe", "reframe [options] TEXT...",
       "find thinking traps in a reflection and print reframing prompts (or --json)", reframe_help,
       cmd_reframe},
      {"batch", "batch [--today DATE]", "answer JSON lines from stdin, one JSON document per line",
       batch_help, cmd_batch},
      {"demo", "demo [--today DATE]", "check the built-in sample goals, weak and strong", demo_help,
       cmd_demo},
      grade_command(),
      draft_command(),
      template_command(),
      feedback_command(),
      improve_command(),
      {"version", "version", "print the version", version_help, cmd_version},
      journal_command(),
  };
  return table;
}

const std::vector<BatchOp>& batch_ops() {
  static const std::vector<BatchOp> table = {
      {"check", check_line},
      {"time", time_line},
      {"grade", grade_line},
      {"mindset", mindset_line},
      {"feedback", feedback_line},
      {"improve", improve_line},
      journal_progress_op(),
  };
  return table;
}

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  int status = exit_ok;
  try {
    status = dispatch(args, in, out, err);
  } catch (const UsageError& e) {
    print_error(err, e.message);
    err << "see 'goalsmith help" << (e.command.empty() ? "" : " " + e.command) << "'\n";
    status = exit_usage;
  } catch (const Error& e) {
    print_error(err, e.what());
    status = exit_goal;
  } catch (const std::bad_alloc&) {
    print_error(err, "out of memory");
    status = exit_goal;
  } catch (const std::exception& e) {
    print_error(err, std::string("internal error: ") + e.what());
    status = exit_goal;
  }
  out.flush();
  if (!out && status == exit_ok) {
    print_error(err, "cannot write the output");
    status = exit_goal;
  }
  return status;
}

}  // namespace goalsmith::cli
