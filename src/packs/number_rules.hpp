// language pack layer: number words and ordinals ("numbers" section of a pack).
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "packs/lexicon.hpp"

namespace goalsmith::packs {

/// What one spelled number word contributes ("seven", "twenty", "hundred", "third").
struct NumberWord {
  double value = 0;
  bool ordinal = false;
  bool scale = false;  ///< multiplies what precedes it ("hundred")
};

struct NumberRules {
  std::unordered_map<std::string, double> ones;    ///< "zero".."nineteen", "a" is not here
  std::unordered_map<std::string, double> tens;    ///< "twenty".."ninety"
  std::unordered_map<std::string, double> scales;  ///< "hundred", "thousand"
  std::unordered_map<std::string, double> ordinals;  ///< "first" -> 1, "twentieth" -> 20
  HashIndex<NumberWord> words;         ///< ones, tens, scales and ordinals in one table
  PhraseLexicon phrases;               ///< "a dozen", "a couple of", "half a dozen" -> index
  std::vector<double> phrase_values;   ///< value of each phrase, by payload index
  std::vector<std::string> joiners;    ///< words allowed inside a number ("and": "one hundred and five")
  Pattern ordinal_digits;              ///< "3rd" -> group 1 = "3"
  Pattern decimal;                     ///< "1,000", "1.5" -> whole match is a number
  /// Case-sensitive multipliers written right after digits: "100k", "3M", "1.2M", ".0012G".
  std::vector<std::pair<std::string, double>> digit_suffixes;
  std::vector<std::string> negative_words;  ///< "minus", "negative" before a number
  std::vector<std::string> negative_signs;  ///< "-" written right before a number ("-504")
  std::vector<std::string> decimal_marks;   ///< "." starting a number with no whole part (".77")
  std::vector<std::string> decimal_words;   ///< "point" between whole and fraction ("two point two")
  std::vector<std::string> scale_articles;  ///< "a" read as one before a scale ("a hundred thousand")
  std::vector<std::string> word_hyphens;    ///< dashes between tens and ones ("twenty—fifth")

  /// Derived at load time: every word a spelled number can start with (number words, first
  /// words of phrases, negative words, scale articles), and the first two bytes of each tens
  /// word (solid forms such as "thirtythird"). The reader rejects any other word at once,
  /// because it is probed at nearly every token of a goal.
  HashIndex<bool> starting_words;
  std::vector<std::string> solid_prefixes;
};

/// Reads and validates the "numbers" section. Throws Error with the JSON path.
void compile_number_rules(const JsonReader& section, NumberRules& out);

}  // namespace goalsmith::packs
