#include "extract/numbers.hpp"

#include <cstdlib>
#include <string>
#include <vector>

namespace goalsmith::extract {
namespace {

using packs::NumberWord;

// Value of one word of a spelled number: "seven", "twenty", "twenty-one", "twenty-first".
std::optional<NumberWord> word_value(std::string_view word, std::size_t hash, const packs::NumberRules& rules) {
  if (const auto* w = rules.words.find(word, hash)) return *w;
  const auto hyphen = word.find('-');
  if (hyphen == std::string_view::npos) return std::nullopt;
  const auto* tens = rules.words.find(word.substr(0, hyphen));
  const auto* ones = rules.words.find(word.substr(hyphen + 1));
  // "twenty-one": a tens word, then a single digit (cardinal or ordinal).
  if (tens && ones && !tens->ordinal && !tens->scale && tens->value >= 20 && tens->value < 100 &&
      static_cast<long>(tens->value) % 10 == 0 && !ones->scale && ones->value >= 1 && ones->value < 10)
    return NumberWord{tens->value + ones->value, ones->ordinal, false};
  return std::nullopt;
}
std::optional<NumberWord> word_value(const text::Token& token, const packs::NumberRules& rules) {
  return word_value(token.norm, token.hash, rules);
}

}  // namespace

std::optional<NumberMatch> read_number(const text::TokenizedText& text, std::size_t i,
                                       const packs::NumberRules& rules) {
  const auto& tokens = text.tokens;
  if (i >= tokens.size()) return std::nullopt;
  const auto& first = tokens[i];

  if (first.kind == text::TokenKind::number) {
    // Plain digits need no pattern; only separators ("1,000", "1.5") go through the pack's regex.
    bool all_digits = first.norm.size() <= 15;
    for (char c : first.norm) all_digits = all_digits && c >= '0' && c <= '9';
    if (all_digits) return NumberMatch{std::strtod(first.norm.c_str(), nullptr), 1, false, false};
    if (rules.decimal.match(first.norm)) {
      std::string digits;
      for (char c : first.norm)
        if (c != ',') digits += c;
      return NumberMatch{std::strtod(digits.c_str(), nullptr), 1, false, false};
    }
    std::vector<std::string> groups;
    if (rules.ordinal_digits.match(first.norm, &groups) && groups.size() > 1)
      return NumberMatch{std::strtod(groups[1].c_str(), nullptr), 1, true, false};
    return std::nullopt;
  }
  if (first.kind != text::TokenKind::word) return std::nullopt;

  // Fixed phrases first ("a dozen", "a couple of"): they may start with words that are not
  // numbers on their own.
  if (auto phrase = rules.phrases.longest_at(tokens, i)) {
    const double value = rules.phrase_values[static_cast<std::size_t>(phrase->payload)];
    // "half a dozen" style multiplication is covered by listing the phrase; "a dozen" may be
    // followed by nothing else numeric.
    return NumberMatch{value, phrase->length, false, true};
  }

  // Spelled cardinals: ones/tens words combined with scales ("two hundred and five").
  double total = 0, current = 0;
  std::size_t j = i;
  std::size_t last_number_token = i;
  bool any = false, ordinal = false;
  while (j < tokens.size() && tokens[j].kind == text::TokenKind::word) {
    const auto wv = word_value(tokens[j], rules);
    if (!wv) {
      bool joiner = false;
      for (const auto& jw : rules.joiners) joiner = joiner || tokens[j].norm == jw;
      // A joiner counts only inside a number ("one hundred and five"), never at its end.
      if (joiner && any && j + 1 < tokens.size() && word_value(tokens[j + 1], rules) &&
          !word_value(tokens[j + 1], rules)->scale) {
        ++j;
        continue;
      }
      break;
    }
    if (wv->scale) {
      if (!any) break;
      current = (current == 0 ? 1 : current) * wv->value;
      if (wv->value >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      // Two small numbers in a row ("two three") are two numbers, not one.
      if (any && current != 0 && current < 100 && !(current >= 20 && static_cast<long>(current) % 10 == 0 && wv->value < 10))
        break;
      current += wv->value;
    }
    any = true;
    last_number_token = j;
    ++j;
    if (wv->ordinal) {
      ordinal = true;
      break;
    }
  }
  if (!any) return std::nullopt;
  return NumberMatch{total + current, last_number_token - i + 1, ordinal, true};
}

}  // namespace goalsmith::extract
