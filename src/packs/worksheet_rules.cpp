#include "packs/worksheet_rules.hpp"

#include <algorithm>

namespace goalsmith::packs {
namespace {

// The keys grading and the Markdown form use; a pack without one fails to load.
const std::vector<std::string_view> kRequiredMessages = {
    "form_title", "form_learner", "form_date", "form_session", "form_aspects", "form_feedback",
    "form_goal", "form_statement", "form_hint_learner", "form_hint_date", "form_hint_session",
    "form_hint_aspects", "form_hint_feedback", "form_hint_statement", "form_hint_specific",
    "form_hint_measurable", "form_hint_achievable", "form_hint_relevant", "form_hint_time_bound",
    "band_excellent", "missing_goals", "area_missing", "no_feedback", "goal_off_topic", "goal_all_met",
    "goal_criterion_tip", "goal_reasoning_strong", "goal_traced", "goal_not_traced",
    "justification_not_given", "justification_partial", "justification_weak", "hint_specific",
    "hint_measurable", "hint_achievable", "hint_relevant", "hint_time_bound", "time_mismatch",
    "time_not_in_goal", "fallback_object", "fallback_quantity", "fallback_aspects",
    "fallback_deadline"};

// The form writes `label` (a message); reading it back must find the same field.
void require_readable(const JsonReader& messages, const Messages& m, std::string_view key,
                      const PhraseLexicon& lexicon, std::int32_t payload, bool whole) {
  const std::string label = m.format(key, {{"n", "1"}});
  const auto tokens = text::tokenize(label).tokens;
  const auto match = tokens.empty() ? std::nullopt : lexicon.longest_at(tokens, 0);
  const bool ok = match && match->payload == payload && (!whole || match->length == tokens.size());
  if (!ok)
    messages.at(key).fail("the form label \"" + label + "\" is not one of the words the form reader accepts",
                          ErrorCode::pack);
}

}  // namespace

void compile_worksheet_rules(const JsonReader& section, const Inflection& inflection, WorksheetRules& out) {
  section.expect_object({"markdown", "cues", "bands", "messages"});
  const auto markdown = section.at("markdown");
  markdown.expect_object({"learner", "date", "session", "aspects", "feedback", "goal", "statement"});
  out.header_keys.add_all(markdown.at("learner"), kFieldLearner);
  out.header_keys.add_all(markdown.at("date"), kFieldDate);
  out.header_keys.add_all(markdown.at("session"), kFieldSession);
  out.header_keys.add_all(markdown.at("aspects"), kFieldAspects);
  out.feedback_headings.add_all(markdown.at("feedback"), 0);
  out.goal_headings.add_all(markdown.at("goal"), 0);
  out.statement_keys.add_all(markdown.at("statement"), 0);

  const auto cues = section.at("cues");
  cues.expect_object({"specific", "measurable", "achievable_resources", "achievable_experience", "relevant",
                      "time_bound"});
  static constexpr const char* kCueKeys[kCueCount] = {"specific", "measurable", "achievable_resources",
                                                       "achievable_experience", "relevant", "time_bound"};
  for (std::size_t k = 0; k < kCueCount; ++k) {
    out.cues[k].set_inflection(&inflection);
    out.cues[k].add_all(cues.at(kCueKeys[k]), 0);
  }

  const auto bands = section.at("bands");
  const std::size_t n = bands.expect_array();
  for (std::size_t i = 0; i < n; ++i) {
    const auto item = bands.at(i);
    item.expect_object({"id", "min_score"});
    ScoreBand b{item.at("id").non_empty_string(), item.at("min_score").number_in(0, 1)};
    if (!out.bands.empty() && b.min_score >= out.bands.back().min_score)
      item.at("min_score").fail("bands must be listed from the highest min_score down", ErrorCode::pack);
    out.bands.push_back(std::move(b));
  }
  if (out.bands.empty() || out.bands.back().min_score != 0)
    bands.fail("the last band must have min_score 0, so that every score has a band", ErrorCode::pack);

  const auto messages = section.at("messages");
  out.messages.load(messages);
  out.messages.require(messages, kRequiredMessages);
  for (const auto& b : out.bands)
    if (!out.messages.has("band_" + b.id))
      messages.fail("missing message \"band_" + b.id + "\" for the band \"" + b.id + "\"", ErrorCode::pack);
  require_readable(messages, out.messages, "form_learner", out.header_keys, kFieldLearner, true);
  require_readable(messages, out.messages, "form_date", out.header_keys, kFieldDate, true);
  require_readable(messages, out.messages, "form_session", out.header_keys, kFieldSession, true);
  require_readable(messages, out.messages, "form_aspects", out.header_keys, kFieldAspects, true);
  require_readable(messages, out.messages, "form_feedback", out.feedback_headings, 0, true);
  require_readable(messages, out.messages, "form_goal", out.goal_headings, 0, false);
  require_readable(messages, out.messages, "form_statement", out.statement_keys, 0, true);
}

}  // namespace goalsmith::packs
