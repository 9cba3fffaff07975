// extractors: numbers written in digits or words.
#pragma once

#include <cstddef>
#include <optional>

#include "packs/number_rules.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::extract {

struct NumberMatch {
  double value = 0;
  std::size_t length = 0;  ///< tokens consumed
  bool ordinal = false;    ///< "3rd", "third"
  bool words = false;      ///< written in words ("twenty-one", "a dozen")
};

/// Reads the number that starts at token i: "4", "1,000", "1.5", ".77", "100k", "1.2M", "four",
/// "twenty-one", "twenty one", "one hundred and five", "a hundred thousand", "5 thousand",
/// "two point two million", "-504", "minus three million", "a dozen", "a couple of", "3rd",
/// "third", "thirty-third", "forty-five (45)". Words, suffixes and signs come from the pack.
/// Digit tokens with other characters inside ("12/9", "2026-12-09") are not numbers.
std::optional<NumberMatch> read_number(const text::TokenizedText& text, std::size_t i,
                                       const packs::NumberRules& rules);

}  // namespace goalsmith::extract
