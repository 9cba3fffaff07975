// analyzers: pieces shared by the worksheet, its grading and improve_goal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "goalsmith/smart.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::detail {
struct CompiledPack;
}

namespace goalsmith::smart {

/// The letters of SMART, indexed by Criterion: the keys of justifications in JSON and the
/// Markdown form (identifiers, like the criterion names, not language data).
inline constexpr const char* kLetters[criterion_count] = {"S", "M", "A", "R", "T"};

/// An aspect named in a text: inclusive token range and index into SmartRules::aspect_list.
struct AspectHit {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t aspect = 0;
};

/// Every aspect phrase in `tt`, left to right, longest match first (the lexicon the SMART check
/// reads Relevant with). `roles` holds SmartRules::roles_of() for each token.
std::vector<AspectHit> find_aspects(const detail::CompiledPack& pack, const text::TokenizedText& tt,
                                    const std::vector<std::uint32_t>& roles);

/// Ids of the specific (non-general) aspects named in `text`, in order of first appearance.
std::vector<std::string> specific_aspect_ids(const detail::CompiledPack& pack, std::string_view text);

/// "a, b and c" with the pack's list separators.
std::string join_list(const detail::CompiledPack& pack, const std::vector<std::string>& items);

}  // namespace goalsmith::smart
