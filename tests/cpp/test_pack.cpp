// language packs: the built-in pack, loading user packs, and errors with JSON paths.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "goalsmith/goalsmith.hpp"

using goalsmith::Error;
using goalsmith::ErrorCode;
using goalsmith::Pack;
using Json = nlohmann::json;

namespace {

Json builtin_json() { return Json::parse(Pack::builtin("en").to_json()); }

// Loads `doc` and returns the error it raises (fails the test when it loads).
Error load_error(const Json& doc) {
  try {
    Pack::from_json(doc.dump());
  } catch (const Error& e) {
    return e;
  }
  FAIL("pack loaded without error");
  return Error(ErrorCode::internal, "unreachable");
}

}  // namespace

TEST_CASE("the built-in English pack loads and is shared", "[pack]") {
  const Pack a = Pack::builtin("en");
  const Pack b = Pack::builtin();
  CHECK(a.locale() == "en");
  CHECK(&a.compiled() == &b.compiled());
  CHECK(Pack::builtin_locales() == std::vector<std::string>{"en"});
  const auto ids = a.aspect_ids();
  CHECK(std::find(ids.begin(), ids.end(), "communication") != ids.end());
  CHECK(a.demo_goals().size() >= 8);
}

TEST_CASE("an unknown built-in locale is not_found and lists the known ones", "[pack]") {
  try {
    Pack::builtin("xx");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
    CHECK(std::string(e.what()).find("en") != std::string::npos);
  }
}

TEST_CASE("the pack's own JSON loads back as an equivalent pack", "[pack]") {
  const Pack copy = Pack::from_json(Pack::builtin().to_json());
  CHECK(copy.aspect_ids() == Pack::builtin().aspect_ids());
  goalsmith::CheckOptions o;
  o.today = goalsmith::Date::from_iso("2026-11-22");
  const auto r1 = goalsmith::Engine(copy).check_goal("Rehearse 4 STAR stories by Friday", o);
  const auto r2 = goalsmith::Engine().check_goal("Rehearse 4 STAR stories by Friday", o);
  CHECK(goalsmith::report_to_json(r1) == goalsmith::report_to_json(r2));
}

TEST_CASE("malformed pack JSON reports the byte offset", "[pack][errors]") {
  try {
    Pack::from_json("{\"schema\": \"goalsmith.pack/1\", \"locale\": }");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::json_syntax);
    CHECK(e.where().rfind("byte ", 0) == 0);
  }
}

TEST_CASE("pack errors name the JSON path of the bad value", "[pack][errors]") {
  SECTION("wrong type") {
    Json doc = builtin_json();
    doc["smart"]["aspects"][1]["id"] = 42;
    const Error e = load_error(doc);
    CHECK(e.code() == ErrorCode::json_schema);
    CHECK(e.where() == "/smart/aspects/1/id");
  }
  SECTION("missing key") {
    Json doc = builtin_json();
    doc["smart"].erase("absolutes");
    const Error e = load_error(doc);
    CHECK(e.where() == "/smart");
    CHECK(std::string(e.what()).find("absolutes") != std::string::npos);
  }
  SECTION("unknown key") {
    Json doc = builtin_json();
    doc["smart"]["absolutez"] = Json::array();
    CHECK(load_error(doc).where() == "/smart/absolutez");
  }
  SECTION("duplicate phrase") {
    Json doc = builtin_json();
    doc["smart"]["absolutes"].push_back("Never");
    const Error e = load_error(doc);
    CHECK(e.code() == ErrorCode::pack);
    CHECK(e.where().rfind("/smart/absolutes/", 0) == 0);
  }
  SECTION("regex that does not compile fails at load time") {
    Json doc = builtin_json();
    doc["numbers"]["decimal_pattern"] = "(\\d+";
    const Error e = load_error(doc);
    CHECK(e.code() == ErrorCode::pack);
    CHECK(e.where() == "/numbers/decimal_pattern");
  }
  SECTION("missing message") {
    Json doc = builtin_json();
    doc["messages"].erase("time_missing");
    const Error e = load_error(doc);
    CHECK(e.code() == ErrorCode::pack);
    CHECK(std::string(e.what()).find("time_missing") != std::string::npos);
  }
  SECTION("unbalanced braces in a message") {
    Json doc = builtin_json();
    doc["messages"]["time_missing"] = "no {date";
    CHECK(load_error(doc).where() == "/messages/time_missing");
  }
  SECTION("limit out of range") {
    Json doc = builtin_json();
    doc["smart"]["activities"][0]["max_per_day"] = -3;
    CHECK(load_error(doc).where() == "/smart/activities/0/max_per_day");
  }
  SECTION("wrong schema") {
    Json doc = builtin_json();
    doc["schema"] = "goalsmith.pack/9";
    CHECK(load_error(doc).where() == "/schema");
  }
}

TEST_CASE("a pack file that does not exist is not_found", "[pack][errors]") {
  try {
    Pack::from_file("/nonexistent/goalsmith-pack.json");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
  }
}

TEST_CASE("a pack loads from a file", "[pack]") {
  const std::string path = "goalsmith_test_pack.json";
  {
    std::ofstream out(path);
    out << Pack::builtin().to_json();
  }
  const Pack p = Pack::from_file(path);
  CHECK(p.locale() == "en");
  std::remove(path.c_str());
}

TEST_CASE("a custom pack changes the words and messages of the check", "[pack]") {
  Json doc = builtin_json();
  doc["locale"] = "en-school";
  // A school adds its own aspect and rewords one message: no code changes.
  doc["smart"]["aspects"].push_back({{"id", "lab_safety"}, {"title", "lab safety"}, {"words", {"goggles"}}});
  doc["messages"]["time_missing"] = "Pick an end date.";
  const goalsmith::Engine engine(Pack::from_json(doc.dump()));
  goalsmith::CheckOptions o;
  o.today = goalsmith::Date::from_iso("2026-11-22");
  o.focus = {"lab_safety"};
  const auto r = engine.check_goal("Wear goggles in 5 lab sessions", o);
  CHECK(r.locale == "en-school");
  CHECK(r[goalsmith::Criterion::relevant].verdict == goalsmith::Verdict::met);
  CHECK(r[goalsmith::Criterion::relevant].score == Approx(1.0));
  CHECK(r[goalsmith::Criterion::time_bound].explanation == "Pick an end date.");
}
