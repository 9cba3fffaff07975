// goalsmith — the growth-mindset check: thinking traps in a reflection, and reframing prompts.
//
// A reflection ("I'm simply not clever enough for coding rounds. I will never get through an
// onsite.") is read sentence by sentence. Each sentence that shows a thinking trap becomes a
// finding: its category (labeling, fixed ability, fortune telling, ...), the words that
// triggered it, a confidence, 1-3 reframing prompts from the pack's catalog with their
// placeholders filled from the sentence, a "yet" rewrite where one is grammatical, the skill the
// sentence names and a SMART goal draft for it. docs/mindset.md describes the categories, what
// keeps neutral and growth sentences from being flagged, and the measured precision and recall.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

/// Per-call options of the mindset check.
struct MindsetOptions {
  /// Reference date of goal drafts ("... by <today + 14 days>"); nullopt means today.
  std::optional<Date> today;
  /// Prompts per finding, 1..3.
  unsigned max_prompts = 3;
  /// Findings below this confidence are left out; in [0, 1].
  double min_confidence = 0;
  /// Offer a SMART goal draft for findings that name a skill.
  bool goal_drafts = true;
};

/// One reframing prompt and the technique it comes from ("yet", "evidence", "friend", ...).
struct ReframePrompt {
  std::string technique;  ///< technique id from the pack's catalog
  std::string text;
};

/// The skill or interview aspect a finding's sentence names ("salary talks" -> negotiation).
struct NamedSkill {
  std::string text;                  ///< the words of the sentence
  Span span;                         ///< bytes of the checked text
  std::optional<std::string> aspect; ///< SMART aspect id (Pack::aspect_ids()), when one matches
};

/// A SMART goal draft for a finding's skill, with the verdicts of Engine::check_goal on it.
struct GoalDraft {
  std::string text;
  std::optional<std::string> aspect;  ///< the aspect whose goal pattern was used, if any
  double score = 0;                   ///< SmartReport::score of the draft
  std::array<Verdict, criterion_count> verdicts{};  ///< indexed by Criterion
  /// True when every criterion is met.
  bool smart() const noexcept {
    for (auto v : verdicts)
      if (v != Verdict::met) return false;
    return true;
  }
};

/// One sentence that shows a thinking trap.
struct MindsetFinding {
  std::string category;        ///< category id: "labeling", "fixed_ability", "fortune_telling", ...
  std::string title;           ///< the category's title in the pack's language
  Span span;                   ///< the sentence, bytes of the checked text
  std::string text;            ///< the sentence
  Span trigger;                ///< the words that triggered the finding
  std::string trigger_text;
  double confidence = 0;       ///< in (0, 1]
  std::vector<ReframePrompt> prompts;  ///< 1..max_prompts
  std::optional<std::string> rewrite;  ///< the sentence with "yet" where grammatical
  std::optional<NamedSkill> skill;
  std::optional<GoalDraft> goal_draft;
};

/// The result of one mindset check.
struct MindsetReport {
  std::string text;
  std::string locale;
  Date today;                ///< reference date of the goal drafts
  std::size_t sentences = 0;
  std::vector<MindsetFinding> findings;  ///< in text order; a sentence may have several categories
  std::string summary;       ///< one line
};

/// A thinking-trap category of the pack.
struct MindsetCategory {
  std::string id;
  std::string title;
  std::string description;
};

/// When a feedback guidance prompt is meant to be shown.
enum class SessionMoment { before, after };

/// "before", "after". Added in 0.1.0.
GOALSMITH_API const char* to_string(SessionMoment moment) noexcept;

/// One prompt of the guidance for receiving feedback.
struct GuidancePrompt {
  std::string id;
  SessionMoment moment = SessionMoment::before;
  std::string text;
};

/// Reads `text` sentence by sentence and reports its thinking traps with reframing prompts.
/// Throws Error(invalid_utf8) with the byte offset for invalid UTF-8, Error(invalid_argument)
/// for an empty or blank text, a text over 1 MiB, or an option out of range. Runs in time
/// linear in the text. Thread-safe. Added in 0.1.0.
GOALSMITH_API MindsetReport check_mindset(const Engine& engine, std::string_view text,
                                          const MindsetOptions& options = {});

/// The categories of the engine's pack, in pack order. Added in 0.1.0.
GOALSMITH_API std::vector<MindsetCategory> mindset_categories(const Engine& engine);

/// Guidance for receiving feedback, to show before and after a session (all of it, or only the
/// prompts for `moment`), in pack order. Added in 0.1.0.
GOALSMITH_API std::vector<GuidancePrompt> feedback_guidance(const Engine& engine,
                                                            std::optional<SessionMoment> moment = std::nullopt);

/// The report as a JSON document (schema "goalsmith.mindset_report/1",
/// docs/schemas/mindset_report.schema.json). `indent` < 0 gives one line. Added in 0.1.0.
GOALSMITH_API std::string mindset_report_to_json(const MindsetReport& report, int indent = -1);
/// Reads a document written by mindset_report_to_json (e.g. stored with a journal entry).
/// Throws Error(json_syntax / json_schema) with the byte offset or JSON path. Added in 0.1.0.
GOALSMITH_API MindsetReport mindset_report_from_json(std::string_view json);
/// Reads mindset options (schema "goalsmith.mindset_options/1", every key optional):
/// {"today": "YYYY-MM-DD", "max_prompts": 2, "min_confidence": 0.7, "goal_drafts": false}.
/// Unknown keys and wrong types are Error(json_schema) with the JSON path. Added in 0.1.0.
GOALSMITH_API MindsetOptions mindset_options_from_json(std::string_view json);
/// Guidance prompts as a JSON document (schema "goalsmith.feedback_guidance/1"):
/// {"schema", "locale", "before": [{"id", "text"}], "after": [...]}. Added in 0.1.0.
GOALSMITH_API std::string feedback_guidance_to_json(const std::vector<GuidancePrompt>& prompts,
                                                    const std::string& locale, int indent = -1);

}  // namespace goalsmith
