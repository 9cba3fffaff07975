// language pack layer: a pack after loading, validated and compiled for matching.
#pragma once

#include <string>
#include <vector>

#include "packs/feedback_rules.hpp"
#include "packs/goal_rules.hpp"
#include "packs/journal_rules.hpp"
#include "packs/json_reader.hpp"
#include "packs/lexicon.hpp"
#include "packs/messages.hpp"
#include "packs/mindset_rules.hpp"
#include "packs/number_rules.hpp"
#include "packs/smart_rules.hpp"
#include "packs/time_rules.hpp"
#include "packs/worksheet_rules.hpp"

namespace goalsmith::detail {

/// Immutable after construction. Lexicons point at `inflection`, so a CompiledPack is built in
/// place (behind a shared_ptr) and never copied or moved.
struct CompiledPack {
  CompiledPack() = default;
  CompiledPack(const CompiledPack&) = delete;
  CompiledPack& operator=(const CompiledPack&) = delete;

  packs::Json source;
  std::string locale;
  std::string name;
  std::string version;
  packs::Inflection inflection;
  packs::NumberRules numbers;
  packs::TimeRules time;
  packs::SmartRules smart;
  packs::MindsetRules mindset;
  packs::FeedbackRules feedback;
  packs::GoalRules goals;
  packs::JournalRules journal;
  packs::Messages messages;
  packs::WorksheetRules worksheet;
  packs::ImproveRules improve;
  std::vector<std::string> demo_goals;
};

}  // namespace goalsmith::detail
