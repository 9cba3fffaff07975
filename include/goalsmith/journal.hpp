// goalsmith — the journal: interviews, reflections, goals and check-ins over many interviews,
// progress per goal, trends across interviews, and a summary report.
//
// A journal is one JSON document (schema "goalsmith.journal/1", docs/schemas/journal.schema.json,
// guide in docs/journal.md). save_journal() replaces the file atomically (temp file in the same
// directory, fsync, rename, fsync of the directory), so a crash leaves either the old or the new
// journal, never a mix. load_journal() never writes: a damaged file gives Error(json_syntax) with
// the byte offset or Error(json_schema) with the JSON path, and stays as it was.
//
// Everything that depends on the date takes `today` explicitly, so progress, trends and reports
// are deterministic. A Journal is a plain value: copy it, change the copy; not thread-safe for
// concurrent changes (like a std::vector).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/smart.hpp"
#include "goalsmith/time.hpp"

namespace goalsmith {

/// The learner's decision about a goal.
enum class GoalStatus { active, done, dropped, paused };

/// Where a goal stands on a given day (GoalProgress::state).
enum class ProgressState {
  on_track,  ///< at least what the window expects by today (or no schedule to be behind)
  behind,    ///< less than expected by today, deadline not passed
  done,      ///< target reached, or the learner marked the goal done
  overdue,   ///< deadline passed without reaching the target
  paused,    ///< the learner paused the goal: no expectation while paused
  dropped,   ///< the learner dropped the goal
};

/// "active", "done", "dropped", "paused". Added in 0.1.0.
GOALSMITH_API const char* to_string(GoalStatus status) noexcept;
/// "on_track", "behind", "done", "overdue", "paused", "dropped". Added in 0.1.0.
GOALSMITH_API const char* to_string(ProgressState state) noexcept;
/// Parses a GoalStatus name; nullopt when unknown. Added in 0.1.0.
GOALSMITH_API std::optional<GoalStatus> goal_status_from_name(std::string_view name) noexcept;

/// The feedback item a goal comes from.
struct JournalSource {
  std::string session_id;            ///< id of the interview (feedback session) in the journal
  std::string aspect;                ///< aspect id ("live_coding")
  std::optional<Span> note_span;     ///< UTF-8 bytes of the note in the session, when known
};

/// How much of what a goal asks for: "4 star_story", "30 occurrence" (recurring goals count
/// occurrences), "1" with an empty unit for a goal that is simply done or not.
struct Target {
  double amount = 1;
  std::string unit;
};

/// A goal in the journal.
struct Goal {
  std::string id;                    ///< "g1", "g2", ... unique in the journal
  std::string text;
  Date created;
  std::string origin = "manual";     ///< "manual" (written by hand) or "draft" (from draft_goals)
  std::optional<JournalSource> source;
  Target target;
  /// For a recurring goal, what one occurrence is ("30 minute", "1 mock_interview"); optional.
  std::optional<Target> per_occurrence;
  std::optional<Date> start;         ///< first day of the window (inclusive)
  std::optional<Date> deadline;      ///< last day of the window (inclusive)
  std::optional<Recurrence> recurrence;  ///< from the SMART check ("3 times a week until Jan 31")
  std::vector<std::string> aspects;  ///< aspect ids the goal names (from the SMART check)
  GoalStatus status = GoalStatus::active;
  Date status_changed;               ///< day of the last status change (created at first)
};

/// Work done on a goal on one day.
struct CheckIn {
  std::string id;                    ///< "c1", "c2", ...
  std::string goal_id;
  Date date;
  double amount = 1;                 ///< in the goal's target unit (occurrences for recurring goals)
  std::string note;
};

/// A written reflection and, when the mindset check ran, its report.
struct Reflection {
  std::string id;                    ///< "r1", "r2", ...
  Date date;
  std::string text;
  /// The mindset report document (schema goalsmith.mindset_report/1) as JSON text, or empty.
  std::string mindset_json;
};

/// A rating on the session's scale ("3" on 1..4); normalized() maps it to [0, 1].
struct AspectRating {
  double value = 0;
  double scale_min = 0;
  double scale_max = 1;
  double normalized() const noexcept {
    return scale_max > scale_min ? (value - scale_min) / (scale_max - scale_min) : 0.0;
  }
};

/// An interview and the feedback gathered after it.
struct Interview {
  std::string id;                    ///< the session's id ("i1", ... when it has none)
  Date date;
  /// The feedback session document (schema goalsmith.feedback_session/1) as JSON text; the
  /// journal keeps it as it was given.
  std::string session_json;
  /// What trends read: rating per aspect id, aspects to improve (most important first) and
  /// strengths, as the feedback analysis of the session found them.
  std::map<std::string, AspectRating> ratings;
  std::vector<std::string> improve;
  std::vector<std::string> strengths;
};

/// Everything a new goal may carry besides its text. Unset fields come from the SMART check of
/// the text (quantity, deadline, recurrence, window) against `today`.
struct NewGoal {
  std::string text;
  std::optional<Date> today;         ///< reference date of the check and `created` (default: local today)
  std::string origin = "manual";
  std::optional<JournalSource> source;
  std::optional<Target> target;      ///< overrides what the check read
  std::optional<Date> start;
  std::optional<Date> deadline;
  std::optional<std::string> id;     ///< default: the next free "gN"
};

/// Progress of one goal on `today`.
struct GoalProgress {
  std::string goal_id;
  std::string text;
  GoalStatus status = GoalStatus::active;
  ProgressState state = ProgressState::on_track;
  double done = 0;                   ///< sum of check-ins dated on or before today
  Target target;
  double percent = 0;                ///< done / target in [0, 100]
  /// What the window expects to be done before today begins (linear over the window, or the
  /// scheduled occurrences of the periods that have ended); nullopt without a window.
  std::optional<double> expected;
  std::optional<Date> deadline;
  std::optional<long> days_left;     ///< days from today to the deadline, inclusive; 0 when past
  std::optional<Date> last_check_in;
  std::optional<Date> completed;     ///< day the target was reached or the goal marked done
  /// Recurring goals only: per period of the recurrence, from the window start.
  struct Period {
    Date start;
    Date end;                        ///< inclusive
    double required = 0;             ///< occurrences scheduled in the period
    double done = 0;
    double missed = 0;               ///< max(0, required - done) once the period has ended, else 0
    bool ended = false;              ///< the period ends before today
  };
  std::vector<Period> periods;
  long streak = 0;                   ///< consecutive periods met, counting back from the latest
  double missed = 0;                 ///< sum of Period::missed
};

/// One rating of an aspect in one interview.
struct RatingPoint {
  Date date;
  std::string interview_id;
  AspectRating rating;
};

/// Trends across interviews and goals.
struct Trends {
  /// Ratings per aspect id, oldest first.
  std::map<std::string, std::vector<RatingPoint>> ratings;
  struct Recurring {
    std::string aspect;
    long count = 0;                  ///< interviews that named it as an area to improve
    Date first;
    Date last;
    bool open = false;               ///< still an area to improve in the latest interview
  };
  /// Areas to improve named by two interviews or more, most frequent first.
  std::vector<Recurring> recurring;
  struct Improved {
    std::string aspect;
    double from = 0;                 ///< first normalized rating
    double to = 0;                   ///< latest normalized rating
    bool no_longer_flagged = false;  ///< was an area to improve, and the latest interview that
                                     ///< rates or names it does not
  };
  /// Aspects whose normalized rating rose, or that stopped being an area to improve.
  std::vector<Improved> improved;
  struct Completed {
    std::string goal_id;
    std::string text;
    Date date;
  };
  /// Goals completed on or before today, oldest first.
  std::vector<Completed> completed;
  long interviews = 0;
  long goals_active = 0;
};

class GOALSMITH_API Journal {
 public:
  Journal() = default;

  std::optional<std::string> learner;
  Date created;

  const std::vector<Interview>& interviews() const noexcept { return interviews_; }
  const std::vector<Reflection>& reflections() const noexcept { return reflections_; }
  const std::vector<Goal>& goals() const noexcept { return goals_; }
  const std::vector<CheckIn>& check_ins() const noexcept { return check_ins_; }

  /// The goal with `id`, or nullptr.
  const Goal* find_goal(std::string_view id) const noexcept;

  /// Adds a goal. Its target, window, recurrence and aspects come from engine.check_goal(text)
  /// unless `goal` overrides them: a recurring goal counts occurrences, a goal with a quantity
  /// counts that quantity, any other goal counts 1 (done or not). Throws Error(invalid_argument)
  /// for an empty text, a duplicate id, a window that ends before it starts or a target <= 0;
  /// the journal is unchanged on error. Added in 0.1.0.
  const Goal& add_goal(const Engine& engine, const NewGoal& goal);
  /// Adds a goal exactly as given (no SMART check): used to import goals. Validates as add_goal.
  const Goal& add_goal(Goal goal);
  /// Records work on a goal. `amount` must be > 0 and finite; the goal must exist. A check-in
  /// on a done, paused or dropped goal is allowed (it is history). Added in 0.1.0.
  const CheckIn& check_in(std::string_view goal_id, Date date, double amount = 1,
                          std::string note = {});
  /// Adds a check-in exactly as given (used to import): the goal must exist and the id must be
  /// new; an empty id becomes the next free "cN". Added in 0.1.0.
  const CheckIn& add_check_in(CheckIn check_in);
  /// Changes a goal's status on `date`. Throws Error(not_found) for an unknown goal.
  const Goal& set_status(std::string_view goal_id, GoalStatus status, Date date);
  /// Adds an interview; an empty id becomes the next free "iN". Duplicate ids, ratings outside
  /// their scale and invalid session JSON are Error(invalid_argument / json_*). Added in 0.1.0.
  const Interview& add_interview(Interview interview);
  /// Adds a reflection; an empty id becomes the next free "rN". Empty text is an error.
  const Reflection& add_reflection(Reflection reflection);

  /// Progress of every goal on `today`, in journal order. Added in 0.1.0.
  std::vector<GoalProgress> progress(Date today) const;
  /// Trends across the interviews and goals on `today`. Added in 0.1.0.
  Trends trends(Date today) const;

 private:
  std::vector<Interview> interviews_;
  std::vector<Reflection> reflections_;
  std::vector<Goal> goals_;
  std::vector<CheckIn> check_ins_;
};

/// Progress of one goal given its check-ins (any order; other goals' check-ins are ignored).
/// Deterministic given `today`. Added in 0.1.0.
GOALSMITH_API GoalProgress goal_progress(const Goal& goal, const std::vector<CheckIn>& check_ins,
                                         Date today);

/// The journal document (schema "goalsmith.journal/1"). `indent` < 0 gives one line.
GOALSMITH_API std::string journal_to_json(const Journal& journal, int indent = 2);
/// Reads a goalsmith.journal/1 document. Throws Error(json_syntax) with the byte offset,
/// Error(json_schema) with the JSON path (a document of an older layout is json_schema too:
/// run migrate_journal_json first, or use load_journal which migrates). Added in 0.1.0.
GOALSMITH_API Journal journal_from_json(std::string_view json);
/// Upgrades a journal document of an older layout to goalsmith.journal/1 and returns it
/// (a /1 document is returned unchanged, re-serialized). The older layout (schema
/// "goalsmith.journal/0", see docs/journal.md) nested check-ins in goals as "log" and called
/// interviews "sessions"; goals had no target: migration derives it with engine.check_goal of
/// the text as of the goal's creation date. Added in 0.1.0.
GOALSMITH_API std::string migrate_journal_json(std::string_view json, const Engine& engine);

/// Reads the journal at `path` (migrating an older layout in memory; the file is not touched).
/// Error(not_found) when there is no such file, Error(io) when it cannot be read, otherwise as
/// journal_from_json. Added in 0.1.0.
GOALSMITH_API Journal load_journal(const std::string& path, const Engine& engine);
/// Writes the journal to `path` atomically: a temp file in the same directory, fsync, rename
/// over `path`, fsync of the directory. On any failure the old file is intact, the temp file is
/// removed and Error(io) names the step. Added in 0.1.0.
GOALSMITH_API void save_journal(const Journal& journal, const std::string& path);

/// Progress of every goal as a JSON document (schema "goalsmith.progress/1").
GOALSMITH_API std::string progress_to_json(const std::vector<GoalProgress>& progress, Date today,
                                           int indent = -1);
/// Trends as a JSON document (schema "goalsmith.trends/1"): plain rows for plotting.
GOALSMITH_API std::string trends_to_json(const Trends& trends, Date today, int indent = -1);

enum class ReportFormat { markdown, html };
/// A summary of the journal on `today`: goals with progress, trends, recent reflections.
/// Headings and sentences come from the engine's language pack ("journal" section); every text
/// from the journal is escaped in HTML. Added in 0.1.0.
GOALSMITH_API std::string journal_report(const Journal& journal, const Engine& engine, Date today,
                                         ReportFormat format = ReportFormat::markdown);

/// Applies one change given as a JSON object (schema "goalsmith.journal_op/1", the form the
/// C ABI, the CLI and batch use) and returns the JSON of the item it added or changed:
///   {"op": "add_goal", "text": "...", "today"?, "origin"?, "source"?, "target"?, "start"?,
///    "deadline"?, "id"?}
///   {"op": "check_in", "goal": "g1", "date": "YYYY-MM-DD", "amount"?: 1, "note"?: ""}
///   {"op": "set_status", "goal": "g1", "status": "done", "date": "YYYY-MM-DD"}
///   {"op": "add_interview", "session": {...}, "date"?, "id"?, "ratings"?, "improve"?,
///    "strengths"?}
///   {"op": "add_reflection", "text": "...", "date": "YYYY-MM-DD", "mindset"?: {...}}
/// Errors carry the JSON path inside the op; the journal is unchanged on error. Added in 0.1.0.
GOALSMITH_API std::string apply_journal_op(Journal& journal, const Engine& engine,
                                           std::string_view op_json);

}  // namespace goalsmith
