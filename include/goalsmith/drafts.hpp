// goalsmith — SMART goal drafts from feedback: the step from "what to improve" to goals.
//
// draft_goals() takes the ranked areas to improve of a feedback analysis (and, optionally, the
// skills named in a reflection's mindset findings) and writes one SMART goal draft per area from
// the language pack's goal patterns (section "goal_patterns", docs/pack-format.md): the pattern
// whose cue words appear in the feedback ("you didn't ask clarifying questions" -> "Ask at least
// 2 clarifying questions before writing code in each of 6 practice coding problems by ..."),
// else the aspect's general pattern, with the pattern's count and window. Each draft is tied to
// the feedback item it comes from and carries its SMART check, run with the area as focus, so
// Relevant is met through the link to the feedback; a draft that does not meet all five
// criteria is never offered. docs/drafts.md describes the rules.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/feedback.hpp"
#include "goalsmith/mindset.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

/// Where a draft comes from.
struct GoalSource {
  std::string kind;         ///< "feedback" (a finding of the analysis) or "mindset" (a reflection)
  std::string session_id;   ///< feedback: the session
  std::string question_id;  ///< feedback: the question whose notes hold the evidence ("" for free texts)
  std::string aspect;       ///< the aspect id the goal works on
  std::string field;        ///< feedback: to_string(FindingSource) ("notes", "improvements", "rating", ...);
                            ///< mindset: "reflection"
  Span span;                ///< bytes of that text (notes / free text / reflection); empty for ratings
  std::string text;         ///< the evidence: the clause of the notes, the rating label, the sentence
};

/// One SMART goal draft.
struct DraftedGoal {
  std::string text;          ///< the goal sentence
  std::string aspect;        ///< aspect id
  std::string aspect_title;  ///< the aspect's title in the pack's language
  GoalSource source;
  std::string rationale;     ///< one sentence to the learner: why this goal (from the pack)
  SmartReport report;        ///< the SMART check of `text` with focus = {aspect}; all five met
};

/// Options of draft_goals (schema "goalsmith.draft_options/1", every key optional):
/// {"today": "2026-12-05", "count": 3}.
struct DraftOptions {
  std::optional<Date> today;  ///< reference date of the deadlines; nullopt = local today
  std::size_t count = 3;      ///< how many drafts at most (1..the pack's goal_patterns.max_drafts)
};

/// Drafts up to `options.count` SMART goals: one per area to improve of `analysis`, highest
/// priority first, then (when `mindset` is given and drafts are still missing) one per aspect a
/// mindset finding names that no draft covers yet. At most one draft per aspect. Deterministic
/// for a given today. Throws Error(invalid_argument) for a count of 0 or above max_drafts.
/// Thread-safe. Added in 0.1.0.
GOALSMITH_API std::vector<DraftedGoal> draft_goals(const Engine& engine, const FeedbackAnalysis& analysis,
                                                   const DraftOptions& options = {},
                                                   const MindsetReport* mindset = nullptr);

/// The drafts as a JSON document (schema "goalsmith.goal_drafts/1", docs/schemas/):
/// {"schema", "today", "session_id", "drafts": [{"text", "aspect", "aspect_title", "source":
/// {"kind", "session_id", "question_id", "aspect", "field", "span", "text"}, "rationale",
/// "report": goalsmith.smart_report/1}]}. Added in 0.1.0.
GOALSMITH_API std::string goal_drafts_to_json(const std::vector<DraftedGoal>& drafts, const Date& today,
                                              const std::string& session_id, int indent = -1);

/// Reads draft options; Error(json_syntax / json_schema) with the byte offset or JSON path.
/// Added in 0.1.0.
GOALSMITH_API DraftOptions draft_options_from_json(std::string_view json);

}  // namespace goalsmith
