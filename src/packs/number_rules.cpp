#include "packs/number_rules.hpp"

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
                         "ordinal_digits_pattern", "decimal_pattern"});
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
}

}  // namespace goalsmith::packs
