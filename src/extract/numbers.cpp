#include "extract/numbers.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace goalsmith::extract {
namespace {

using packs::NumberWord;

bool in_list(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool is_tens(double v) { return v >= 20 && v < 100 && static_cast<long>(v) % 10 == 0; }

// "twenty" + "one" / "first": a tens word then a single digit (cardinal or ordinal).
std::optional<NumberWord> tens_ones(const NumberWord* tens, const NumberWord* ones) {
  if (tens && ones && !tens->ordinal && !tens->scale && is_tens(tens->value) && !ones->scale &&
      ones->value >= 1 && ones->value < 10)
    return NumberWord{tens->value + ones->value, ones->ordinal, false};
  return std::nullopt;
}

// Value of one word of a spelled number: "seven", "twenty", "twenty-one", "twenty-first",
// "twentyfirst".
std::optional<NumberWord> word_value(std::string_view word, std::size_t hash, const packs::NumberRules& rules) {
  if (const auto* w = rules.words.find(word, hash)) return *w;
  const auto hyphen = word.find('-');
  if (hyphen != std::string_view::npos)
    return tens_ones(rules.words.find(word.substr(0, hyphen)), rules.words.find(word.substr(hyphen + 1)));
  // Written solid: a tens word directly followed by a digit word.
  for (const auto& [tens, value] : rules.tens)
    if (word.size() > tens.size() && word.compare(0, tens.size(), tens) == 0)
      if (auto wv = tens_ones(rules.words.find(tens), rules.words.find(word.substr(tens.size())))) return wv;
  return std::nullopt;
}
std::optional<NumberWord> word_value(const text::Token& token, const packs::NumberRules& rules) {
  if (token.kind != text::TokenKind::word) return std::nullopt;
  return word_value(token.norm, token.hash, rules);
}

// Cheap rejection of the words no spelled number starts with (see NumberRules::starting_words).
bool may_start_spelled_number(const text::Token& token, const packs::NumberRules& rules) {
  if (rules.starting_words.find(token.norm, token.hash)) return true;
  if (token.norm.find('-') != std::string::npos) return true;  // "twenty-one"
  for (const auto& prefix : rules.solid_prefixes)
    if (token.norm.compare(0, prefix.size(), prefix) == 0) return true;  // "thirtythird"
  return false;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Digits with separators and an optional multiplier suffix: "4", "1,000", "1.5", "100k", "1.2M".
// `leading_point` reads the digits as a fraction (".77"). Other shapes ("12/9") are not numbers.
std::optional<double> digits_value(std::string_view raw, bool leading_point, const packs::NumberRules& rules) {
  const auto plain = [&](std::string_view s) -> std::optional<double> {
    if (s.empty()) return std::nullopt;
    std::string digits = leading_point ? "0." : "";
    if (all_digits(s) && s.size() <= 15) {
      digits.append(s);
      return std::strtod(digits.c_str(), nullptr);
    }
    if (leading_point || !rules.decimal.match(s)) return std::nullopt;
    for (char c : s)
      if (c != ',') digits += c;
    return std::strtod(digits.c_str(), nullptr);
  };
  if (auto v = plain(raw)) return v;
  for (const auto& [suffix, mult] : rules.digit_suffixes)
    if (raw.size() > suffix.size() && raw.compare(raw.size() - suffix.size(), suffix.size(), suffix) == 0)
      if (auto v = plain(raw.substr(0, raw.size() - suffix.size()))) return *v * mult;
  return std::nullopt;
}

bool attached(const text::TokenizedText& text, std::size_t a) {
  return a + 1 < text.tokens.size() && text.tokens[a].end == text.tokens[a + 1].begin;
}

// A sign or a leading point starts a number only when it is not glued to a word or number
// before it ("v.2", "3-5" are not "-5" or ".2").
bool free_before(const text::TokenizedText& text, std::size_t i) {
  return i == 0 || text.tokens[i - 1].end != text.tokens[i].begin ||
         text.tokens[i - 1].kind == text::TokenKind::punct;
}

std::optional<NumberMatch> read_unsigned(const text::TokenizedText& text, std::size_t i,
                                         const packs::NumberRules& rules) {
  const auto& tokens = text.tokens;
  if (i >= tokens.size()) return std::nullopt;
  const auto& first = tokens[i];

  double total = 0, current = 0, largest = 0;
  std::size_t j = i;
  std::size_t last_number_token = i;
  bool any = false, ordinal = false, words = false;
  std::optional<NumberMatch> fallback;  // a fixed phrase the spelled reading must beat
  bool scales_only = false;  // after digits or a fraction only a scale may follow ("3 million")

  if (first.kind == text::TokenKind::punct && in_list(rules.decimal_marks, first.norm) && free_before(text, i) &&
      attached(text, i) && tokens[i + 1].kind == text::TokenKind::number) {
    const auto v = digits_value(text.raw(tokens[i + 1]), true, rules);
    if (!v) return std::nullopt;
    current = *v;
    any = scales_only = true;
    last_number_token = i + 1;
    j = i + 2;
  } else if (first.kind == text::TokenKind::number) {
    if (auto v = digits_value(text.raw(first), false, rules)) {
      current = *v;
      any = scales_only = true;
      j = i + 1;
    } else {
      std::vector<std::string> groups;
      if (rules.ordinal_digits.match(first.norm, &groups) && groups.size() > 1)
        return NumberMatch{std::strtod(groups[1].c_str(), nullptr), 1, true, false};
      return std::nullopt;
    }
  } else if (first.kind == text::TokenKind::word) {
    // Fixed phrases ("a dozen", "a couple of") may start with words that are not numbers on
    // their own. A scale article ("a hundred thousand") may read further than the phrase.
    std::optional<NumberMatch> phrase_match;
    if (auto phrase = rules.phrases.longest_at(tokens, i))
      phrase_match = NumberMatch{rules.phrase_values[static_cast<std::size_t>(phrase->payload)], phrase->length,
                                 false, true};
    const auto next = i + 1 < tokens.size() ? word_value(tokens[i + 1], rules) : std::nullopt;
    if (in_list(rules.scale_articles, first.norm) && next && next->scale) {
      current = 1;  // the article stands for one
      any = words = true;
      j = i + 1;
      fallback = phrase_match;
    } else if (phrase_match) {
      return phrase_match;
    }
  } else {
    return std::nullopt;
  }

  // Spelled cardinals: ones/tens words combined with scales ("two hundred and five").
  while (j < tokens.size()) {
    const auto& tok = tokens[j];
    // "twenty—fifth": a dash glued between a tens word and a digit word.
    if (tok.kind == text::TokenKind::punct && in_list(rules.word_hyphens, tok.norm) && any && !scales_only &&
        is_tens(current) && tokens[j - 1].end == tok.begin && attached(text, j)) {
      const auto next = word_value(tokens[j + 1], rules);
      if (next && !next->scale && next->value >= 1 && next->value < 10) {
        ++j;
        continue;
      }
    }
    if (tok.kind != text::TokenKind::word) break;
    const auto wv = word_value(tok, rules);
    if (!wv) {
      // "two point two million", "1 point 1": a fraction after the whole part.
      if (in_list(rules.decimal_words, tok.norm) && any && current != 0 && j + 1 < tokens.size() &&
          current == static_cast<double>(static_cast<long>(current))) {
        std::string frac = "0.";
        std::size_t k = j + 1;
        if (tokens[k].kind == text::TokenKind::number && all_digits(tokens[k].norm)) {
          frac += tokens[k].norm;
          ++k;
        } else {
          for (; k < tokens.size(); ++k) {
            const auto d = word_value(tokens[k], rules);
            if (!d || d->scale || d->ordinal || d->value >= 10) break;
            frac += static_cast<char>('0' + static_cast<int>(d->value));
          }
        }
        if (k == j + 1) break;
        current += std::strtod(frac.c_str(), nullptr);
        words = scales_only = true;
        last_number_token = k - 1;
        j = k;
        continue;
      }
      // A joiner counts only inside a number ("one hundred and five"), never at its end.
      if (in_list(rules.joiners, tok.norm) && any && !scales_only && j + 1 < tokens.size()) {
        const auto next = word_value(tokens[j + 1], rules);
        if (next && !next->scale) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (wv->scale) {
      if (!any) break;
      if (wv->value >= 1000) {
        // "three thousand millions" multiplies everything so far; "million two hundred thousand"
        // adds the smaller group.
        if (wv->value > largest) {
          total = (total + (current == 0 && total == 0 ? 1 : current)) * wv->value;
          largest = wv->value;
        } else {
          total += (current == 0 ? 1 : current) * wv->value;
        }
        current = 0;
      } else {
        current = (current == 0 ? 1 : current) * wv->value;
      }
      scales_only = false;
    } else {
      if (scales_only) break;
      // Two small numbers in a row ("two three") are two numbers, not one.
      if (any && current != 0 && current < 100 && !(is_tens(current) && wv->value < 10)) break;
      current += wv->value;
    }
    any = words = true;
    last_number_token = j;
    ++j;
    if (wv->ordinal) {
      ordinal = true;
      break;
    }
  }
  if (!any) return std::nullopt;
  if (fallback && fallback->length >= last_number_token - i + 1) return fallback;
  return NumberMatch{total + current, last_number_token - i + 1, ordinal, words};
}

}  // namespace

std::optional<NumberMatch> read_number(const text::TokenizedText& text, std::size_t i,
                                       const packs::NumberRules& rules) {
  const auto& tokens = text.tokens;
  if (i >= tokens.size()) return std::nullopt;
  const auto& first = tokens[i];
  if (first.kind == text::TokenKind::word && !may_start_spelled_number(first, rules)) return std::nullopt;

  // "minus 1,200,000", "negative five hundred and four", "-504".
  bool negative = false;
  if (first.kind == text::TokenKind::word && in_list(rules.negative_words, first.norm))
    negative = true;
  else if (first.kind == text::TokenKind::punct && in_list(rules.negative_signs, first.norm) &&
           free_before(text, i) && attached(text, i))
    negative = true;
  const std::size_t start = negative ? i + 1 : i;
  auto m = read_unsigned(text, start, rules);
  if (!m) return std::nullopt;
  if (negative) {
    if (m->ordinal) return std::nullopt;
    m->value = -m->value;
    m->length += 1;
  }

  // "forty-five (45)", "45 (forty five)": the same number restated in brackets.
  const std::size_t open = i + m->length;
  if (open + 2 < tokens.size() && tokens[open].norm == "(") {
    if (auto again = read_unsigned(text, open + 1, rules);
        again && again->ordinal == m->ordinal && again->value == (negative ? -m->value : m->value) &&
        again->words != m->words && open + 1 + again->length < tokens.size() &&
        tokens[open + 1 + again->length].norm == ")")
      m->length += again->length + 2;
  }
  return m;
}

}  // namespace goalsmith::extract
