// `goalsmith journal ...`: keep a journal file of interviews, reflections, goals and check-ins,
// and show progress, trends and the report (docs/journal.md, docs/cli.md). Every change goes
// through goalsmith::apply_journal_op (the same ops as the C ABI and Python) and is saved
// atomically; a journal that cannot be read is reported and left as it is.
#include <cstdio>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace goalsmith::cli {
namespace {

using nlohmann::json;

constexpr std::string_view journal_help =
    "usage: goalsmith journal SUBCOMMAND FILE [options] [ARGS...]\n"
    "\n"
    "Keeps a journal of interviews, reflections, goals and check-ins in FILE (one JSON\n"
    "document, schema goalsmith.journal/1, saved atomically) and shows progress and trends.\n"
    "\n"
    "subcommands:\n"
    "  init FILE [--learner NAME] [--today DATE]     create an empty journal (FILE must not exist)\n"
    "  add-goal FILE [options] TEXT...               add a goal; its target and window come from\n"
    "      --today DATE      the SMART check of TEXT  (reference date, default: today)\n"
    "      --target N --unit UNIT  override the target   --deadline DATE  override the deadline\n"
    "      --id ID  --draft  --source-session ID --source-aspect ASPECT\n"
    "  check-in FILE GOAL [--date DATE] [--amount N] [--note TEXT]   record work on a goal\n"
    "  status FILE GOAL STATUS [--date DATE]         active, done, dropped or paused\n"
    "  reflect FILE [--date DATE] [--mindset REPORT.json] TEXT...   add a reflection\n"
    "  add-interview FILE SESSION.json [--date DATE] [--id ID] [--ratings JSON]\n"
    "      [--improve ASPECT]... [--strength ASPECT]...            add an interview (feedback session)\n"
    "  progress FILE [--today DATE] [--json]         progress of every goal\n"
    "  trends FILE [--today DATE]                    trends across interviews (JSON)\n"
    "  report FILE [--today DATE] [--html]           summary report (Markdown, or HTML)\n"
    "  show FILE                                     print the journal document\n"
    "\n"
    "Changing subcommands print the item they added or changed as JSON. An older journal\n"
    "layout is migrated when read; it is written in the new layout on the next change.\n"
    "Exit status: 0 success, 1 the journal could not be read, changed or saved, 2 bad command line.\n";

constexpr std::string_view kCommand = "journal";

Date date_value(const Parsed& p, const std::string& name) {
  const auto v = p.value(name);
  if (!v) return p.today ? *p.today : Date::today();
  try {
    return Date::from_iso(*v);
  } catch (const Error& e) {
    throw UsageError{name + ": " + e.what(), std::string(kCommand)};
  }
}

double number_value(const std::string& name, const std::string& value) {
  std::size_t used = 0;
  double d = 0;
  try {
    d = std::stod(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || !(d > 0))
    throw UsageError{name + ": expected a number above 0, not '" + value + "'", std::string(kCommand)};
  return d;
}

json json_file(const std::string& path, std::istream& in, const char* what) {
  const std::string text = read_file_or_stdin(path, in);
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    throw Error(ErrorCode::json_syntax, std::string(what) + " \"" + path + "\" is not valid JSON",
                "byte " + std::to_string(e.byte > 0 ? e.byte - 1 : 0));
  }
}

// Applies `op` to the journal in `file`, saves it and prints the item.
int change(const std::string& file, const json& op, std::ostream& out) {
  const Engine engine;
  Journal journal = load_journal(file, engine);
  const std::string item = apply_journal_op(journal, engine, op.dump());
  save_journal(journal, file);
  out << nlohmann::ordered_json::parse(item).dump(2) << '\n';
  return exit_ok;
}

std::string require_word(const Parsed& p, std::size_t index, const char* what) {
  if (p.words.size() <= index) throw UsageError{std::string("missing ") + what, std::string(kCommand)};
  return p.words[index];
}

std::string number_text(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

// The readable form of `goalsmith journal progress`.
void print_progress(const std::vector<GoalProgress>& progress, std::ostream& out) {
  if (progress.empty()) {
    out << "no goals yet\n";
    return;
  }
  for (const GoalProgress& p : progress) {
    out << p.goal_id << "  " << p.text << '\n';
    out << "    " << number_text(p.done) << " of " << number_text(p.target.amount);
    if (!p.target.unit.empty()) out << ' ' << p.target.unit;
    out << " (" << number_text(p.percent) << "%)  " << to_string(p.state);
    if (p.expected) out << "  expected " << number_text(*p.expected);
    if (p.deadline) out << "  due " << p.deadline->to_iso() << " (" << *p.days_left << " days left)";
    out << '\n';
    if (!p.periods.empty())
      out << "    streak " << p.streak << ", missed " << number_text(p.missed) << " in " << p.periods.size()
          << " periods\n";
  }
}

int journal_main(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& /*err*/) {
  if (args.size() < 2 || args[1] == "-h" || args[1] == "--help") {
    out << journal_help;
    return args.size() < 2 ? exit_usage : exit_ok;
  }
  const std::string sub = args[1];
  auto parse = [&](const std::vector<std::string_view>& allowed, const std::vector<std::string_view>& flags = {}) {
    return parse_args(args, 2, std::string(kCommand), allowed, true, flags);
  };

  if (sub == "init") {
    const Parsed p = parse({"--learner", "--today"});
    const std::string file = require_word(p, 0, "FILE");
    if (p.words.size() > 1) throw UsageError{"init takes one FILE", std::string(kCommand)};
    if (std::FILE* f = std::fopen(file.c_str(), "rb")) {
      std::fclose(f);
      throw Error(ErrorCode::invalid_argument, "\"" + file + "\" already exists; not overwriting it");
    }
    Journal journal;
    journal.created = p.today ? *p.today : Date::today();
    if (const auto learner = p.value("--learner")) journal.learner = *learner;
    save_journal(journal, file);
    out << "created " << file << '\n';
    return exit_ok;
  }
  if (sub == "add-goal") {
    const Parsed p = parse({"--today", "--target", "--unit", "--deadline", "--start", "--id", "--draft",
                            "--source-session", "--source-aspect"},
                           {"--draft"});
    const std::string file = require_word(p, 0, "FILE");
    const std::string text = join_words(std::vector<std::string>(p.words.begin() + 1, p.words.end()));
    if (text.empty()) throw UsageError{"missing the goal TEXT", std::string(kCommand)};
    json op = {{"op", "add_goal"}, {"text", text}, {"today", (p.today ? *p.today : Date::today()).to_iso()}};
    if (p.flag("--draft")) op["origin"] = "draft";
    if (const auto t = p.value("--target"))
      op["target"] = {{"amount", number_value("--target", *t)}, {"unit", p.value("--unit").value_or("")}};
    else if (p.value("--unit"))
      throw UsageError{"--unit needs --target", std::string(kCommand)};
    if (p.value("--deadline")) op["deadline"] = date_value(p, "--deadline").to_iso();
    if (p.value("--start")) op["start"] = date_value(p, "--start").to_iso();
    if (const auto id = p.value("--id")) op["id"] = *id;
    const auto session = p.value("--source-session");
    const auto aspect = p.value("--source-aspect");
    if (session || aspect) {
      if (!session || !aspect)
        throw UsageError{"--source-session and --source-aspect go together", std::string(kCommand)};
      op["source"] = {{"session_id", *session}, {"aspect", *aspect}};
    }
    return change(file, op, out);
  }
  if (sub == "check-in") {
    const Parsed p = parse({"--date", "--amount", "--note", "--today"});
    const std::string file = require_word(p, 0, "FILE");
    const std::string goal = require_word(p, 1, "GOAL");
    if (p.words.size() > 2) throw UsageError{"unexpected argument '" + p.words[2] + "'", std::string(kCommand)};
    json op = {{"op", "check_in"}, {"goal", goal}, {"date", date_value(p, "--date").to_iso()}};
    if (const auto a = p.value("--amount")) op["amount"] = number_value("--amount", *a);
    if (const auto n = p.value("--note")) op["note"] = *n;
    return change(file, op, out);
  }
  if (sub == "status") {
    const Parsed p = parse({"--date", "--today"});
    const std::string file = require_word(p, 0, "FILE");
    const std::string goal = require_word(p, 1, "GOAL");
    const std::string status = require_word(p, 2, "STATUS (active, done, dropped or paused)");
    if (!goal_status_from_name(status))
      throw UsageError{"unknown status '" + status + "' (expected active, done, dropped or paused)",
                       std::string(kCommand)};
    return change(file, {{"op", "set_status"}, {"goal", goal}, {"status", status}, {"date", date_value(p, "--date").to_iso()}},
                  out);
  }
  if (sub == "reflect") {
    const Parsed p = parse({"--date", "--mindset", "--today"});
    const std::string file = require_word(p, 0, "FILE");
    const std::string text = join_words(std::vector<std::string>(p.words.begin() + 1, p.words.end()));
    if (text.empty()) throw UsageError{"missing the reflection TEXT", std::string(kCommand)};
    json op = {{"op", "add_reflection"}, {"text", text}, {"date", date_value(p, "--date").to_iso()}};
    if (const auto m = p.value("--mindset")) op["mindset"] = json_file(*m, in, "mindset report");
    return change(file, op, out);
  }
  if (sub == "add-interview") {
    const Parsed p = parse({"--date", "--id", "--ratings", "--improve", "--strength"});
    const std::string file = require_word(p, 0, "FILE");
    const std::string session_file = require_word(p, 1, "SESSION.json");
    json op = {{"op", "add_interview"}, {"session", json_file(session_file, in, "feedback session")}};
    if (p.value("--date")) op["date"] = date_value(p, "--date").to_iso();
    if (const auto id = p.value("--id")) op["id"] = *id;
    if (const auto r = p.value("--ratings")) {
      try {
        op["ratings"] = json::parse(*r);
      } catch (const json::parse_error&) {
        throw UsageError{"--ratings: not valid JSON (expected {\"aspect\": {\"value\": 3, \"min\": 1, \"max\": 4}})",
                         std::string(kCommand)};
      }
    }
    if (const auto it = p.values.find("--improve"); it != p.values.end()) op["improve"] = it->second;
    if (const auto it = p.values.find("--strength"); it != p.values.end()) op["strengths"] = it->second;
    return change(file, op, out);
  }

  // Reading subcommands.
  const std::vector<std::string_view> read_options = {"--today", "--json", "--html"};
  const Parsed p = parse(read_options, {"--json", "--html"});
  const std::string file = require_word(p, 0, "FILE");
  if (p.words.size() > 1) throw UsageError{"unexpected argument '" + p.words[1] + "'", std::string(kCommand)};
  const Date today = p.today ? *p.today : Date::today();
  const Engine engine;
  if (sub == "progress") {
    const Journal journal = load_journal(file, engine);
    if (p.json)
      out << nlohmann::ordered_json::parse(progress_to_json(journal.progress(today), today)).dump(2) << '\n';
    else
      print_progress(journal.progress(today), out);
    return exit_ok;
  }
  if (sub == "trends") {
    out << nlohmann::ordered_json::parse(trends_to_json(load_journal(file, engine).trends(today), today)).dump(2) << '\n';
    return exit_ok;
  }
  if (sub == "report") {
    out << journal_report(load_journal(file, engine), engine, today,
                          p.flag("--html") ? ReportFormat::html : ReportFormat::markdown);
    return exit_ok;
  }
  if (sub == "show") {
    out << journal_to_json(load_journal(file, engine));
    return exit_ok;
  }
  throw UsageError{"unknown journal subcommand '" + sub +
                       "' (expected init, add-goal, check-in, status, reflect, add-interview, progress, "
                       "trends, report or show)",
                   std::string(kCommand)};
}

// {"op": "journal_progress", "journal": {...}, "today"?}: progress of a journal given inline.
std::string journal_progress_line(const json& line, const Engine& /*engine*/, const std::optional<Date>& default_today) {
  allow_keys(line, {"op", "journal", "today"}, "op, journal, today");
  const std::string document = line_document(line, "journal");
  const Date today = line_today(line, default_today).value_or(Date::today());
  try {
    return progress_to_json(journal_from_json(document).progress(today), today);
  } catch (const Error& e) {
    const std::string& w = e.where();
    throw LineError{e.code(), e.what(), w.rfind("byte", 0) == 0 ? w : w == "/" ? "/journal" : "/journal" + w};
  }
}

}  // namespace

Command journal_command() {
  return {"journal", "journal SUBCOMMAND FILE ...",
          "keep a journal of goals and check-ins; show progress, trends and a report", journal_help,
          journal_main};
}

BatchOp journal_progress_op() { return {"journal_progress", journal_progress_line}; }

}  // namespace goalsmith::cli
