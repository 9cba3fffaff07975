// analyzers: the SMART check of one goal.
#pragma once

#include <string_view>

#include "goalsmith/engine.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith::detail {
struct CompiledPack;
}

namespace goalsmith::smart {

/// Resolved options of one check: the reference date is fixed, labels validated.
struct CheckContext {
  Date today;
  bool day_first = false;
  int week_start = 1;
};

/// Checks `text` (valid UTF-8, not blank: the caller validates) against the rubric of
/// DESIGN.md / docs/smart-rubric.md with the words and messages of `pack`.
SmartReport check_goal(const detail::CompiledPack& pack, std::string_view text,
                       const CheckOptions& options, const CheckContext& context);

/// Throws Error(invalid_argument) for focus ids the pack does not know, negative or all-zero
/// weights, and labels that are not aliases of their criterion.
void validate_options(const detail::CompiledPack& pack, const CheckOptions& options);

}  // namespace goalsmith::smart
