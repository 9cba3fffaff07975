// language pack layer: the goal patterns of the "goal_patterns" section — per interview aspect,
// SMART goal sentences with a realistic count and window for the activity, each optionally tied
// to cue words of the feedback it answers ("clarifying questions" -> the clarify pattern).
#pragma once

#include <string>
#include <vector>

#include "packs/lexicon.hpp"
#include "packs/messages.hpp"

namespace goalsmith::packs {

struct SmartRules;

/// One goal sentence with "{count}" and "{date}" placeholders.
struct GoalPattern {
  PhraseLexicon when;  ///< cue words of the feedback it answers; empty = the aspect's fallback
  std::string text_key;  ///< key of the sentence in GoalRules::texts
  int count = 1;
  int days = 14;  ///< the window: the deadline is today + days - 1
};

struct GoalRules {
  std::size_t max_drafts = 10;
  /// Indexed like SmartRules::aspect_list; an aspect without patterns gets no draft. The last
  /// pattern of a non-empty list has no cue words (the fallback).
  std::vector<std::vector<GoalPattern>> by_aspect;
  Messages texts;     ///< the goal sentences
  Messages messages;  ///< rationale_feedback, rationale_rating, rationale_mindset
};

/// Reads and validates the "goal_patterns" section: aspects must be ids of smart.aspects, each
/// list must end with a pattern without "when", texts must use only {count} and {date}.
void compile_goal_rules(const JsonReader& section, const Inflection& inflection,
                        const SmartRules& smart, GoalRules& out);

}  // namespace goalsmith::packs
