// extractors: quantities — a number (or "a"/"an" before an activity) with what it counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "text/tokenize.hpp"

namespace goalsmith::detail {
struct CompiledPack;
}

namespace goalsmith::extract {

struct FoundQuantity {
  double value = 0;
  std::size_t first_token = 0;  ///< inclusive range: comparator .. unit
  std::size_t last_token = 0;
  int comparator = -1;  ///< index into SmartRules::comparator_ids, or -1
  int unit = -1;        ///< index into SmartRules::unit_list, or -1
  int activity = -1;    ///< index into SmartRules::activity_list, or -1
  std::string noun;     ///< what a number counts when it is neither unit nor activity ("letters")
  bool implicit = false;  ///< the count comes from an article ("a mock interview")
  bool bare() const { return unit < 0 && activity < 0 && noun.empty(); }
};

/// Quantities in the text, left to right. Tokens flagged in `claimed` (parts of dates,
/// deadlines, windows and recurrences) are never read as quantities, so "by December 9" or
/// "for 4 weeks" do not count as something to measure. `roles` holds SmartRules::roles_of()
/// for each token.
std::vector<FoundQuantity> find_quantities(const text::TokenizedText& text,
                                           const detail::CompiledPack& pack,
                                           const std::vector<bool>& claimed,
                                           const std::vector<std::uint32_t>& roles);

}  // namespace goalsmith::extract
