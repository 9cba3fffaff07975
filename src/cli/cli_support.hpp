// The `goalsmith` command line: what every command file (src/cli/cmd_*.cpp, cli.cpp) shares.
//
// A command is a `Command` in the table of cli.cpp (`commands()`); a `goalsmith batch`
// operation is a `BatchOp` in `batch_ops()`. Adding a command means writing one file with its
// `Command` (and `BatchOp`, if batch lines can ask for it) and adding one line to each table.
// The tool's own chrome (usage text, headings, plain error wording) lives with the commands;
// every word about a goal, a session or a reflection comes from the core and its pack.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "goalsmith/goalsmith.hpp"

namespace goalsmith::cli {

// ------------------------------------------------------------------ the tables

using Arguments = std::vector<std::string>;

/// A subcommand: `goalsmith <name> ...`.
struct Command {
  std::string_view name;
  std::string_view synopsis;  ///< "check [options] TEXT..." for the list in `goalsmith help`
  std::string_view summary;   ///< one line for that list
  std::string_view help;      ///< `goalsmith help <name>` and `<name> --help`
  /// `args[0]` is the command name. Returns an ExitStatus; throws UsageError for a bad command
  /// line and goalsmith::Error for anything run() should report as exit_goal.
  int (*run)(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err);
};

/// An operation of a `goalsmith batch` line: {"op": "<name>", ...}.
struct BatchOp {
  std::string_view name;
  /// The answer line (a JSON document) for one input line. Throws LineError or
  /// goalsmith::Error, which batch turns into an error line.
  std::string (*answer)(const nlohmann::json& line, const Engine& engine,
                        const std::optional<Date>& default_today);
};

/// Every command, in the order `goalsmith help` lists them (defined in cli.cpp).
const std::vector<Command>& commands();
/// Every batch operation; the first is the default when a line has no "op" (cli.cpp).
const std::vector<BatchOp>& batch_ops();

// The commands and batch ops of the per-area files.

// cmd_worksheet.cpp: `goalsmith grade` and {"op": "grade"}.
Command grade_command();
std::string grade_line(const nlohmann::json& line, const Engine& engine, const std::optional<Date>& default_today);
/// `goalsmith reframe`: the growth-mindset check (cmd_reframe.cpp).
extern const std::string_view reframe_help;
int cmd_reframe(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err);
/// Batch {"op": "mindset", "text": ..., "today"?, "options"?}: the goalsmith.mindset_report/1 document.
std::string mindset_line(const nlohmann::json& line, const Engine& engine, const std::optional<Date>& default_today);
/// `goalsmith template` and `goalsmith feedback` (cmd_feedback.cpp).
Command template_command();
Command feedback_command();
/// Batch {"op": "feedback", "action"?: "analyze" | "history" | "recommend", ...request}: the
/// answer of feedback_request (goalsmith.feedback_analysis/1, _history/1, _recommendation/1).
std::string feedback_line(const nlohmann::json& line, const Engine& engine, const std::optional<Date>& default_today);
/// `goalsmith journal ...` (cmd_journal.cpp).
Command journal_command();
/// {"op": "journal_progress", "journal": {...}, "today"?} batch lines (cmd_journal.cpp).
BatchOp journal_progress_op();

/// `goalsmith draft`: goal drafts from a feedback session (cmd_draft.cpp).
Command draft_command();

// cmd_improve.cpp: `goalsmith improve` and {"op": "improve"}.
Command improve_command();
std::string improve_line(const nlohmann::json& line, const Engine& engine, const std::optional<Date>& default_today);

// ------------------------------------------------------------------ errors

/// A bad command line: reported with the command's usage hint and exit status 2.
struct UsageError {
  std::string message;
  std::string command;  ///< for the "see 'goalsmith help <command>'" hint
};

/// Writes "goalsmith: error: <message>" to `err`.
void print_error(std::ostream& err, std::string_view message);

// ------------------------------------------------------------------ arguments

/// A command line after parse_args.
struct Parsed {
  std::optional<Date> today;            ///< --today
  std::vector<std::string> focus;       ///< --focus (repeatable)
  std::optional<std::string> options_json;  ///< --options
  bool json = false;                    ///< --json
  bool help = false;                    ///< -h / --help
  std::vector<std::string> words;       ///< the operands
  /// Every option with a value, in order (including the ones above), by name ("--rubric").
  std::map<std::string, std::vector<std::string>> values;
  /// Every flag given (options without a value, "--json" included).
  std::vector<std::string> flags;

  /// The last value of option `name`, if given.
  std::optional<std::string> value(const std::string& name) const;
  /// Whether the flag `name` was given.
  bool flag(std::string_view name) const;
};

/// Parses `args[first..]`. `allowed` lists the long options the command takes; `flags` those of
/// them that take no value. Anything else starting with '-' is an error unless it follows "--"
/// (so a goal may still begin with a dash). A value is given as "--name VALUE" or
/// "--name=VALUE". --today is checked as a date here.
Parsed parse_args(const Arguments& args, std::size_t first, const std::string& command,
                  const std::vector<std::string_view>& allowed, bool takes_words,
                  const std::vector<std::string_view>& flags = {"--json"});

/// The operands joined by single spaces (the TEXT of check, time, ...).
std::string join_words(const std::vector<std::string>& words);

/// Reads a whole file (or stdin for "-"); throws goalsmith::Error (not_found, io).
std::string read_file_or_stdin(const std::string& path, std::istream& in);

/// The first unknown aspect in `focus`, so a typo in an option is a usage error (exit 2).
std::optional<std::string> unknown_aspect(const Engine& engine,
                                          const std::vector<std::string>& focus);
/// "first_impression, behavioral, ...": the pack's aspect ids for messages.
std::string known_aspects_list(const Engine& engine);

// ------------------------------------------------------------------ readable output

/// Width in code points, so that labels with accents still line up.
std::size_t display_width(std::string_view s);
/// `s` padded with spaces to `width` code points.
std::string pad(std::string_view s, std::size_t width);
/// "0.75"
std::string fixed2(double x);
/// "\"s\""
std::string in_quotes(std::string_view s);

// ------------------------------------------------------------------ batch lines

/// A bad batch line: becomes {"error": {...}} on the output, the batch goes on.
struct LineError {
  ErrorCode code;
  std::string message;
  std::string where;  ///< JSON pointer into the line, or "byte N"
};

/// Throws the LineError of a json_schema error at `where`.
[[noreturn]] void schema_error(const std::string& message, const std::string& where);
/// Rejects keys outside `allowed` (named in `expected` for the message).
void allow_keys(const nlohmann::json& line, std::initializer_list<std::string_view> allowed,
                const std::string& expected);
/// The required string "text" of a line.
std::string line_text(const nlohmann::json& line);
/// The "today" of a batch line, or `fallback` when it gives none.
std::optional<Date> line_today(const nlohmann::json& line, std::optional<Date> fallback);
/// The required object at `key` of a line, serialized for a C++ *_from_json call. Errors that
/// call then reports should be rethrown as LineError with "/<key>" prefixed to their where().
std::string line_document(const nlohmann::json& line, const std::string& key);

}  // namespace goalsmith::cli
