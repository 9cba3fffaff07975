#include "packs/number_rules.hpp"

#include <algorithm>

namespace goalsmith::packs {
namespace {

void read_word_values(const JsonReader& object, std::unordered_map<std::string, double>& out) {
  object.expect_any_object();
  for (auto it = object.json().begin(); it != object.json().end(); ++it) {
    const auto value = object.at(it.key());
    out[text::fold_case(it.key())] = value.number_in(0, 1e12);
  }
}

}  // namespace

void compile_number_rules(const JsonReader& section, NumberRules& out) {
  section.expect_object({"ones", "tens", "scales", "ordinals", "phrases", "joiners",
                         "ordinal_digits_pattern", "decimal_pattern", "digit_suffixes",
                         "negative_words", "negative_signs", "decimal_marks", "decimal_words",
                         "scale_articles", "word_hyphens"});
  read_word_values(section.at("ones"), out.ones);
  read_word_values(section.at("tens"), out.tens);
  read_word_values(section.at("scales"), out.scales);
  read_word_values(section.at("ordinals"), out.ordinals);
  const auto phrases = section.at("phrases");
  phrases.expect_any_object();
  for (auto it = phrases.json().begin(); it != phrases.json().end(); ++it) {
    const auto value = phrases.at(it.key());
    out.phrases.add(it.key(), static_cast<std::int32_t>(out.phrase_values.size()), value.where());
    out.phrase_values.push_back(value.number_in(0, 1e12));
  }
  for (const auto& [word, value] : out.ones) out.words[word] = NumberWord{value, false, false};
  for (const auto& [word, value] : out.tens) out.words[word] = NumberWord{value, false, false};
  for (const auto& [word, value] : out.scales) out.words[word] = NumberWord{value, false, true};
  for (const auto& [word, value] : out.ordinals) out.words[word] = NumberWord{value, true, false};
  out.joiners = section.at("joiners").string_list();
  out.ordinal_digits = Pattern(section.at("ordinal_digits_pattern"));
  out.decimal = Pattern(section.at("decimal_pattern"));
  const auto suffixes = section.at("digit_suffixes");
  suffixes.expect_any_object();
  for (auto it = suffixes.json().begin(); it != suffixes.json().end(); ++it) {
    const auto value = suffixes.at(it.key());
    if (it.key().empty()) value.fail("empty digit suffix");
    out.digit_suffixes.emplace_back(it.key(), value.number_in(1, 1e12));  // case kept: "M" is not "m"
  }
  const auto folded_list = [&](const char* key) {
    auto list = section.at(key).string_list();
    for (auto& w : list) w = text::fold_case(w);
    return list;
  };
  out.negative_words = folded_list("negative_words");
  out.negative_signs = section.at("negative_signs").string_list();
  out.decimal_marks = section.at("decimal_marks").string_list();
  out.decimal_words = folded_list("decimal_words");
  out.scale_articles = folded_list("scale_articles");
  out.word_hyphens = section.at("word_hyphens").string_list();

  out.words.for_each([&](const std::string& word, const NumberWord&) { out.starting_words[word] = true; });
  out.phrases.for_each_first_word([&](const std::string& word) { out.starting_words[word] = true; });
  for (const auto* list : {&out.negative_words, &out.scale_articles})
    for (const auto& word : *list) out.starting_words[word] = true;
  for (const auto& [word, value] : out.tens) {
    const std::string prefix = word.substr(0, 2);
    if (std::find(out.solid_prefixes.begin(), out.solid_prefixes.end(), prefix) == out.solid_prefixes.end())
      out.solid_prefixes.push_back(prefix);
  }
}

}  // namespace goalsmith::packs
