// `goalsmith grade`: grade a SMART goals worksheet (JSON or Markdown) or print an empty form;
// and the batch op {"op": "grade"}. Every sentence about the worksheet comes from the grade,
// which the core writes from the pack; this file holds only the tool's chrome.
#include <istream>
#include <ostream>
#include <string>

#include "cli_support.hpp"
#include "goalsmith/worksheet.hpp"

namespace goalsmith::cli {
namespace {

using nlohmann::json;

constexpr std::string_view grade_help =
    "usage: goalsmith grade [--rubric FILE] [--json] FILE\n"
    "       goalsmith grade --blank [--goals N]\n"
    "\n"
    "Grades a SMART goals worksheet: the JSON document (goalsmith.worksheet/1) or the Markdown\n"
    "form a learner fills in, read from FILE (\"-\" for stdin). Prints the score, the comments to\n"
    "the learner and, per goal, the SMART check and how well each letter is argued.\n"
    "\n"
    "options:\n"
    "  --rubric FILE  grading rubric (goalsmith.grading_rubric/1): points, minimum goals,\n"
    "                 required areas, pass mark, labels (default: the built-in rubric)\n"
    "  --json         print the grade JSON (schema goalsmith.worksheet_grade/1)\n"
    "  --blank        print an empty Markdown form to fill in\n"
    "  --goals N      number of goal sections of the empty form (default 2)\n"
    "  -h, --help     show this help\n"
    "\n"
    "The worksheet's date is the reference date of every check: the same worksheet always\n"
    "gets the same grade. See docs/worksheet.md.\n";

std::string letters(const GoalGrade& g, bool statement) {
  std::string out;
  for (const auto& j : g.justifications) {
    if (!out.empty()) out += ", ";
    out += j.label + " " + to_string(statement ? g.report[j.criterion].verdict : j.verdict);
  }
  return out;
}

void print_grade(std::ostream& out, const WorksheetGrade& g) {
  out << "Worksheet: " << (g.learner.empty() ? std::string("(no name)") : g.learner) << ", " << g.date.to_iso();
  if (g.session) out << " (session " << *g.session << ")";
  out << '\n';
  if (!g.feedback_aspects.empty()) {
    out << "Feedback aspects: ";
    for (std::size_t i = 0; i < g.feedback_aspects.size(); ++i) out << (i ? ", " : "") << g.feedback_aspects[i];
    out << '\n';
  }
  out << "Score: " << fixed2(g.score) << " (" << fixed2(g.points) << " of " << fixed2(g.max_points) << " points), "
      << g.band << ", " << (g.passed ? "passed" : "not passed") << "\n\n";
  for (const auto& c : g.comments) out << c << '\n';
  for (const auto& goal : g.goals) {
    out << "\nGoal " << goal.index + 1 << ": " << in_quotes(goal.report.text) << "  (" << fixed2(goal.points) << " of "
        << fixed2(goal.max_points) << ")\n";
    out << "  statement: " << letters(goal, true) << '\n';
    out << "  reasoning: " << letters(goal, false) << '\n';
    for (const auto& c : goal.comments) out << "  - " << c << '\n';
  }
}

int cmd_grade(const Arguments& args, std::istream& in, std::ostream& out, std::ostream& /*err*/) {
  const Parsed p = parse_args(args, 1, "grade", {"--rubric", "--json", "--blank", "--goals"}, true,
                              {"--json", "--blank"});
  if (p.help) {
    out << grade_help;
    return exit_ok;
  }
  const Engine engine;
  if (p.flag("--blank")) {
    if (!p.words.empty()) throw UsageError{"--blank takes no FILE", "grade"};
    int goals = 2;
    if (const auto n = p.value("--goals")) {
      try {
        std::size_t used = 0;
        goals = std::stoi(*n, &used);
        if (used != n->size()) throw std::invalid_argument(*n);
      } catch (const std::exception&) {
        throw UsageError{"--goals: expected a number, got '" + *n + "'", "grade"};
      }
      if (goals < 1 || goals > 20) throw UsageError{"--goals: expected 1 to 20, got " + *n, "grade"};
    }
    out << worksheet_blank_markdown(engine, goals);
    return exit_ok;
  }
  if (p.value("--goals")) throw UsageError{"--goals goes with --blank", "grade"};
  if (p.words.size() != 1) throw UsageError{p.words.empty() ? "missing the worksheet FILE" : "grade takes one FILE", "grade"};
  GradingRubric rubric;
  if (const auto path = p.value("--rubric")) {
    const std::string text = read_file_or_stdin(*path, in);
    try {
      rubric = grading_rubric_from_json(text);
    } catch (const Error& e) {
      throw Error(e.code(), "--rubric " + *path + ": " + e.what(), e.where());
    }
  }
  const std::string text = read_file_or_stdin(p.words[0], in);
  const WorksheetGrade grade = grade_worksheet(engine, parse_worksheet(engine, text), rubric);
  if (p.json)
    out << worksheet_grade_to_json(grade, 2) << '\n';
  else
    print_grade(out, grade);
  return exit_ok;
}

}  // namespace

Command grade_command() {
  return {"grade", "grade [options] FILE", "grade a SMART goals worksheet (JSON or Markdown; --blank for a form)",
          grade_help, cmd_grade};
}

// {"op": "grade", "worksheet": {...} | "markdown": "...", "rubric": {...}}: the grade document.
std::string grade_line(const json& j, const Engine& engine, const std::optional<Date>& /*default_today*/) {
  allow_keys(j, {"op", "worksheet", "markdown", "rubric"}, "op, worksheet, markdown, rubric");
  const bool has_json = j.contains("worksheet"), has_markdown = j.contains("markdown");
  if (has_json == has_markdown) schema_error("give the worksheet as \"worksheet\" (JSON) or \"markdown\" (text)", "");
  Worksheet w;
  try {
    if (has_json) {
      w = worksheet_from_json(line_document(j, "worksheet"));
    } else {
      if (!j["markdown"].is_string()) schema_error("\"markdown\" must be a string", "/markdown");
      w = worksheet_from_markdown(engine, j["markdown"].get<std::string>());
    }
  } catch (const Error& e) {
    // A Markdown problem names its line; a JSON one its path inside the line.
    throw LineError{e.code(), e.what(), has_json ? "/worksheet" + e.where() : e.where()};
  }
  GradingRubric rubric;
  if (j.contains("rubric")) {
    try {
      rubric = grading_rubric_from_json(line_document(j, "rubric"));
    } catch (const Error& e) {
      throw LineError{e.code(), e.what(), "/rubric" + e.where()};
    }
  }
  try {
    return worksheet_grade_to_json(grade_worksheet(engine, w, rubric));
  } catch (const Error& e) {
    // "/date", "/goals/1", "/feedback/aspects/0" are paths of the worksheet; "/required_areas/0" of the rubric.
    const bool rubric_path = e.where().rfind("/required_areas", 0) == 0 || e.where().rfind("/points", 0) == 0 ||
                             e.where().rfind("/pass_mark", 0) == 0 || e.where().rfind("/off_topic_factor", 0) == 0;
    const std::string prefix = rubric_path ? "/rubric" : has_json ? "/worksheet" : "";
    throw LineError{e.code(), e.what(), prefix + e.where()};
  }
}

}  // namespace goalsmith::cli
