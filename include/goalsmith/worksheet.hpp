// goalsmith — the SMART goals worksheet: the exercise a school grades.
//
// A learner reads the feedback of a (mock) interview, writes 1..N goals and argues each letter
// of SMART for each goal. grade_worksheet() checks every goal statement (Engine::check_goal, with
// the feedback's aspects as focus), reads each justification for what its letter needs, traces
// every goal back to the feedback and scores the whole sheet on a configurable rubric, with
// comments addressed to the learner. Every word it looks for and every sentence it writes is in
// the language pack (section "worksheet", docs/pack-format.md). The same worksheet always gets
// the same grade: the worksheet's own date is the reference date of every check.
//
// Documents: goalsmith.worksheet/1, goalsmith.grading_rubric/1, goalsmith.worksheet_grade/1
// (docs/schemas/, docs/worksheet.md).
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

/// The feedback a worksheet draws on: free text, aspect ids of the pack, a session id, or any mix.
struct WorksheetFeedback {
  std::string text;                  ///< the feedback in the learner's or interviewer's words
  std::vector<std::string> aspects;  ///< aspect ids ("communication"); checked when grading
  std::optional<std::string> session;  ///< id of the feedback session the worksheet answers
};

/// One goal of a worksheet: the statement and the learner's argument for each letter.
struct WorksheetGoal {
  std::string statement;
  /// Indexed by Criterion; an empty string means the learner gave no justification.
  std::array<std::string, criterion_count> justifications;
};

struct Worksheet {
  std::string learner;
  /// The day the worksheet was written: the reference date of every check ("by Friday").
  /// Grading a worksheet without a date is an Error(invalid_argument).
  std::optional<Date> date;
  WorksheetFeedback feedback;
  std::vector<WorksheetGoal> goals;  ///< at least one
};

/// Reads a worksheet document (schema "goalsmith.worksheet/1"):
/// {"schema": "goalsmith.worksheet/1", "learner": "Ada", "date": "2026-11-22",
///  "feedback": {"text": "...", "aspects": ["behavioral"], "session": "mock-3"},
///  "goals": [{"statement": "...", "justifications": {"S": "...", "M": "...", ...}}]}.
/// Justification keys are letters, criterion names or curriculum aliases ("attainable").
/// Throws Error(json_syntax) with the byte offset, Error(json_schema) with the JSON path (a goal
/// without a statement is "/goals/1/statement"), Error(invalid_utf8). Added in 0.1.0.
GOALSMITH_API Worksheet worksheet_from_json(std::string_view json);

/// The worksheet as a "goalsmith.worksheet/1" document (justification keys are letters; a
/// justification not given is left out). `indent` < 0 gives one line. Added in 0.1.0.
GOALSMITH_API std::string worksheet_to_json(const Worksheet& worksheet, int indent = -1);

/// Reads the Markdown form a learner fills in (the one worksheet_blank_markdown writes):
/// "Key: value" header lines (learner, date, feedback session, feedback aspects), a
/// "## Feedback" section, then one "## Goal N" heading per goal, its statement (on the heading
/// after a colon, or on a "Goal: ..." line) and one line per letter ("- S: ...", "- Specific:
/// ..."); a line that does not start a field continues the one above. "<!-- ... -->" comments
/// are ignored. The words of the headings and keys come from the engine's pack. Throws
/// Error(invalid_argument) with where = "line N" for a malformed form (a letter before the first
/// goal, a letter twice in one goal, an unknown section or key, a goal without a statement, no
/// goal at all, a bad date) and Error(invalid_utf8) with the byte offset. Added in 0.1.0.
GOALSMITH_API Worksheet worksheet_from_markdown(const Engine& engine, std::string_view markdown);

/// JSON when the first non-blank character is '{', Markdown otherwise. Added in 0.1.0.
GOALSMITH_API Worksheet parse_worksheet(const Engine& engine, std::string_view text);

/// The worksheet as the Markdown form (what worksheet_from_markdown reads back). Added in 0.1.0.
GOALSMITH_API std::string worksheet_to_markdown(const Engine& engine, const Worksheet& worksheet);

/// An empty form to fill in, with `goals` goal sections (1..20) and a hint per field in
/// "<!-- -->" comments (invisible once rendered, ignored when read back). Added in 0.1.0.
GOALSMITH_API std::string worksheet_blank_markdown(const Engine& engine, int goals = 2);

/// How a worksheet is scored (schema "goalsmith.grading_rubric/1", every key optional):
/// {"schema": "goalsmith.grading_rubric/1", "min_goals": 2, "required_areas": ["behavioral"],
///  "points": {"statement": {"S": 2, ...}, "justification": {"S": 1, ...}, "feedback_link": 2,
///  "required_area": 2}, "pass_mark": 0.6, "off_topic_factor": 0.25, "labels": {"A": "attainable"}}.
/// A "statement" or "justification" value may also be one number for every letter.
struct GradingRubric {
  /// Points for each SMART criterion of a goal statement, times the check's score.
  std::array<double, criterion_count> statement_points{2, 2, 2, 2, 2};
  /// Points for the justification of each letter: full when it argues its letter, half when it
  /// only partly does.
  std::array<double, criterion_count> justification_points{1, 1, 1, 1, 1};
  double feedback_link_points = 2;   ///< per goal that traces back to the feedback
  double required_area_points = 2;   ///< per required area some goal works on
  std::size_t min_goals = 1;         ///< fewer goals score 0 for each missing one
  std::vector<std::string> required_areas;  ///< aspect ids the curriculum asks goals to cover
  double pass_mark = 0.6;            ///< share of the points needed to pass, in [0, 1]
  /// Share of its points an off-topic goal keeps (one whose statement is not relevant to
  /// interviewing and that does not trace back to the feedback), in [0, 1]: the task is to
  /// answer the feedback, so a well-formed goal about something else earns little.
  double off_topic_factor = 0.25;
  /// Label shown for a criterion in comments (CheckOptions::labels), e.g. {achievable: "attainable"}.
  std::map<Criterion, std::string> labels;
};

/// Reads a rubric document; Error(json_syntax / json_schema) with the byte offset or JSON path.
/// Added in 0.1.0.
GOALSMITH_API GradingRubric grading_rubric_from_json(std::string_view json);
GOALSMITH_API std::string grading_rubric_to_json(const GradingRubric& rubric, int indent = -1);

/// How well one justification argues its letter.
struct JustificationGrade {
  Criterion criterion = Criterion::specific;
  std::string label;        ///< the criterion's label (rubric alias if chosen)
  std::string text;         ///< the learner's justification ("" when not given)
  bool given = false;
  Verdict verdict = Verdict::missing;  ///< met: argues the letter; partial: part of it
  double score = 0;         ///< 1, 0.5 or 0
  /// What was found, with spans into `text`. Rules: "cue" (a word the pack lists for the
  /// letter), "goal_words" (S: names the goal's action or object), "aspect", "number",
  /// "goal_quantity" (M: the goal's own number), "resources" / "experience" / "amount" (A),
  /// "feedback_aspect" (R: an aspect of the worksheet's feedback), "time" and
  /// "matches_deadline" (T: a date equal to the goal's deadline).
  std::vector<Evidence> evidence;
  std::string comment;      ///< one sentence to the learner; empty when the letter is argued
};

/// The grade of one goal.
struct GoalGrade {
  std::size_t index = 0;    ///< 0-based position in the worksheet
  SmartReport report;       ///< the SMART check of the statement (focus = feedback aspects)
  std::array<JustificationGrade, criterion_count> justifications;
  bool traced = false;      ///< the goal or its justifications name an aspect of the feedback
  /// Relevant is not met and the goal does not trace to the feedback: its points are scaled by
  /// the rubric's off_topic_factor.
  bool off_topic = false;
  std::vector<std::string> traced_aspects;  ///< those aspect ids
  std::vector<std::string> aspects;         ///< every aspect the goal and its justifications name
  double points = 0;
  double max_points = 0;
  std::vector<std::string> comments;  ///< to the learner, encouraging, in pack language
};

/// Whether a required area of the rubric is covered.
struct AreaCoverage {
  std::string aspect;
  std::string title;
  bool covered = false;
  std::vector<std::size_t> goals;  ///< indices of the goals that work on it
};

struct WorksheetGrade {
  std::string learner;
  Date date;
  std::string locale;
  std::optional<std::string> session;
  std::vector<std::string> feedback_aspects;  ///< given ids plus those named in the feedback text
  std::vector<GoalGrade> goals;
  std::vector<AreaCoverage> required_areas;
  std::size_t min_goals = 1;
  std::size_t missing_goals = 0;   ///< below the rubric's minimum
  double points = 0;
  double max_points = 0;
  double score = 0;                ///< points / max_points, three decimals
  bool passed = false;             ///< score >= rubric pass_mark
  std::string band;                ///< the pack's band id for the score ("excellent", ...)
  std::vector<std::string> comments;  ///< about the whole worksheet, to the learner
};

/// Grades a worksheet. Deterministic: the reference date is the worksheet's date, and nothing
/// depends on the clock, the locale of the process or threads. Throws Error(invalid_argument)
/// for a worksheet without a date or goals, an unknown aspect id (where "/feedback/aspects/N" or
/// "/required_areas/N"), a bad label, and as Engine::check_goal for a statement (where
/// "/goals/N/statement"). Thread-safe. Added in 0.1.0.
GOALSMITH_API WorksheetGrade grade_worksheet(const Engine& engine, const Worksheet& worksheet,
                                             const GradingRubric& rubric = {});

/// The grade as a "goalsmith.worksheet_grade/1" document (each goal embeds its
/// goalsmith.smart_report/1). `indent` < 0 gives one line. Same grade, same bytes. Added in 0.1.0.
GOALSMITH_API std::string worksheet_grade_to_json(const WorksheetGrade& grade, int indent = -1);

}  // namespace goalsmith
