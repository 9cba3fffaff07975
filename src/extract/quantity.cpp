#include "extract/quantity.hpp"

#include "extract/numbers.hpp"
#include "packs/compiled_pack.hpp"

namespace goalsmith::extract {
namespace {

// How far after a number the counted noun may come: "4 STAR stories", "3 short tailored
// cover letters". Past this, a following word is unlikely to be what the number counts.
constexpr std::size_t kMaxGapToNoun = 3;

}  // namespace

std::vector<FoundQuantity> find_quantities(const text::TokenizedText& text,
                                           const detail::CompiledPack& pack,
                                           const std::vector<bool>& claimed,
                                           const std::vector<std::uint32_t>& roles) {
  const auto& tokens = text.tokens;
  const auto& rules = pack.smart;
  std::vector<FoundQuantity> out;
  const std::size_t n = tokens.size();
  auto free_at = [&](std::size_t k) { return k < n && !claimed[k]; };
  // Probe a lexicon only where the token can start one of its phrases.
  auto at = [&](const packs::PhraseLexicon& lexicon, std::uint32_t role,
                std::size_t k) -> std::optional<packs::PhraseLexicon::Match> {
    if (k >= n || !(roles[k] & role)) return std::nullopt;
    return lexicon.longest_at(tokens, k);
  };

  for (std::size_t i = 0; i < n;) {
    if (!free_at(i)) {
      ++i;
      continue;
    }
    FoundQuantity q;
    q.first_token = i;
    std::size_t j = i;
    if (auto cmp = at(rules.comparators, packs::kRoleComparator, i); cmp && free_at(i + cmp->length)) {
      q.comparator = cmp->payload;
      j = i + cmp->length;
    }
    std::size_t after_number;
    if (auto num = read_number(text, j, pack.numbers); num && !num->ordinal && free_at(j)) {
      q.value = num->value;
      after_number = j + num->length;
    } else if (auto art = at(rules.single_articles, packs::kRoleSingleArticle, j); art && free_at(j)) {
      // "a mock interview" counts one; "a" before anything else is just an article.
      const std::size_t k = j + art->length;
      auto act = at(rules.activities, packs::kRoleActivity, k);
      if (!act || !free_at(k)) {
        ++i;
        continue;
      }
      q.value = 1;
      q.implicit = true;
      q.activity = act->payload;
      q.last_token = k + act->length - 1;
      out.push_back(q);
      i = q.last_token + 1;
      continue;
    } else {
      ++i;
      continue;
    }

    // Find what the number counts: a unit or activity within a few words, else the next noun.
    q.last_token = after_number - 1;
    for (std::size_t k = after_number; k < n && k <= after_number + kMaxGapToNoun && free_at(k); ++k) {
      if (tokens[k].kind == text::TokenKind::punct && tokens[k].norm != "%" && tokens[k].norm != "/") break;
      if (at(rules.object_stops, packs::kRoleObjectStop, k)) break;
      const bool found = q.unit >= 0 || q.activity >= 0;
      if (found && (at(rules.function_words, packs::kRoleFunctionWord, k) || read_number(text, k, pack.numbers))) break;
      const auto unit = at(rules.units, packs::kRoleUnit, k);
      const auto act = at(rules.activities, packs::kRoleActivity, k);
      if (unit || act) {
        // Prefer the longer phrase; on a tie the unit (e.g. "sessions" as a unit, not activity).
        if (act && (!unit || act->length > unit->length)) {
          q.activity = act->payload;
          q.unit = -1;
          q.last_token = k + act->length - 1;
        } else {
          q.unit = unit->payload;
          q.activity = -1;
          q.last_token = k + unit->length - 1;
        }
        // The counted noun is the head of its phrase: in "30 LeetCode medium problems" keep
        // going to "problems" while the words still modify it.
        k = q.last_token;
        continue;
      }
      if (k == after_number && tokens[k].kind == text::TokenKind::word &&
          !at(rules.function_words, packs::kRoleFunctionWord, k)) {
        // Remember the first content word as a fallback noun, but keep looking for a unit.
        q.noun = tokens[k].norm;
        q.last_token = k;
      }
    }
    if (q.unit >= 0 || q.activity >= 0) q.noun.clear();
    out.push_back(q);
    i = q.last_token + 1;
  }
  return out;
}

}  // namespace goalsmith::extract
