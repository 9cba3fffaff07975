// serialization: JSON of MindsetReport (schema goalsmith.mindset_report/1), MindsetOptions
// (goalsmith.mindset_options/1) and the feedback guidance (goalsmith.feedback_guidance/1).
#include <cmath>

#include "goalsmith/mindset.hpp"
#include "mindset/check.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"

namespace goalsmith {
namespace {

using packs::Json;
using packs::JsonReader;
using packs::JsonWriter;

constexpr const char* kReportSchema = "goalsmith.mindset_report/1";
constexpr const char* kOptionsSchema = "goalsmith.mindset_options/1";
constexpr const char* kGuidanceSchema = "goalsmith.feedback_guidance/1";
constexpr const char* kLetters[] = {"S", "M", "A", "R", "T"};

double rounded(double v) { return std::round(v * 1000) / 1000; }

void write_span(JsonWriter& w, const Span& s) {
  w.begin_array().value(s.begin).value(s.end).end_array();
}

Span read_span(const JsonReader& r) {
  if (r.expect_array() != 2) r.fail("expected [begin, end]");
  Span s;
  s.begin = static_cast<std::size_t>(r.at(std::size_t{0}).integer_in(0, 1L << 40));
  s.end = static_cast<std::size_t>(r.at(std::size_t{1}).integer_in(0, 1L << 40));
  if (s.end < s.begin) r.fail("span end is before its begin");
  return s;
}

// A span must lie inside the text it points into, so a consumer can slice with it safely.
void check_span(const JsonReader& r, const Span& s, const std::string& text) {
  if (s.end > text.size()) r.fail("span ends after the end of the text (" + std::to_string(text.size()) + " bytes)");
}

std::optional<std::string> read_optional_string(const JsonReader& r) {
  if (r.json().is_null()) return std::nullopt;
  return r.string();
}

Verdict read_verdict(const JsonReader& r) {
  const std::string s = r.string();
  for (Verdict v : {Verdict::met, Verdict::partial, Verdict::missing})
    if (s == to_string(v)) return v;
  r.fail("expected \"met\", \"partial\" or \"missing\", found \"" + s + "\"");
}

}  // namespace

std::string mindset_report_to_json(const MindsetReport& report, int indent) {
  JsonWriter w(indent);
  w.begin_object()
      .member("schema", kReportSchema)
      .member("text", report.text)
      .member("locale", report.locale)
      .member("today", report.today.to_iso())
      .member("sentences", report.sentences)
      .member("summary", report.summary)
      .key("findings")
      .begin_array();
  for (const auto& f : report.findings) {
    w.begin_object().member("category", f.category).member("title", f.title).key("span");
    write_span(w, f.span);
    w.member("text", f.text).key("trigger").begin_object().key("span");
    write_span(w, f.trigger);
    w.member("text", f.trigger_text).end_object();
    w.member("confidence", rounded(f.confidence)).key("prompts").begin_array();
    for (const auto& p : f.prompts)
      w.begin_object().member("technique", p.technique).member("text", p.text).end_object();
    w.end_array().key("rewrite");
    if (f.rewrite) w.value(*f.rewrite);
    else w.null();
    w.key("skill");
    if (f.skill) {
      w.begin_object().member("text", f.skill->text).key("span");
      write_span(w, f.skill->span);
      w.key("aspect");
      if (f.skill->aspect) w.value(*f.skill->aspect);
      else w.null();
      w.end_object();
    } else {
      w.null();
    }
    w.key("goal_draft");
    if (f.goal_draft) {
      const auto& d = *f.goal_draft;
      w.begin_object().member("text", d.text).key("aspect");
      if (d.aspect) w.value(*d.aspect);
      else w.null();
      w.member("score", rounded(d.score)).member("smart", d.smart()).key("verdicts").begin_object();
      for (std::size_t k = 0; k < criterion_count; ++k) w.member(kLetters[k], to_string(d.verdicts[k]));
      w.end_object().end_object();
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array().end_object();
  return w.take();
}

MindsetReport mindset_report_from_json(std::string_view json) {
  const Json doc = packs::parse_json(json, "mindset report");
  const JsonReader root(doc, "");
  root.expect_object({"schema", "text", "locale", "today", "sentences", "summary", "findings"});
  const std::string schema = root.at("schema").string();
  if (schema != kReportSchema) root.at("schema").fail(std::string("expected \"") + kReportSchema + "\"");
  MindsetReport r;
  r.text = root.at("text").string();
  r.locale = root.at("locale").string();
  r.today = root.at("today").iso_date();
  r.sentences = static_cast<std::size_t>(root.at("sentences").integer_in(0, 1L << 40));
  r.summary = root.at("summary").string();
  const auto findings = root.at("findings");
  for (std::size_t i = 0, n = findings.expect_array(); i < n; ++i) {
    const auto item = findings.at(i);
    item.expect_object({"category", "title", "span", "text", "trigger", "confidence", "prompts", "rewrite", "skill",
                        "goal_draft"});
    MindsetFinding f;
    f.category = item.at("category").non_empty_string();
    f.title = item.at("title").string();
    f.span = read_span(item.at("span"));
    check_span(item.at("span"), f.span, r.text);
    f.text = item.at("text").string();
    const auto trigger = item.at("trigger");
    trigger.expect_object({"span", "text"});
    f.trigger = read_span(trigger.at("span"));
    check_span(trigger.at("span"), f.trigger, r.text);
    f.trigger_text = trigger.at("text").string();
    f.confidence = item.at("confidence").number_in(0, 1);
    const auto prompts = item.at("prompts");
    for (std::size_t k = 0, m = prompts.expect_array(); k < m; ++k) {
      const auto p = prompts.at(k);
      p.expect_object({"technique", "text"});
      f.prompts.push_back({p.at("technique").non_empty_string(), p.at("text").non_empty_string()});
    }
    f.rewrite = read_optional_string(item.at("rewrite"));
    if (const auto skill = item.at("skill"); !skill.json().is_null()) {
      skill.expect_object({"text", "span", "aspect"});
      NamedSkill s;
      s.text = skill.at("text").non_empty_string();
      s.span = read_span(skill.at("span"));
      check_span(skill.at("span"), s.span, r.text);
      s.aspect = read_optional_string(skill.at("aspect"));
      f.skill = std::move(s);
    }
    if (const auto draft = item.at("goal_draft"); !draft.json().is_null()) {
      draft.expect_object({"text", "aspect", "score", "smart", "verdicts"});
      GoalDraft d;
      d.text = draft.at("text").non_empty_string();
      d.aspect = read_optional_string(draft.at("aspect"));
      d.score = draft.at("score").number_in(0, 1);
      const auto verdicts = draft.at("verdicts");
      verdicts.expect_object({"S", "M", "A", "R", "T"});
      for (std::size_t k = 0; k < criterion_count; ++k) d.verdicts[k] = read_verdict(verdicts.at(kLetters[k]));
      if (draft.at("smart").boolean() != d.smart()) draft.at("smart").fail("\"smart\" disagrees with the verdicts");
      f.goal_draft = std::move(d);
    }
    r.findings.push_back(std::move(f));
  }
  return r;
}

MindsetOptions mindset_options_from_json(std::string_view json) {
  const Json doc = packs::parse_json(json, "mindset options");
  const JsonReader root(doc, "");
  root.expect_object({"schema", "today", "max_prompts", "min_confidence", "goal_drafts"});
  MindsetOptions o;
  if (auto s = root.find("schema"); s && s->string() != kOptionsSchema)
    s->fail(std::string("expected \"") + kOptionsSchema + "\"");
  if (auto t = root.find("today"); t && !t->json().is_null()) o.today = t->iso_date();
  if (auto m = root.find("max_prompts")) o.max_prompts = static_cast<unsigned>(m->integer_in(1, 3));
  if (auto c = root.find("min_confidence")) o.min_confidence = c->number_in(0, 1);
  if (auto g = root.find("goal_drafts")) o.goal_drafts = g->boolean();
  return o;
}

std::string feedback_guidance_to_json(const std::vector<GuidancePrompt>& prompts, const std::string& locale,
                                      int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", kGuidanceSchema).member("locale", locale);
  for (SessionMoment moment : {SessionMoment::before, SessionMoment::after}) {
    w.key(to_string(moment)).begin_array();
    for (const auto& p : prompts)
      if (p.moment == moment) w.begin_object().member("id", p.id).member("text", p.text).end_object();
    w.end_array();
  }
  w.end_object();
  return w.take();
}

}  // namespace goalsmith
