// time_expressions_to_json: the goalsmith.time/1 document of Engine::parse_time, whose
// expression objects are the ones of the SMART report.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "goalsmith/goalsmith.hpp"

using namespace goalsmith;
using nlohmann::json;

namespace {

const Engine& engine() {
  static const Engine e;
  return e;
}

// 2026-11-22 is a Sunday.
const Date kToday = Date::from_iso("2026-11-22");

json parse_doc(const std::string& text, Date today = kToday, int indent = -1) {
  return json::parse(time_expressions_to_json(engine().parse_time(text, today), text, today, indent));
}

json iso_or_null(const std::optional<Date>& d) { return d ? json(d->to_iso()) : json(nullptr); }

}  // namespace

TEST_CASE("the time document names its schema, text and reference date", "[time][json]") {
  const std::string text = "Rehearse 4 STAR stories by Friday";
  const json doc = parse_doc(text);
  CHECK(doc.at("schema") == "goalsmith.time/1");
  CHECK(doc.at("text") == text);
  CHECK(doc.at("today") == "2026-11-22");
  REQUIRE(doc.at("expressions").is_array());
  CHECK(doc.size() == 4);
}

TEST_CASE("a text without time expressions gives an empty list", "[time][json]") {
  for (const std::string text : {"", "   ", "Rehearse 4 STAR stories"}) {
    const json doc = parse_doc(text);
    CHECK(doc.at("expressions") == json::array());
    CHECK(doc.at("text") == text);
  }
}

TEST_CASE("every field of every expression is written as the report writes it", "[time][json]") {
  const std::string text =
      "Do mock interviews twice a week until December 18, study 45 minutes a day within 3 weeks, "
      "call the recruiter tomorrow at 3:30pm, practise from 9 to 11am on Saturday "
      "and send the CV by Friday";
  const auto expressions = engine().parse_time(text, kToday);
  REQUIRE(!expressions.empty());
  const json doc = json::parse(time_expressions_to_json(expressions, text, kToday));
  const json& list = doc.at("expressions");
  REQUIRE(list.size() == expressions.size());
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    const TimeExpression& t = expressions[i];
    const json& e = list[i];
    INFO(t.text);
    CHECK(e.size() == 13);
    CHECK(e.at("text") == t.text);
    CHECK(e.at("span") == json::array({t.span.begin, t.span.end}));
    CHECK(text.substr(t.span.begin, t.span.end - t.span.begin) == t.text);
    CHECK(e.at("kind") == to_string(t.kind));
    CHECK(e.at("grain") == to_string(t.grain));
    CHECK(e.at("start") == iso_or_null(t.start));
    CHECK(e.at("end") == iso_or_null(t.end));
    CHECK(e.at("end_inclusive") == true);
    CHECK(e.at("past") == t.past);
    CHECK(e.at("year_stated") == t.year_stated);
    CHECK(e.at("start_time") == (t.start_time ? json(t.start_time->to_iso()) : json(nullptr)));
    CHECK(e.at("end_time") == (t.end_time ? json(t.end_time->to_iso()) : json(nullptr)));
    if (t.duration_seconds)
      CHECK(e.at("duration_seconds").get<double>() == Approx(*t.duration_seconds));
    else
      CHECK(e.at("duration_seconds").is_null());
    if (t.recurrence) {
      const json& r = e.at("recurrence");
      CHECK(r.at("count").get<double>() == Approx(t.recurrence->count));
      CHECK(r.at("count_stated") == t.recurrence->count_stated);
      CHECK(r.at("per") == to_string(t.recurrence->per));
      CHECK(r.at("by_day") == json(t.recurrence->by_day));
      CHECK(r.at("until") == iso_or_null(t.recurrence->until));
      if (t.recurrence->occurrences)
        CHECK(r.at("occurrences") == *t.recurrence->occurrences);
      else
        CHECK(r.at("occurrences").is_null());
    } else {
      CHECK(e.at("recurrence").is_null());
    }
  }
}

TEST_CASE("times of day are written as HH:MM:SS and read back", "[time][json]") {
  const std::string text = "call the recruiter tomorrow at 3:30pm and practise from 9 to 11am on Saturday";
  const json doc = parse_doc(text);
  REQUIRE(doc.at("expressions").size() == 2);
  const json& call = doc.at("expressions")[0];
  CHECK(call.at("grain") == "minute");
  CHECK(call.at("start") == "2026-11-23");
  CHECK(call.at("start_time") == "15:30:00");
  CHECK(call.at("end_time") == "15:30:00");
  const json& practise = doc.at("expressions")[1];
  CHECK(practise.at("kind") == "interval");
  CHECK(practise.at("start") == "2026-11-28");
  CHECK(practise.at("start_time") == "09:00:00");
  CHECK(practise.at("end_time") == "11:00:00");
  // The report reader takes them back, and documents without them (written before times of day) still read.
  CheckOptions o;
  o.today = kToday;
  const auto report = engine().check_goal("Call the recruiter tomorrow at 3:30pm about the offer", o);
  const auto again = report_from_json(report_to_json(report));
  REQUIRE(again.time_expressions.size() == 1);
  REQUIRE(again.time_expressions[0].start_time);
  CHECK(again.time_expressions[0].start_time->to_iso() == "15:30:00");
  CHECK(again.time_expressions[0].grain == goalsmith::Grain::minute);
  json old_doc = json::parse(report_to_json(report));
  old_doc["time_expressions"][0].erase("start_time");
  old_doc["time_expressions"][0].erase("end_time");
  CHECK_FALSE(report_from_json(old_doc.dump()).time_expressions[0].start_time);
  json bad = json::parse(report_to_json(report));
  bad["time_expressions"][0]["start_time"] = "25:00";
  try {
    report_from_json(bad.dump());
    FAIL("expected an error");
  } catch (const goalsmith::Error& e) {
    CHECK(e.code() == goalsmith::ErrorCode::json_schema);
    CHECK(std::string(e.where()) == "/time_expressions/0/start_time");
  }
}

TEST_CASE("a deadline is resolved in the time document", "[time][json]") {
  const json doc = parse_doc("Send the CV by Friday");
  REQUIRE(doc.at("expressions").size() == 1);
  const json& e = doc.at("expressions")[0];
  CHECK(e.at("text") == "by Friday");
  CHECK(e.at("kind") == "deadline");
  CHECK(e.at("end") == "2026-11-27");
  CHECK(e.at("past") == false);
  CHECK(e.at("span") == json::array({12, 21}));
}

TEST_CASE("spans in the time document are UTF-8 byte offsets", "[time][json]") {
  // "Répéter" is 7 characters but 9 bytes.
  const std::string text = "R\xC3\xA9p\xC3\xA9ter by Friday";
  const json doc = parse_doc(text);
  REQUIRE(doc.at("expressions").size() == 1);
  const json& e = doc.at("expressions")[0];
  CHECK(e.at("span") == json::array({10, 19}));
  CHECK(doc.at("text") == text);
}

TEST_CASE("the time document is the same with and without indentation", "[time][json]") {
  const std::string text = "Practise twice a week for the next 4 weeks";
  const std::string flat = time_expressions_to_json(engine().parse_time(text, kToday), text, kToday);
  const std::string pretty =
      time_expressions_to_json(engine().parse_time(text, kToday), text, kToday, 2);
  CHECK(flat.find('\n') == std::string::npos);
  CHECK(pretty.find('\n') != std::string::npos);
  CHECK(json::parse(flat) == json::parse(pretty));
}

TEST_CASE("the time document's expressions equal the report's time expressions", "[time][json]") {
  const std::string text = "Rehearse 4 STAR stories twice a week until December 18";
  CheckOptions o;
  o.today = kToday;
  const json report = json::parse(report_to_json(engine().check_goal(text, o)));
  const json doc = parse_doc(text);
  CHECK(doc.at("expressions") == report.at("time_expressions"));
}
