// goalsmith — the SMART goal check: options in, report out.
//
// The rubric (DESIGN.md, docs/smart-rubric.md): each of Specific, Measurable, Achievable,
// Relevant and Time-bound gets a verdict, a score, the evidence that decided it, one sentence of
// explanation and suggestions when not met.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/time.hpp"

namespace goalsmith {

enum class Criterion { specific = 0, measurable = 1, achievable = 2, relevant = 3, time_bound = 4 };
inline constexpr std::size_t criterion_count = 5;

enum class Verdict { missing = 0, partial = 1, met = 2 };

/// "specific", "measurable", "achievable", "relevant", "time_bound". Added in 0.1.0.
GOALSMITH_API const char* to_string(Criterion criterion) noexcept;
/// "met", "partial", "missing". Added in 0.1.0.
GOALSMITH_API const char* to_string(Verdict verdict) noexcept;

/// Resolves a criterion name, letter or curriculum alias, case-insensitively: "S", "specific";
/// "A", "achievable", "attainable", "actionable"; "R", "relevant", "result-focused";
/// "T", "time-bound", "time_bound", "timely", "time-dependent"; ... Returns nullopt when the
/// name is unknown. Added in 0.1.0.
GOALSMITH_API std::optional<Criterion> criterion_from_name(std::string_view name) noexcept;

/// Per-call options of the SMART check.
struct CheckOptions {
  /// Reference date for every relative expression; nullopt means today in local time.
  std::optional<Date> today;
  /// Aspect ids from feedback (e.g. "communication"); Relevant is stronger when the goal names
  /// one. Unknown ids are an Error(invalid_argument).
  std::vector<std::string> focus;
  /// Weight of each criterion in the overall score (non-negative, not all zero).
  std::array<double, criterion_count> weights{1, 1, 1, 1, 1};
  /// Label to show for a criterion, keyed by criterion: e.g. {achievable: "attainable"} for a
  /// curriculum that teaches "SMART = specific, measurable, attainable, ...". Must be one of the
  /// aliases criterion_from_name() accepts for that criterion.
  std::map<Criterion, std::string> labels;
  /// First day of the week for "this week", "end of the week"; nullopt = the engine's
  /// (EngineOptions::week_start). Added in 0.1.0.
  std::optional<WeekStart> week_start;
};

/// A piece of the text that decided a verdict.
struct Evidence {
  Span span;          ///< bytes of the checked text
  std::string text;   ///< the matched words
  std::string rule;   ///< which rule matched: "action_verb", "vague_verb", "deadline", ...
};

/// The verdict on one criterion.
struct CriterionResult {
  Criterion criterion = Criterion::specific;
  std::string label;            ///< name shown for the criterion (curriculum alias if chosen)
  Verdict verdict = Verdict::missing;
  double score = 0;             ///< in [0, 1]
  double weight = 1;
  std::vector<Evidence> evidence;
  std::string explanation;      ///< one sentence
  std::vector<std::string> suggestions;  ///< at least one unless verdict == met
};

/// A number with what it counts ("4 STAR stories" -> 4, "story").
struct Quantity {
  double value = 0;
  std::string unit;          ///< unit or activity id from the pack ("story", "minute", "percent")
  std::string comparator;    ///< "at_most", "at_least", "under", ... or empty for an exact count
  Span span;
  std::string text;
};

/// The workload rate the Achievable check compared with the pack's limit.
struct Workload {
  std::string activity;      ///< activity id ("mock_interview")
  double per_day = 0;        ///< average amount per day over the goal's window
  double limit_per_day = 0;  ///< the pack's limit for the activity
  std::string unit;          ///< what per_day counts: the activity id, or "minute" for practice time
  double total = 0;          ///< amount over the whole window when it is bounded (0 = unknown)
};

/// What the check read out of the goal.
struct GoalFields {
  std::optional<std::string> action;     ///< the main verb ("rehearse")
  std::optional<std::string> object;     ///< what it acts on ("4 STAR stories about teamwork")
  std::vector<std::string> aspects;      ///< aspect ids named by the goal, in order of appearance
  std::optional<Quantity> quantity;
  std::optional<Recurrence> frequency;   ///< how often ("twice a week")
  std::optional<Date> deadline;          ///< last day to finish (inclusive)
  std::optional<Date> window_start;      ///< the goal's time window, when it has one
  std::optional<Date> window_end;        ///< inclusive
  /// Estimated number of practice sessions: the occurrences of a bounded recurrence, or the
  /// count of the activity when the goal has no recurrence ("25 mock interviews").
  std::optional<double> sessions;
  std::optional<Workload> workload;
};

/// The result of one SMART check.
struct SmartReport {
  std::string text;
  Date today;
  std::string locale;
  std::array<CriterionResult, criterion_count> criteria;  ///< indexed by Criterion
  GoalFields fields;
  std::vector<TimeExpression> time_expressions;
  double score = 0;          ///< weighted mean of criterion scores, in [0, 1]
  std::string summary;       ///< one line

  const CriterionResult& operator[](Criterion c) const {
    return criteria[static_cast<std::size_t>(c)];
  }
};

}  // namespace goalsmith
