// `goalsmith reframe` and the batch op "mindset": the growth-mindset check on the command line
// (docs/cli.md, docs/mindset.md). Every word about a reflection (category titles, prompts,
// rewrites, drafts, the summary, the feedback guidance) comes from the report and the pack.
#include <istream>
#include <ostream>
#include <string>

#include "cli_support.hpp"

namespace goalsmith::cli {

const std::string_view reframe_help =
    "usage: goalsmith reframe [--today YYYY-MM-DD] [--max-prompts N] [--json] [--] TEXT...\n"
    "       goalsmith reframe --guidance [before|after] [--json]\n"
    "\n"
    "Reads a reflection (the TEXT words joined by spaces, or '-' for stdin) sentence by sentence\n"
    "and lists its possible thinking traps (labeling, fixed ability, fortune telling, ...), each\n"
    "with reframing prompts, a \"yet\" rewrite where it fits, and a SMART goal draft for the\n"
    "skill it names. --guidance prints the guidance for receiving feedback instead.\n"
    "\n"
    "options:\n"
    "  --today YYYY-MM-DD  reference date of goal drafts (default: today, local time)\n"
    "  --max-prompts N     prompts per finding, 1 to 3 (default 3)\n"
    "  --json              print the JSON document (schema goalsmith.mindset_report/1, or\n"
    "                      goalsmith.feedback_guidance/1 with --guidance)\n"
    "  --guidance          print the prompts to read before and after a feedback session\n"
    "  -h, --help          show this help\n";

namespace {

void print_finding(std::ostream& out, std::size_t number, const MindsetFinding& f) {
  out << number << ". " << f.title << "  (" << fixed2(f.confidence) << ")\n";
  out << "   " << in_quotes(f.text) << '\n';
  out << "   trigger: " << f.trigger_text << '\n';
  if (f.rewrite) out << "   with yet: " << *f.rewrite << '\n';
  for (const auto& p : f.prompts) out << "   - " << p.text << '\n';
  if (f.goal_draft) out << "   goal draft: " << f.goal_draft->text << '\n';
}

int print_guidance(const Parsed& p, std::ostream& out) {
  std::optional<SessionMoment> moment;
  if (!p.words.empty()) {
    if (p.words.size() > 1 || (p.words[0] != "before" && p.words[0] != "after"))
      throw UsageError{"--guidance takes 'before', 'after' or nothing", "reframe"};
    moment = p.words[0] == "before" ? SessionMoment::before : SessionMoment::after;
  }
  const Engine engine;
  const auto prompts = feedback_guidance(engine, moment);
  if (p.json) {
    out << feedback_guidance_to_json(prompts, engine.pack().locale(), 2) << '\n';
    return exit_ok;
  }
  for (SessionMoment m : {SessionMoment::before, SessionMoment::after}) {
    if (moment && *moment != m) continue;
    out << (m == SessionMoment::before ? "Before the session:\n" : "After the session:\n");
    for (const auto& g : prompts)
      if (g.moment == m) out << "  - " << g.text << '\n';
  }
  return exit_ok;
}

}  // namespace

int cmd_reframe(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "reframe", {"--today", "--json", "--max-prompts", "--guidance"}, true,
                              {"--json", "--guidance"});
  if (p.help) {
    out << reframe_help;
    return exit_ok;
  }
  if (p.flag("--guidance")) return print_guidance(p, out);
  if (p.words.empty()) throw UsageError{"missing the TEXT", "reframe"};
  MindsetOptions options;
  options.today = p.today;
  if (const auto m = p.value("--max-prompts")) {
    if (*m != "1" && *m != "2" && *m != "3") throw UsageError{"--max-prompts must be 1, 2 or 3", "reframe"};
    options.max_prompts = static_cast<unsigned>((*m)[0] - '0');
  }
  const std::string text = p.words.size() == 1 && p.words[0] == "-" ? read_file_or_stdin("-", in) : join_words(p.words);
  const Engine engine;
  MindsetReport report;
  try {
    report = check_mindset(engine, text, options);
  } catch (const Error& e) {
    print_error(err, std::string("cannot read the reflection: ") + e.what());
    return exit_goal;
  }
  if (p.json) {
    out << mindset_report_to_json(report, 2) << '\n';
    return exit_ok;
  }
  out << report.summary << '\n';
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    out << '\n';
    print_finding(out, i + 1, report.findings[i]);
  }
  return exit_ok;
}

std::string mindset_line(const nlohmann::json& j, const Engine& engine, const std::optional<Date>& default_today) {
  allow_keys(j, {"op", "text", "today", "options"}, "op, text, today, options");
  const std::string text = line_text(j);
  MindsetOptions options;
  if (j.find("options") != j.end()) {
    try {
      options = mindset_options_from_json(line_document(j, "options"));
    } catch (const Error& e) {
      throw LineError{e.code(), e.what(), "/options" + e.where()};
    }
  }
  options.today = line_today(j, options.today ? options.today : default_today);
  return mindset_report_to_json(check_mindset(engine, text, options));
}

}  // namespace goalsmith::cli
