// The number reader (extract::read_number) on the built-in English pack.
#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>

#include "extract/numbers.hpp"
#include "goalsmith/goalsmith.hpp"
#include "goalsmith/pack.hpp"
#include "packs/compiled_pack.hpp"

namespace {

const goalsmith::Pack& en() {
  static const goalsmith::Pack pack = goalsmith::Pack::builtin("en");
  return pack;
}

struct Read {
  bool found = false;
  double value = 0;
  std::size_t length = 0;
  bool ordinal = false;
  std::size_t tokens = 0;
};

Read read(const std::string& text, std::size_t at = 0) {
  const auto tt = goalsmith::text::tokenize(text);
  Read r;
  r.tokens = tt.tokens.size();
  if (auto m = goalsmith::extract::read_number(tt, at, en().compiled().numbers)) {
    r.found = true;
    r.value = m->value;
    r.length = m->length;
    r.ordinal = m->ordinal;
  }
  return r;
}

// The whole text is one cardinal of this value.
void whole(const std::string& text, double value) {
  INFO(text);
  const Read r = read(text);
  REQUIRE(r.found);
  CHECK(r.length == r.tokens);
  CHECK_FALSE(r.ordinal);
  CHECK(std::abs(r.value - value) <= 1e-9 * std::abs(value) + 1e-9);
}

void whole_ordinal(const std::string& text, double value) {
  INFO(text);
  const Read r = read(text);
  REQUIRE(r.found);
  CHECK(r.length == r.tokens);
  CHECK(r.ordinal);
  CHECK(r.value == value);
}

}  // namespace

TEST_CASE("digits with separators and decimals are numbers", "[numbers]") {
  whole("4", 4);
  whole("0.77", 0.77);
  whole(".77", 0.77);
  whole("100,000", 100000);
  whole("100,000.0", 100000);
  whole("3,000,000", 3e6);
}

TEST_CASE("digit suffixes multiply and keep their case", "[numbers]") {
  whole("3k", 3000);
  whole("1.1k", 1100);
  whole("100K", 100000);
  whole("2M", 2e6);
  whole("1.2M", 1.2e6);
  whole(".0012G", 1.2e6);
  CHECK_FALSE(read("3m").found);  // lower-case m is minutes or metres, not millions
  CHECK_FALSE(read("45min").found);
}

TEST_CASE("dates and fractions written with slashes or dashes are not numbers", "[numbers]") {
  CHECK_FALSE(read("12/9").found);
  CHECK_FALSE(read("2026-12-09").found);
}

TEST_CASE("spelled cardinals combine tens, ones and scales", "[numbers]") {
  whole("forty-two", 42);
  whole("forty two", 42);
  whole("fifteen hundred", 1500);
  whole("one hundred and five", 105);
  whole("a hundred thousand", 100000);
  whole("two hundred thousand", 200000);
  whole("three thousand millions", 3e9);
  whole("thirty-one million two hundred fifty-six thousand seven hundred twenty-one", 31256721);
  whole("three crore twelve lakh fifty-six thousand seven hundred twenty-one", 31256721);
  whole("two dozen", 24);
  whole("two point two million", 2.2e6);
}

TEST_CASE("digits followed by a scale word multiply", "[numbers]") {
  whole("5 thousand", 5000);
  whole("3 million", 3e6);
  whole("200 dozens", 2400);
  whole("1 point 1", 1.1);
  // A digit followed by a small number word is two numbers.
  CHECK(read("3 four").length == 1);
}

TEST_CASE("negative numbers take a glued sign or a word", "[numbers]") {
  whole("-504", -504);
  whole("-1.2M", -1.2e6);
  whole("minus 1,200,000", -1.2e6);
  whole("negative five hundred and four", -504);
  // A dash set apart from what precedes it and glued to the digits is a sign.
  const Read r = read("pages 3 -5", 2);
  CHECK(r.found);
  CHECK(r.value == -5);
  CHECK_FALSE(read("minus").found);
  CHECK_FALSE(read("minus third").found);
}

TEST_CASE("fixed phrases stay numbers", "[numbers]") {
  whole("a dozen", 12);
  whole("a dozen of", 12);
  whole("half a dozen", 6);
  whole("a couple of", 2);
  whole("a couple", 2);
  CHECK_FALSE(read("a").found);
  CHECK_FALSE(read("a few").found);
  const Read r = read("a dozen interviews");
  CHECK(r.length == 2);
}

TEST_CASE("a number restated in brackets is read once", "[numbers]") {
  whole("forty-five (45)", 45);
  whole("45 (forty five)", 45);
  CHECK(read("45 (46)").length == 1);
}

TEST_CASE("ordinals in digits and words", "[numbers]") {
  whole_ordinal("1st", 1);
  whole_ordinal("2nd", 2);
  whole_ordinal("73rd", 73);
  whole_ordinal("third", 3);
  whole_ordinal("thirty-third", 33);
  whole_ordinal("thirty third", 33);
  whole_ordinal("thirtythird", 33);
  whole_ordinal("twenty\xE2\x80\x94" "fifth", 25);
  whole_ordinal("ninetieth", 90);
}

TEST_CASE("bad number keys fail at load time with their JSON path", "[numbers][pack]") {
  using goalsmith::Error;
  using goalsmith::Pack;
  const auto load_error = [](const goalsmith::packs::Json& doc) -> std::string {
    try {
      Pack::from_json(doc.dump());
    } catch (const Error& e) {
      return e.where();
    }
    return "loaded";
  };
  auto doc = goalsmith::packs::Json::parse(Pack::builtin("en").to_json());
  SECTION("a multiplier below one") {
    doc["numbers"]["digit_suffixes"]["k"] = 0;
    CHECK(load_error(doc) == "/numbers/digit_suffixes/k");
  }
  SECTION("a list that is not a list of strings") {
    doc["numbers"]["negative_words"] = "minus";
    CHECK(load_error(doc) == "/numbers/negative_words");
  }
  SECTION("an unknown key") {
    doc["numbers"]["fraction_words"] = goalsmith::packs::Json::array();
    CHECK(load_error(doc) == "/numbers/fraction_words");
  }
}
