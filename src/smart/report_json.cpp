// serialization: JSON of SmartReport (schema goalsmith.smart_report/1), of the time expressions
// of Engine::parse_time (schema goalsmith.time/1, the same expression objects as the report's)
// and CheckOptions (schema goalsmith.check_options/1).
#include <cmath>

#include "goalsmith/engine.hpp"
#include "goalsmith/error.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"

namespace goalsmith {
namespace {

using packs::Json;
using packs::JsonReader;
using packs::JsonWriter;

constexpr const char* kReportSchema = "goalsmith.smart_report/1";
constexpr const char* kOptionsSchema = "goalsmith.check_options/1";
constexpr const char* kTimeSchema = "goalsmith.time/1";
constexpr const char* kTimeOptionsSchema = "goalsmith.time_options/1";
constexpr const char* kLetters[] = {"S", "M", "A", "R", "T"};

// Scores keep three decimals: enough to compare, short enough to read.
double rounded(double v) { return std::round(v * 1000) / 1000; }



Span read_span(const JsonReader& r) {
  if (r.expect_array() != 2) r.fail("expected [begin, end]");
  Span s;
  s.begin = static_cast<std::size_t>(r.at(std::size_t{0}).integer_in(0, 1L << 40));
  s.end = static_cast<std::size_t>(r.at(std::size_t{1}).integer_in(0, 1L << 40));
  if (s.end < s.begin) r.fail("span end is before its begin");
  return s;
}

std::optional<Date> read_date(const JsonReader& r) {
  if (r.json().is_null()) return std::nullopt;
  return r.iso_date();
}

Per read_per(const JsonReader& r) {
  const std::string s = r.string();
  for (Per p : {Per::day, Per::week, Per::month, Per::year})
    if (s == to_string(p)) return p;
  r.fail("expected \"day\", \"week\", \"month\" or \"year\", found \"" + s + "\"");
}

Recurrence read_recurrence(const JsonReader& r) {
  r.expect_object({"count", "count_stated", "per", "by_day", "until", "occurrences"});
  Recurrence out;
  out.count = r.at("count").number_in(0, 1e6);
  out.count_stated = r.at("count_stated").boolean();
  out.per = read_per(r.at("per"));
  const auto by_day = r.at("by_day");
  for (std::size_t k = 0, n = by_day.expect_array(); k < n; ++k)
    out.by_day.push_back(static_cast<int>(by_day.at(k).integer_in(1, 7)));
  out.until = read_date(r.at("until"));
  if (!r.at("occurrences").json().is_null()) out.occurrences = r.at("occurrences").integer_in(0, 1L << 40);
  return out;
}

template <typename Enum, std::size_t N>
Enum read_enum(const JsonReader& r, const Enum (&values)[N]) {
  const std::string s = r.string();
  std::string expected;
  for (Enum v : values) {
    if (s == to_string(v)) return v;
    expected += (expected.empty() ? "\"" : ", \"") + std::string(to_string(v)) + "\"";
  }
  r.fail("expected one of " + expected + ", found \"" + s + "\"");
}

WeekStart read_week_start(const JsonReader& r) {
  static constexpr WeekStart kStarts[] = {WeekStart::monday, WeekStart::sunday};
  return read_enum(r, kStarts);
}

TimeExpression read_time(const JsonReader& r) {
  static constexpr TimeKind kKinds[] = {TimeKind::date, TimeKind::interval, TimeKind::deadline,
                                        TimeKind::duration, TimeKind::recurrence};
  static constexpr Grain kGrains[] = {Grain::day,  Grain::week,   Grain::month,  Grain::quarter,    Grain::year,
                                      Grain::hour, Grain::minute, Grain::second, Grain::part_of_day};
  r.expect_object({"text", "span", "kind", "grain", "start", "end", "end_inclusive", "past", "year_stated",
                   "recurrence", "duration_seconds", "start_time", "end_time"});
  TimeExpression t;
  t.text = r.at("text").string();
  t.span = read_span(r.at("span"));
  t.kind = read_enum(r.at("kind"), kKinds);
  t.grain = read_enum(r.at("grain"), kGrains);
  t.start = read_date(r.at("start"));
  t.end = read_date(r.at("end"));
  t.past = r.at("past").boolean();
  t.year_stated = r.at("year_stated").boolean();
  if (!r.at("recurrence").json().is_null()) t.recurrence = read_recurrence(r.at("recurrence"));
  if (!r.at("duration_seconds").json().is_null()) t.duration_seconds = r.at("duration_seconds").number_in(0, 1e12);
  // Times of day (added in 0.1.0): optional, so documents written before them still read.
  for (const char* key : {"start_time", "end_time"}) {
    const auto v = r.find(key);
    if (!v || v->json().is_null()) continue;
    const std::string iso = v->string();
    try {
      (std::string(key) == "start_time" ? t.start_time : t.end_time) = TimeOfDay::from_iso(iso);
    } catch (const Error& e) {
      v->fail(e.what());
    }
  }
  return t;
}

std::optional<std::string> read_optional_string(const JsonReader& r) {
  if (r.json().is_null()) return std::nullopt;
  return r.string();
}

}  // namespace

namespace {

void write_span(JsonWriter& w, const Span& s) {
  w.begin_array().value(s.begin).value(s.end).end_array();
}

void write_date(JsonWriter& w, const std::optional<Date>& d) {
  if (d)
    w.value(d->to_iso());
  else
    w.null();
}

void write_recurrence(JsonWriter& w, const Recurrence& r) {
  w.begin_object().member("count", r.count).member("count_stated", r.count_stated).member("per", to_string(r.per));
  w.key("by_day").begin_array();
  for (int d : r.by_day) w.value(d);
  w.end_array();
  w.key("until");
  write_date(w, r.until);
  w.key("occurrences");
  if (r.occurrences)
    w.value(*r.occurrences);
  else
    w.null();
  w.end_object();
}

void write_time(JsonWriter& w, const TimeExpression& t) {
  w.begin_object().member("text", t.text);
  w.key("span");
  write_span(w, t.span);
  w.member("kind", to_string(t.kind)).member("grain", to_string(t.grain));
  w.key("start");
  write_date(w, t.start);
  w.key("end");
  write_date(w, t.end);
  w.member("end_inclusive", true).member("past", t.past).member("year_stated", t.year_stated);
  w.key("recurrence");
  if (t.recurrence)
    write_recurrence(w, *t.recurrence);
  else
    w.null();
  w.key("duration_seconds");
  if (t.duration_seconds)
    w.value(*t.duration_seconds);
  else
    w.null();
  w.key("start_time");
  if (t.start_time)
    w.value(t.start_time->to_iso());
  else
    w.null();
  w.key("end_time");
  if (t.end_time)
    w.value(t.end_time->to_iso());
  else
    w.null();
  w.end_object();
}

void write_optional_string(JsonWriter& w, std::string_view key, const std::optional<std::string>& s) {
  w.key(key);
  if (s)
    w.value(*s);
  else
    w.null();
}

}  // namespace

std::string report_to_json(const SmartReport& report, int indent) {
  JsonWriter w(indent);
  w.begin_object()
      .member("schema", kReportSchema)
      .member("text", report.text)
      .member("today", report.today.to_iso())
      .member("locale", report.locale)
      .member("score", rounded(report.score))
      .member("summary", report.summary);
  w.key("criteria").begin_object();
  for (std::size_t k = 0; k < criterion_count; ++k) {
    const auto& c = report.criteria[k];
    w.key(to_string(static_cast<Criterion>(k))).begin_object();
    w.member("letter", kLetters[k])
        .member("label", c.label)
        .member("verdict", to_string(c.verdict))
        .member("score", rounded(c.score))
        .member("weight", c.weight);
    w.key("evidence").begin_array();
    for (const auto& e : c.evidence) {
      w.begin_object().key("span");
      write_span(w, e.span);
      w.member("text", e.text).member("rule", e.rule).end_object();
    }
    w.end_array();
    w.member("explanation", c.explanation);
    w.key("suggestions").begin_array();
    for (const auto& s : c.suggestions) w.value(s);
    w.end_array();
    w.end_object();
  }
  w.end_object();

  const auto& f = report.fields;
  w.key("fields").begin_object();
  write_optional_string(w, "action", f.action);
  write_optional_string(w, "object", f.object);
  w.key("aspects").begin_array();
  for (const auto& a : f.aspects) w.value(a);
  w.end_array();
  w.key("quantity");
  if (f.quantity) {
    w.begin_object()
        .member("value", f.quantity->value)
        .member("unit", f.quantity->unit)
        .member("comparator", f.quantity->comparator)
        .key("span");
    write_span(w, f.quantity->span);
    w.member("text", f.quantity->text).end_object();
  } else {
    w.null();
  }
  w.key("frequency");
  if (f.frequency)
    write_recurrence(w, *f.frequency);
  else
    w.null();
  w.key("deadline");
  write_date(w, f.deadline);
  w.key("window");
  if (f.window_start && f.window_end)
    w.begin_object()
        .member("start", f.window_start->to_iso())
        .member("end", f.window_end->to_iso())
        .member("end_inclusive", true)
        .end_object();
  else
    w.null();
  w.key("sessions");
  if (f.sessions)
    w.value(rounded(*f.sessions));
  else
    w.null();
  w.key("workload");
  if (f.workload) {
    w.begin_object()
        .member("activity", f.workload->activity)
        .member("unit", f.workload->unit)
        .member("per_day", rounded(f.workload->per_day))
        .member("limit_per_day", f.workload->limit_per_day)
        .key("total");
    if (f.workload->total > 0)
      w.value(rounded(f.workload->total));
    else
      w.null();
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();

  w.key("time_expressions").begin_array();
  for (const auto& t : report.time_expressions) write_time(w, t);
  w.end_array();
  w.end_object();
  return w.take();
}

std::string time_expressions_to_json(const std::vector<TimeExpression>& expressions, const std::string& text,
                                     Date today, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", kTimeSchema).member("text", text).member("today", today.to_iso());
  w.key("expressions").begin_array();
  for (const auto& t : expressions) write_time(w, t);
  w.end_array();
  w.end_object();
  return w.take();
}

SmartReport report_from_json(std::string_view json) {
  const Json doc = packs::parse_json(json, "report");
  const JsonReader root(doc, "");
  root.expect_object({"schema", "text", "today", "locale", "score", "summary", "criteria", "fields", "time_expressions"});
  if (root.at("schema").string() != kReportSchema)
    root.at("schema").fail(std::string("expected \"") + kReportSchema + "\"");
  SmartReport r;
  r.text = root.at("text").string();
  r.today = *read_date(root.at("today"));
  r.locale = root.at("locale").string();
  r.score = root.at("score").number_in(0, 1);
  r.summary = root.at("summary").string();
  const auto criteria = root.at("criteria");
  criteria.expect_object({"specific", "measurable", "achievable", "relevant", "time_bound"});
  static constexpr Verdict kVerdicts[] = {Verdict::met, Verdict::partial, Verdict::missing};
  for (std::size_t k = 0; k < criterion_count; ++k) {
    const auto c = criteria.at(to_string(static_cast<Criterion>(k)));
    c.expect_object({"letter", "label", "verdict", "score", "weight", "evidence", "explanation", "suggestions"});
    auto& out = r.criteria[k];
    out.criterion = static_cast<Criterion>(k);
    out.label = c.at("label").string();
    out.verdict = read_enum(c.at("verdict"), kVerdicts);
    out.score = c.at("score").number_in(0, 1);
    out.weight = c.at("weight").number_in(0, 1e9);
    const auto ev = c.at("evidence");
    for (std::size_t e = 0, n = ev.expect_array(); e < n; ++e) {
      const auto item = ev.at(e);
      item.expect_object({"span", "text", "rule"});
      out.evidence.push_back(Evidence{read_span(item.at("span")), item.at("text").string(), item.at("rule").string()});
    }
    out.explanation = c.at("explanation").string();
    const auto sg = c.at("suggestions");
    for (std::size_t e = 0, n = sg.expect_array(); e < n; ++e) out.suggestions.push_back(sg.at(e).string());
  }
  const auto f = root.at("fields");
  f.expect_object({"action", "object", "aspects", "quantity", "frequency", "deadline", "window", "sessions", "workload"});
  auto& fields = r.fields;
  fields.action = read_optional_string(f.at("action"));
  fields.object = read_optional_string(f.at("object"));
  const auto aspects = f.at("aspects");
  for (std::size_t k = 0, n = aspects.expect_array(); k < n; ++k) fields.aspects.push_back(aspects.at(k).string());
  if (const auto q = f.at("quantity"); !q.json().is_null()) {
    q.expect_object({"value", "unit", "comparator", "span", "text"});
    fields.quantity = Quantity{q.at("value").number(), q.at("unit").string(), q.at("comparator").string(),
                               read_span(q.at("span")), q.at("text").string()};
  }
  if (const auto fr = f.at("frequency"); !fr.json().is_null()) fields.frequency = read_recurrence(fr);
  fields.deadline = read_date(f.at("deadline"));
  if (const auto w = f.at("window"); !w.json().is_null()) {
    w.expect_object({"start", "end", "end_inclusive"});
    fields.window_start = read_date(w.at("start"));
    fields.window_end = read_date(w.at("end"));
  }
  if (const auto s = f.at("sessions"); !s.json().is_null()) fields.sessions = s.number();
  if (const auto w = f.at("workload"); !w.json().is_null()) {
    w.expect_object({"activity", "unit", "per_day", "limit_per_day", "total"});
    fields.workload = Workload{w.at("activity").string(), w.at("per_day").number(), w.at("limit_per_day").number(),
                               w.at("unit").string(),
                               w.at("total").json().is_null() ? 0.0 : w.at("total").number()};
  }
  const auto times = root.at("time_expressions");
  for (std::size_t k = 0, n = times.expect_array(); k < n; ++k) r.time_expressions.push_back(read_time(times.at(k)));
  return r;
}

CheckOptions check_options_from_json(std::string_view json) {
  const Json doc = packs::parse_json(json, "check options");
  const JsonReader root(doc, "");
  root.expect_object({"schema", "today", "focus", "weights", "labels", "week_start"});
  CheckOptions o;
  if (auto w = root.find("week_start"); w && !w->json().is_null()) o.week_start = read_week_start(*w);
  if (auto s = root.find("schema"); s && s->string() != kOptionsSchema)
    s->fail(std::string("expected \"") + kOptionsSchema + "\"");
  if (auto t = root.find("today"); t && !t->json().is_null()) o.today = read_date(*t);
  if (auto focus = root.find("focus")) o.focus = focus->string_list();
  if (auto weights = root.find("weights")) {
    weights->expect_any_object();
    for (auto it = weights->json().begin(); it != weights->json().end(); ++it) {
      const auto w = weights->at(it.key());
      const auto c = criterion_from_name(it.key());
      if (!c) w.fail("unknown criterion \"" + it.key() + "\" (use S, M, A, R, T or a criterion name)");
      o.weights[static_cast<std::size_t>(*c)] = w.number_in(0, 1e6);
    }
  }
  if (auto labels = root.find("labels")) {
    labels->expect_any_object();
    for (auto it = labels->json().begin(); it != labels->json().end(); ++it) {
      const auto l = labels->at(it.key());
      const auto c = criterion_from_name(it.key());
      if (!c) l.fail("unknown criterion \"" + it.key() + "\" (use S, M, A, R, T or a criterion name)");
      const std::string alias = l.non_empty_string();
      const auto resolved = criterion_from_name(alias);
      if (!resolved || *resolved != *c)
        l.fail("\"" + alias + "\" is not a name of the " + to_string(*c) + " criterion");
      o.labels[*c] = alias;
    }
  }
  return o;
}

std::string check_options_to_json(const CheckOptions& options) {
  Json weights = Json::object();
  for (std::size_t k = 0; k < criterion_count; ++k) weights[to_string(static_cast<Criterion>(k))] = options.weights[k];
  Json labels = Json::object();
  for (const auto& [c, alias] : options.labels) labels[to_string(c)] = alias;
  Json j{{"schema", kOptionsSchema},
         {"today", options.today ? Json(options.today->to_iso()) : Json(nullptr)},
         {"focus", options.focus},
         {"weights", std::move(weights)},
         {"labels", std::move(labels)}};
  if (options.week_start) j["week_start"] = to_string(*options.week_start);
  return j.dump();
}

TimeOptions time_options_from_json(std::string_view json) {
  const Json doc = packs::parse_json(json, "time options");
  const JsonReader root(doc, "");
  root.expect_object({"schema", "today", "now", "week_start"});
  TimeOptions o;
  if (auto s = root.find("schema"); s && s->string() != kTimeOptionsSchema)
    s->fail(std::string("expected \"") + kTimeOptionsSchema + "\"");
  if (auto t = root.find("today"); t && !t->json().is_null()) o.today = read_date(*t);
  if (auto n = root.find("now"); n && !n->json().is_null()) {
    const std::string iso = n->string();
    try {
      o.now = TimeOfDay::from_iso(iso);
    } catch (const Error& e) {
      n->fail(e.what());
    }
  }
  if (auto w = root.find("week_start"); w && !w->json().is_null()) o.week_start = read_week_start(*w);
  return o;
}

}  // namespace goalsmith
