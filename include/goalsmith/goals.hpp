// goalsmith — from weak goals to SMART ones.
//
// improve_goal() rewrites a goal so that it meets all five SMART criteria while keeping the
// learner's own words where it can: their action and object stay, and only what is missing or
// unrealistic changes (a vague verb, a missing count, a deadline, a pace nobody can keep, an
// outcome other people decide). It says what it changed. Every word it adds comes from the
// language pack (section "improve", docs/pack-format.md); docs/goals.md describes the rules.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

/// What improve_goal may use besides the goal itself (schema "goalsmith.improve_context/1",
/// every key optional): {"focus": ["behavioral"], "deadline": "2026-12-18", "window_days": 21}.
struct ImproveContext {
  /// Aspect ids from feedback: the area a goal is tied to when it names none, and the focus of
  /// the SMART checks (so Relevant reflects the link to feedback).
  std::vector<std::string> focus;
  /// The deadline to add when the goal has none (or only a vague or past one).
  std::optional<Date> deadline;
  /// Otherwise the deadline is today + window_days - 1 (default: the pack's improve.window_days).
  std::optional<int> window_days;
};

/// One change improve_goal made.
struct GoalChange {
  Criterion criterion = Criterion::specific;  ///< the criterion the change fixes
  std::string kind;         ///< "verb", "action", "object", "quantity", "lower_quantity", "absolute",
                            ///< "outside_control", "relevance", "deadline", "vague_time",
                            ///< "past_deadline", "end_recurrence", "event", "rewrite"
  std::string before;       ///< the words replaced ("" when words were only added)
  std::string after;        ///< the words put in
  std::string description;  ///< one sentence to the learner, from the pack
};

/// The result of improve_goal.
struct ImprovedGoal {
  std::string original;
  std::string text;                 ///< the rewritten goal (== original when it was already SMART)
  SmartReport before;               ///< the SMART check of the original
  SmartReport after;                ///< the SMART check of the rewrite
  std::vector<GoalChange> changes;  ///< in the order they were made; empty when nothing changed

  /// Whether the rewrite meets all five criteria.
  bool all_met() const {
    for (const auto& c : after.criteria)
      if (c.verdict != Verdict::met) return false;
    return true;
  }
};

/// Rewrites a weak goal into a SMART one (docs/goals.md). `today` is the reference date
/// (nullopt = local today). Deterministic for a given today. Throws as Engine::check_goal for
/// the text (invalid UTF-8, empty) and Error(invalid_argument) for an unknown focus aspect, a
/// deadline before today or window_days outside 1..3650. Thread-safe. Added in 0.1.0.
GOALSMITH_API ImprovedGoal improve_goal(const Engine& engine, std::string_view text,
                                        std::optional<Date> today = std::nullopt,
                                        const ImproveContext& context = {});

/// The result as a JSON document (schema "goalsmith.improved_goal/1", docs/schemas/):
/// {"schema", "original", "text", "all_met", "changes": [{"criterion", "kind", "before",
/// "after", "description"}], "before": report, "after": report}. Added in 0.1.0.
GOALSMITH_API std::string improved_goal_to_json(const ImprovedGoal& improved, int indent = -1);

/// Reads an improve context document; Error(json_syntax / json_schema) with the byte offset or
/// JSON path. Added in 0.1.0.
GOALSMITH_API ImproveContext improve_context_from_json(std::string_view json);

}  // namespace goalsmith
