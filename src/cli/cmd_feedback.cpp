// `goalsmith template`, `goalsmith feedback ...` and the batch op "feedback": feedback templates,
// question recommendations and session analysis on the command line (docs/cli.md,
// docs/feedback.md). Every word about a template, a question or a finding comes from the core
// and its pack; this file holds only the tool's own chrome.
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace goalsmith::cli {

const std::string_view template_help =
    "usage: goalsmith template [--json | --markdown | --html] [--template FILE]\n"
    "                          [--questions ID,ID,...]\n"
    "\n"
    "Prints the built-in feedback template (or the one in FILE): its aspects and questions,\n"
    "or with --markdown / --html a printable worksheet of the chosen questions (all by default)\n"
    "with room for notes.\n"
    "\n"
    "options:\n"
    "  --json              print the template JSON (schema goalsmith.feedback_template/1)\n"
    "  --markdown, --html  print a worksheet\n"
    "  --template FILE     a template document instead of the built-in one ('-' for stdin)\n"
    "  --questions IDS     comma-separated question ids for the worksheet\n"
    "  -h, --help          show this help\n";

const std::string_view feedback_help =
    "usage: goalsmith feedback analyze [--template FILE] [--json | --markdown | --html] FILE\n"
    "       goalsmith feedback recommend [--template FILE] [--history FILE]... [--n N] [--json]\n"
    "                                    [--] CONCERN...\n"
    "       goalsmith feedback history [--json] FILE...\n"
    "\n"
    "analyze    reads a session (schema goalsmith.feedback_session/1; '-' for stdin) and prints\n"
    "           its strengths and ranked areas to improve per aspect, or the analysis JSON, or\n"
    "           the session as a report\n"
    "recommend  chooses N questions (default 3) for the concerns (aspect ids or free text, e.g.\n"
    "           \"I freeze on coding questions\") and earlier sessions, with a reason for each\n"
    "history    analyzes several session files and lists the aspects that keep coming back\n"
    "\n"
    "options:\n"
    "  --template FILE     the template of the sessions (default: the built-in one)\n"
    "  --history FILE      an earlier session (repeatable)\n"
    "  --n N               number of questions to recommend (1-20)\n"
    "  --json              print the JSON document\n"
    "  --markdown, --html  print the session report (analyze)\n"
    "  -h, --help          show this help\n";

namespace {

FeedbackTemplate template_option(const Parsed& p, std::istream& in, const Engine& engine) {
  if (const auto file = p.value("--template")) return feedback_template_from_json(read_file_or_stdin(*file, in));
  return default_feedback_template(engine);
}

std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> out;
  std::string current;
  for (char c : list + ",") {
    if (c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else if (c != ' ') {
      current += c;
    }
  }
  return out;
}

int fail_input(std::ostream& err, const std::string& what, const Error& e) {
  print_error(err, "cannot read " + what + ": " + e.what());
  return exit_goal;
}

void print_analysis(std::ostream& out, const FeedbackAnalysis& a) {
  out << a.summary << '\n';
  for (const auto& s : a.aspects) {
    if (s.strengths.empty() && s.improvements.empty()) continue;
    out << '\n' << s.title << "  (priority " << fixed2(s.priority) << ")\n";
    for (std::size_t k : s.strengths) out << "  + " << a.findings[k].text << '\n';
    for (std::size_t k : s.improvements)
      out << "  - " << a.findings[k].text << (a.findings[k].softened ? "  (softened)" : "") << '\n';
  }
  if (!a.areas_to_improve.empty()) {
    out << "\nAreas to improve, most important first:\n";
    for (std::size_t i = 0; i < a.areas_to_improve.size(); ++i)
      out << "  " << i + 1 << ". " << a.areas_to_improve[i].title << " (" << fixed2(a.areas_to_improve[i].priority)
          << ")\n";
  }
}

int feedback_analyze(const Parsed& p, std::istream& in, std::ostream& out, std::ostream& err) {
  if (p.words.size() != 2) throw UsageError{"feedback analyze takes one session FILE", "feedback"};
  const Engine engine;
  FeedbackSession session;
  std::optional<FeedbackTemplate> tmpl;
  FeedbackAnalysis analysis;
  try {
    if (p.value("--template")) tmpl = template_option(p, in, engine);
    session = feedback_session_from_json(read_file_or_stdin(p.words[1], in));
    analysis = analyze_feedback(engine, session, tmpl ? &*tmpl : nullptr);
  } catch (const Error& e) {
    return fail_input(err, "the session", e);
  }
  if (p.json)
    out << feedback_analysis_to_json(analysis, 2) << '\n';
  else if (p.flag("--markdown") || p.flag("--html"))
    out << render_session_report(engine, session, analysis, p.flag("--html") ? RenderFormat::html : RenderFormat::markdown,
                                 tmpl ? &*tmpl : nullptr);
  else
    print_analysis(out, analysis);
  return exit_ok;
}

int feedback_recommend(const Parsed& p, std::istream& in, std::ostream& out, std::ostream& err) {
  const Engine engine;
  std::size_t n = 3;
  if (const auto v = p.value("--n")) {
    if (v->empty() || v->size() > 2 || v->find_first_not_of("0123456789") != std::string::npos)
      throw UsageError{"--n must be a number from 1 to 20", "feedback"};
    n = std::stoul(*v);
  }
  std::vector<std::string> concerns(p.words.begin() + 1, p.words.end());
  Recommendation r;
  try {
    const FeedbackTemplate tmpl = template_option(p, in, engine);
    std::vector<FeedbackSession> history;
    const auto files = p.values.find("--history");
    if (files != p.values.end())
      for (const auto& file : files->second) history.push_back(feedback_session_from_json(read_file_or_stdin(file, in)));
    r = recommend_questions(engine, tmpl, concerns, history, n);
  } catch (const Error& e) {
    return fail_input(err, "the request", e);
  }
  if (p.json) {
    out << recommendation_to_json(r, 2) << '\n';
    return exit_ok;
  }
  for (std::size_t i = 0; i < r.questions.size(); ++i) {
    const auto& q = r.questions[i];
    out << i + 1 << ". " << q.question.text << "  [" << q.question.id << "]\n";
    out << "   " << q.aspect_title << ": " << q.reason << '\n';
  }
  return exit_ok;
}

int feedback_history(const Parsed& p, std::istream& in, std::ostream& out, std::ostream& err) {
  if (p.words.size() < 2) throw UsageError{"feedback history takes session FILEs", "feedback"};
  const Engine engine;
  FeedbackHistory h;
  try {
    std::vector<FeedbackSession> sessions;
    for (std::size_t i = 1; i < p.words.size(); ++i)
      sessions.push_back(feedback_session_from_json(read_file_or_stdin(p.words[i], in)));
    std::vector<FeedbackTemplate> templates;
    if (p.value("--template")) templates.push_back(template_option(p, in, engine));
    h = analyze_history(engine, sessions, templates);
  } catch (const Error& e) {
    return fail_input(err, "the sessions", e);
  }
  if (p.json) {
    out << feedback_history_to_json(h, 2) << '\n';
    return exit_ok;
  }
  out << h.summary << '\n';
  for (const auto& a : h.aspects) {
    if (a.sessions.empty()) continue;
    out << "  " << a.title << ": " << a.sessions.size() << '/' << h.session_count << (a.recurring ? ", recurring" : "")
        << ", " << a.trend << '\n';
  }
  return exit_ok;
}

int cmd_template(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "template", {"--json", "--markdown", "--html", "--template", "--questions"},
                              false, {"--json", "--markdown", "--html"});
  if (p.help) {
    out << template_help;
    return exit_ok;
  }
  const Engine engine;
  FeedbackTemplate tmpl;
  try {
    tmpl = template_option(p, in, engine);
  } catch (const Error& e) {
    return fail_input(err, "the template", e);
  }
  if (p.json) {
    out << feedback_template_to_json(tmpl, 2) << '\n';
    return exit_ok;
  }
  if (p.flag("--markdown") || p.flag("--html")) {
    const std::vector<std::string> ids = p.value("--questions") ? split_ids(*p.value("--questions")) : std::vector<std::string>{};
    try {
      out << render_worksheet(engine, tmpl, ids, p.flag("--html") ? RenderFormat::html : RenderFormat::markdown);
    } catch (const Error& e) {
      throw UsageError{e.what(), "template"};
    }
    return exit_ok;
  }
  out << tmpl.title << "  (" << tmpl.id << ", scale: " << tmpl.scale.title << ")\n";
  for (const auto& a : tmpl.aspects) {
    out << '\n' << a.title << "  [" << a.id << "]\n";
    for (const auto& q : tmpl.questions)
      if (q.aspect == a.id) out << "  " << pad(q.id, 18) << ' ' << q.text << '\n';
  }
  return exit_ok;
}

int cmd_feedback(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const Parsed p = parse_args(args, 1, "feedback", {"--json", "--markdown", "--html", "--template", "--history", "--n"},
                              true, {"--json", "--markdown", "--html"});
  if (p.help || p.words.empty()) {
    if (!p.help) throw UsageError{"missing the action: analyze, recommend or history", "feedback"};
    out << feedback_help;
    return exit_ok;
  }
  if (p.words[0] == "analyze") return feedback_analyze(p, in, out, err);
  if (p.words[0] == "recommend") return feedback_recommend(p, in, out, err);
  if (p.words[0] == "history") return feedback_history(p, in, out, err);
  throw UsageError{"unknown action '" + p.words[0] + "' (expected analyze, recommend or history)", "feedback"};
}

}  // namespace

Command template_command() {
  return {"template", "template [--json|--markdown|--html]", "print the feedback template or a worksheet",
          template_help, cmd_template};
}

Command feedback_command() {
  return {"feedback", "feedback analyze|recommend|history", "analyze feedback sessions, choose questions to ask",
          feedback_help, cmd_feedback};
}

std::string feedback_line(const nlohmann::json& j, const Engine& engine, const std::optional<Date>&) {
  std::string action = "analyze";
  nlohmann::json request = j;
  request.erase("op");
  if (const auto a = j.find("action"); a != j.end()) {
    if (!a->is_string()) schema_error("\"action\" must be a string", "/action");
    action = a->get<std::string>();
    request.erase("action");
  }
  FeedbackOp op = FeedbackOp::analyze;
  if (action == "history") op = FeedbackOp::history;
  else if (action == "recommend") op = FeedbackOp::recommend;
  else if (action != "analyze")
    schema_error("unknown action \"" + action + "\" (expected \"analyze\", \"history\" or \"recommend\")", "/action");
  return feedback_request(engine, op, request.dump());
}

}  // namespace goalsmith::cli
