// analyzers: one SMART goal draft for an interview aspect from the pack's goal patterns — the
// mechanism behind draft_goals (feedback) and the goal drafts of the mindset check.
#pragma once

#include <cstddef>
#include <optional>

#include "goalsmith/drafts.hpp"

namespace goalsmith::smart {

/// The first goal pattern of the aspect (index into SmartRules::aspect_list) whose cue words
/// occur in `source.text` (else the aspect's fallback) whose sentence meets all five SMART
/// criteria with the aspect as focus, as a draft tied to `source`; nullopt when the aspect has
/// no pattern that does.
std::optional<DraftedGoal> draft_for_aspect(const Engine& engine, std::size_t aspect, const GoalSource& source,
                                            Date today);

}  // namespace goalsmith::smart
