// analyzers: the growth-mindset check of a reflection (docs/mindset.md).
#pragma once

#include <string_view>

#include "goalsmith/engine.hpp"
#include "goalsmith/mindset.hpp"

namespace goalsmith::mindset {

/// Throws Error(invalid_argument) for options out of range.
void validate_options(const MindsetOptions& options);

/// Validates `text` (UTF-8, not blank, at most 1 MiB) and `options`, then finds the thinking
/// traps of every sentence with the words, prompts and goal patterns of the engine's pack.
MindsetReport check(const Engine& engine, std::string_view text, const MindsetOptions& options);

}  // namespace goalsmith::mindset
