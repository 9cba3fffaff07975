// Holidays of the Hebrew calendar, computed (pack rule {"hebrew": [month, day], "offset": -1}):
// the evening each begins, for any year, checked against published dates.
#include <catch2/catch.hpp>

#include <string>

#include "goalsmith/goalsmith.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/time_rules.hpp"

using namespace goalsmith;

namespace {

std::string first_day(const std::string& text) {
  static const Engine engine;
  const auto found = engine.parse_time(text, Date::from_iso("2026-11-22"));
  INFO(text);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].start);
  CHECK(found[0].year_stated);
  return found[0].start->to_iso();
}

}  // namespace

TEST_CASE("Hebrew-calendar holidays match the published dates (the evening they begin)", "[time][holidays]") {
  const struct {
    const char* text;
    const char* eve;
  } rows[] = {
      // The English pack's former tables (2024-2030), now computed.
      {"Rosh Hashanah 2024", "2024-10-02"}, {"Rosh Hashanah 2025", "2025-09-22"}, {"Rosh Hashanah 2026", "2026-09-11"},
      {"Rosh Hashanah 2027", "2027-10-01"}, {"Rosh Hashanah 2028", "2028-09-20"}, {"Rosh Hashanah 2029", "2029-09-09"},
      {"Rosh Hashanah 2030", "2030-09-27"}, {"Yom Kippur 2024", "2024-10-11"},    {"Yom Kippur 2025", "2025-10-01"},
      {"Yom Kippur 2026", "2026-09-20"},    {"Yom Kippur 2027", "2027-10-10"},    {"Yom Kippur 2030", "2030-10-06"},
      {"Hanukkah 2024", "2024-12-25"},      {"Hanukkah 2025", "2025-12-14"},      {"Hanukkah 2027", "2027-12-24"},
      {"Hanukkah 2029", "2029-12-01"},      {"Passover 2024", "2024-04-22"},      {"Passover 2025", "2025-04-12"},
      {"Passover 2026", "2026-04-01"},      {"Passover 2029", "2029-03-30"},      {"Passover 2030", "2030-04-17"},
      // Years no table held.
      {"Yom Kippur 1973", "1973-10-05"},    {"Rosh Hashanah 2000", "2000-09-29"}, {"Passover 2000", "2000-04-19"},
      {"Hanukkah 1999", "1999-12-03"},      {"Yom Kippur 2018", "2018-09-18"},    {"Hanukkah 2018", "2018-12-02"},
      // Other days of the calendar (Duckling's rows).
      {"shemini atzeret 2018", "2018-09-30"}, {"simchat torah 2018", "2018-10-01"}, {"tu bishvat 2018", "2018-01-30"},
      {"lag b'omer 2017", "2017-05-13"},    {"purim 2013", "2013-02-23"},         {"shushan purim 2013", "2013-02-24"},
      // Av 9 on a Saturday is kept on Sunday: the evening before is Saturday.
      {"tisha b'av 2018", "2018-07-21"},    {"tisha b'av 2019", "2019-08-10"},
  };
  for (const auto& row : rows) CHECK(first_day(row.text) == row.eve);
}

TEST_CASE("a Hebrew-calendar holiday without a year is the next one", "[time][holidays]") {
  static const Engine engine;
  const auto found = engine.parse_time("by Hanukkah", Date::from_iso("2026-12-10"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].end->to_iso() == "2027-12-24");
}

TEST_CASE("the pack's hebrew rule is validated", "[time][holidays][pack]") {
  namespace packs = goalsmith::packs;
  const Pack builtin = Pack::builtin("en");
  for (const auto& bad : {packs::Json::array({13, 1}), packs::Json::array({8, 31}), packs::Json::array({7})}) {
    packs::Json section = builtin.compiled().source.at("time");
    section["holidays"]["yom kippur"] = packs::Json{{"hebrew", bad}};
    packs::TimeRules rules;
    packs::Inflection inflection;
    INFO(bad.dump());
    try {
      packs::compile_time_rules(packs::JsonReader(section, "/time"), inflection, rules);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.where().rfind("/time/holidays/yom kippur/hebrew", 0) == 0);
    }
  }
}
