// `goalsmith draft`: SMART goal drafts from a feedback session on the command line (docs/cli.md,
// docs/drafts.md). Every word of a draft and its rationale comes from the core and its pack.
#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "cli_support.hpp"

namespace goalsmith::cli {
namespace {

constexpr std::string_view draft_help =
    "usage: goalsmith draft [--today YYYY-MM-DD] [--count N] [--template FILE]\n"
    "                       [--reflection TEXT] [--json] SESSION.json\n"
    "\n"
    "Analyzes a feedback session (schema goalsmith.feedback_session/1; '-' reads stdin) and\n"
    "drafts one SMART goal for each of its top areas to improve, each tied to the feedback it\n"
    "answers and checked against all five criteria.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date of the deadlines (default: today, local time)\n"
    "  --count N           how many drafts at most (default 3)\n"
    "  --template FILE     the feedback template of the session's questions (default: built-in)\n"
    "  --reflection TEXT   the learner's reflection: skills its thinking traps name get drafts too\n"
    "  --json              print the JSON document (schema goalsmith.goal_drafts/1)\n"
    "  -h, --help          show this help\n";

std::size_t parse_count(const std::string& value) {
  if (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError{"--count must be a whole number", "draft"};
  return static_cast<std::size_t>(std::stoul(value));
}

int cmd_draft(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const Parsed p =
      parse_args(args, 1, "draft", {"--today", "--count", "--template", "--reflection", "--json"}, true);
  if (p.help) {
    out << draft_help;
    return exit_ok;
  }
  if (p.words.size() != 1) throw UsageError{"give exactly one SESSION.json file", "draft"};
  DraftOptions options;
  options.today = p.today ? *p.today : Date::today();
  if (const auto c = p.value("--count")) options.count = parse_count(*c);

  const Engine engine;
  std::vector<DraftedGoal> drafts;
  std::string session_id;
  try {
    const FeedbackSession session = feedback_session_from_json(read_file_or_stdin(p.words[0], in));
    std::optional<FeedbackTemplate> tmpl;
    if (const auto t = p.value("--template")) tmpl = feedback_template_from_json(read_file_or_stdin(*t, in));
    std::optional<MindsetReport> reflection;
    if (const auto r = p.value("--reflection")) {
      MindsetOptions mo;
      mo.today = options.today;
      reflection = check_mindset(engine, *r, mo);
    }
    const FeedbackAnalysis analysis = analyze_feedback(engine, session, tmpl ? &*tmpl : nullptr);
    session_id = analysis.session_id;
    drafts = draft_goals(engine, analysis, options, reflection ? &*reflection : nullptr);
  } catch (const Error& e) {
    print_error(err, std::string("cannot draft goals: ") + e.what());
    return exit_goal;
  }
  if (p.json) {
    out << goal_drafts_to_json(drafts, *options.today, session_id, 2) << '\n';
    return exit_ok;
  }
  out << "Session: " << session_id << '\n' << "Today:   " << options.today->to_iso() << "\n\n";
  if (drafts.empty()) out << "No area to improve was found, so there is no goal to draft.\n";
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const DraftedGoal& d = drafts[i];
    out << i + 1 << ". " << d.text << '\n';
    out << "   " << d.aspect_title << " | score " << fixed2(d.report.score) << '\n';
    out << "   " << d.rationale << '\n';
  }
  return exit_ok;
}

}  // namespace

Command draft_command() {
  return {"draft", "draft [options] SESSION.json", "draft SMART goals from a feedback session (or --json)",
          draft_help, cmd_draft};
}

}  // namespace goalsmith::cli
