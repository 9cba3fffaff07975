// analyzers: feedback templates and sessions as values (lookups, the pack's built-ins, reading
// documents). The analysis, the recommendation and the rendering have files of their own.
#include "goalsmith/feedback.hpp"

#include "packs/compiled_pack.hpp"
#include "packs/feedback_rules.hpp"
#include "packs/json_reader.hpp"

namespace goalsmith {

const ScaleLevel* RatingScale::level(int value) const noexcept {
  for (const auto& l : levels)
    if (l.value == value) return &l;
  return nullptr;
}

double RatingScale::normalized(int value) const noexcept {
  if (levels.size() < 2) return 0;
  const double lo = levels.front().value;
  const double hi = levels.back().value;
  if (hi <= lo) return 0;
  const double v = (value - lo) / (hi - lo);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

const FeedbackAspect* FeedbackTemplate::find_aspect(std::string_view aspect_id) const noexcept {
  for (const auto& a : aspects)
    if (a.id == aspect_id) return &a;
  return nullptr;
}

const FeedbackQuestion* FeedbackTemplate::find_question(std::string_view question_id) const noexcept {
  for (const auto& q : questions)
    if (q.id == question_id) return &q;
  return nullptr;
}

const AspectFeedback* FeedbackAnalysis::find_aspect(std::string_view aspect_id) const noexcept {
  for (const auto& a : aspects)
    if (a.aspect == aspect_id) return &a;
  return nullptr;
}

const char* to_string(QuestionKind kind) noexcept {
  switch (kind) {
    case QuestionKind::open: return "open";
    case QuestionKind::rating: return "rating";
    case QuestionKind::yes_no: return "yes_no";
  }
  return "open";
}

const char* to_string(InterviewKind kind) noexcept {
  switch (kind) {
    case InterviewKind::peer_mock: return "peer_mock";
    case InterviewKind::professional_mock: return "professional_mock";
    case InterviewKind::real: return "real";
  }
  return "peer_mock";
}

const char* to_string(Polarity polarity) noexcept {
  return polarity == Polarity::strength ? "strength" : "improve";
}

const char* to_string(FindingSource source) noexcept {
  switch (source) {
    case FindingSource::notes: return "notes";
    case FindingSource::strengths: return "strengths";
    case FindingSource::improvements: return "improvements";
    case FindingSource::rating: return "rating";
    case FindingSource::answer: return "answer";
  }
  return "notes";
}

FeedbackTemplate default_feedback_template(const Engine& engine) {
  return engine.pack().compiled().feedback.default_template;
}

std::vector<RatingScale> feedback_scales(const Engine& engine) { return engine.pack().compiled().feedback.scales; }

FeedbackTemplate feedback_template_from_json(std::string_view json) {
  const packs::Json document = packs::parse_json(json, "feedback template");
  return packs::read_feedback_template(packs::JsonReader(document, ""), nullptr, true);
}

void validate_feedback_template(const FeedbackTemplate& tmpl) { packs::validate_template(tmpl); }

FeedbackSession feedback_session_from_json(std::string_view json) {
  const packs::Json document = packs::parse_json(json, "feedback session");
  return packs::read_feedback_session(packs::JsonReader(document, ""));
}

}  // namespace goalsmith
