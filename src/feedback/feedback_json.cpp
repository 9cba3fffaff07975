// serialization: the feedback documents (goalsmith.feedback_template/1, feedback_session/1,
// feedback_analysis/1, feedback_history/1, feedback_recommendation/1; docs/schemas/).
#include <cmath>

#include "goalsmith/feedback.hpp"
#include "feedback/requests.hpp"
#include "packs/json_writer.hpp"

namespace goalsmith {
namespace {

using packs::JsonWriter;

double rounded(double v) { return std::round(v * 1000) / 1000; }

void strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.key(key).begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

void span(JsonWriter& w, const Span& s) {
  w.key("span").begin_array().value(s.begin).value(s.end).end_array();
}

void scale(JsonWriter& w, const RatingScale& s) {
  w.begin_object().member("id", s.id).member("title", s.title);
  w.key("levels").begin_array();
  for (const auto& l : s.levels) w.begin_object().member("value", l.value).member("label", l.label).end_object();
  w.end_array();
  w.member("ready_from", s.ready_from);
  if (!s.no_decision.empty()) w.member("no_decision", s.no_decision);
  w.end_object();
}

void rating(JsonWriter& w, std::string_view key, const std::optional<Rating>& r) {
  if (!r) return;
  w.key(key);
  if (r->no_decision)
    w.value("no_decision");
  else
    w.value(r->value);
}

void question(JsonWriter& w, const FeedbackQuestion& q) {
  w.begin_object().member("id", q.id).member("text", q.text).member("kind", to_string(q.kind)).member("aspect", q.aspect);
  strings(w, "follow_ups", q.follow_ups);
  strings(w, "tags", q.tags);
  if (q.kind == QuestionKind::yes_no) w.member("yes_is_good", q.yes_is_good);
  w.end_object();
}

void evidence(JsonWriter& w, const std::vector<Evidence>& cues) {
  w.key("cues").begin_array();
  for (const auto& e : cues) {
    w.begin_object().member("text", e.text);
    span(w, e.span);
    w.member("rule", e.rule).end_object();
  }
  w.end_array();
}

void indices(JsonWriter& w, std::string_view key, const std::vector<std::size_t>& values) {
  w.key(key).begin_array();
  for (auto v : values) w.value(v);
  w.end_array();
}

void analysis_body(JsonWriter& w, const FeedbackAnalysis& a) {
  w.member("session_id", a.session_id).member("date", a.date.to_iso()).member("template_id", a.template_id);
  w.member("locale", a.locale);
  w.key("findings").begin_array();
  for (const auto& f : a.findings) {
    w.begin_object().member("session_id", f.session_id).member("question_id", f.question_id);
    w.member("aspect", f.aspect).member("polarity", to_string(f.polarity)).member("softened", f.softened);
    w.member("source", to_string(f.source));
    span(w, f.span);
    w.member("text", f.text).member("weight", rounded(f.weight));
    evidence(w, f.cues);
    w.end_object();
  }
  w.end_array();
  w.key("aspects").begin_array();
  for (const auto& s : a.aspects) {
    w.begin_object().member("aspect", s.aspect).member("title", s.title);
    indices(w, "strengths", s.strengths);
    indices(w, "improvements", s.improvements);
    w.key("rating");
    if (s.rating)
      w.value(rounded(*s.rating));
    else
      w.null();
    w.member("strength_score", s.strength_score).member("improve_score", s.improve_score);
    w.member("priority", s.priority).end_object();
  }
  w.end_array();
  w.key("areas_to_improve").begin_array();
  for (const auto& area : a.areas_to_improve) {
    w.begin_object().member("aspect", area.aspect).member("title", area.title).member("priority", area.priority);
    indices(w, "findings", area.findings);
    w.end_object();
  }
  w.end_array();
  w.key("overall_rating");
  if (a.overall_rating)
    w.value(rounded(*a.overall_rating));
  else
    w.null();
  w.member("summary", a.summary);
}

}  // namespace

std::string feedback_template_to_json(const FeedbackTemplate& t, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", "goalsmith.feedback_template/1");
  w.member("id", t.id).member("version", t.version).member("locale", t.locale).member("title", t.title);
  w.member("description", t.description);
  w.key("scale");
  scale(w, t.scale);
  w.key("aspects").begin_array();
  for (const auto& a : t.aspects) {
    w.begin_object().member("id", a.id).member("title", a.title).member("description", a.description);
    strings(w, "signals_basic", a.signals_basic);
    strings(w, "signals_advanced", a.signals_advanced);
    strings(w, "words", a.words);
    w.end_object();
  }
  w.end_array();
  w.key("questions").begin_array();
  for (const auto& q : t.questions) question(w, q);
  w.end_array();
  strings(w, "follow_ups", t.follow_ups);
  w.end_object();
  return w.take();
}

std::string feedback_session_to_json(const FeedbackSession& s, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", "goalsmith.feedback_session/1");
  w.member("id", s.id).member("date", s.date.to_iso()).member("kind", to_string(s.kind));
  if (!s.interviewer.empty()) w.member("interviewer", s.interviewer);
  if (!s.template_id.empty()) w.member("template", s.template_id);
  w.key("answers").begin_array();
  for (const auto& a : s.answers) {
    w.begin_object().member("question_id", a.question_id);
    if (!a.question.empty()) w.member("question", a.question);
    if (!a.aspect.empty()) w.member("aspect", a.aspect);
    w.member("notes", a.notes);
    rating(w, "rating", a.rating);
    if (a.answer) w.member("answer", *a.answer);
    w.end_object();
  }
  w.end_array();
  rating(w, "overall_rating", s.overall_rating);
  w.member("strengths", s.strengths).member("improvements", s.improvements);
  if (s.scale) {
    w.key("scale");
    scale(w, *s.scale);
  }
  w.end_object();
  return w.take();
}

std::string feedback_analysis_to_json(const FeedbackAnalysis& a, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", "goalsmith.feedback_analysis/1");
  analysis_body(w, a);
  w.end_object();
  return w.take();
}

std::string feedback_history_to_json(const FeedbackHistory& h, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", "goalsmith.feedback_history/1").member("session_count", h.session_count);
  strings(w, "session_ids", h.session_ids);
  w.key("aspects").begin_array();
  for (const auto& a : h.aspects) {
    w.begin_object().member("aspect", a.aspect).member("title", a.title);
    strings(w, "sessions", a.sessions);
    strings(w, "strength_sessions", a.strength_sessions);
    w.member("improve_findings", a.improve_findings).member("strength_findings", a.strength_findings);
    w.member("priority", a.priority).member("recurring", a.recurring).member("trend", a.trend).end_object();
  }
  w.end_array();
  w.key("analyses").begin_array();
  for (const auto& a : h.analyses) {
    w.begin_object();
    analysis_body(w, a);
    w.end_object();
  }
  w.end_array();
  w.member("summary", h.summary).end_object();
  return w.take();
}

std::string recommendation_to_json(const Recommendation& r, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", "goalsmith.feedback_recommendation/1").member("template_id", r.template_id);
  w.key("questions").begin_array();
  for (const auto& q : r.questions) {
    w.begin_object().key("question");
    question(w, q.question);
    w.member("aspect_title", q.aspect_title).member("reason_code", q.reason_code).member("reason", q.reason);
    w.member("score", q.score).end_object();
  }
  w.end_array();
  w.key("concerns").begin_array();
  for (const auto& c : r.concerns) {
    w.begin_object().member("text", c.text);
    strings(w, "aspects", c.aspects);
    w.key("evidence").begin_array();
    for (const auto& e : c.evidence) {
      w.begin_object().member("text", e.text);
      span(w, e.span);
      w.member("rule", e.rule).end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

namespace feedback {

std::string scales_to_json(const std::vector<RatingScale>& scales, int indent) {
  JsonWriter w(indent);
  w.begin_array();
  for (const auto& s : scales) scale(w, s);
  w.end_array();
  return w.take();
}

}  // namespace feedback
}  // namespace goalsmith
