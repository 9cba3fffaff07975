#include "packs/worksheet_rules.hpp"

#include <algorithm>

#include "packs/smart_rules.hpp"

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

namespace {

int aspect_id(const JsonReader& r, const SmartRules& smart) {
  const std::string id = r.non_empty_string();
  const int k = smart.aspect_index(id);
  if (k < 0) r.fail("unknown aspect \"" + id + "\"", ErrorCode::pack);
  return k;
}

int activity_id(const JsonReader& r, const SmartRules& smart) {
  const std::string id = r.string();
  for (std::size_t k = 0; k < smart.activity_list.size(); ++k)
    if (smart.activity_list[k].id == id) return static_cast<int>(k);
  r.fail("unknown activity \"" + id + "\"", ErrorCode::pack);
}

void require_count(const JsonReader& r) {
  if (r.string().find("{count}") == std::string::npos) r.fail("the phrase needs a {count} placeholder", ErrorCode::pack);
}

}  // namespace

void compile_improve_rules(const JsonReader& section, const Inflection& inflection, const SmartRules& smart,
                           ImproveRules& out) {
  section.expect_object({"window_days", "default_aspect", "activities", "aspects", "absolutes", "outside_control",
                         "default_outside_aspect", "default_per_week", "max_count_weeks", "messages"});
  out.max_count_weeks = static_cast<int>(section.at("max_count_weeks").integer_in(1, 520));
  out.default_per_week = section.at("default_per_week").number_in(0.01, 100);
  out.window_days = static_cast<int>(section.at("window_days").integer_in(1, 3650));
  out.default_aspect = aspect_id(section.at("default_aspect"), smart);
  out.default_outside_aspect = aspect_id(section.at("default_outside_aspect"), smart);

  out.activities.assign(smart.activity_list.size(), {});
  const auto activities = section.at("activities");
  for (std::size_t i = 0, n = activities.expect_array(); i < n; ++i) {
    const auto item = activities.at(i);
    item.expect_object({"activity", "verb", "per_week"});
    const int k = activity_id(item.at("activity"), smart);
    auto& a = out.activities[static_cast<std::size_t>(k)];
    a.verb = item.at("verb").non_empty_string();
    a.per_week = item.at("per_week").number_in(0.01, smart.activity_list[static_cast<std::size_t>(k)].max_per_week);
  }

  out.aspects.assign(smart.aspect_list.size(), {});
  const auto aspects = section.at("aspects");
  for (std::size_t i = 0, n = aspects.expect_array(); i < n; ++i) {
    const auto item = aspects.at(i);
    item.expect_object({"aspect", "activity", "verb", "clause", "measure", "link"});
    ImproveAspect a;
    a.aspect = aspect_id(item.at("aspect"), smart);
    if (!item.at("activity").string().empty()) a.activity = activity_id(item.at("activity"), smart);
    a.verb = item.at("verb").non_empty_string();
    require_count(item.at("clause"));
    require_count(item.at("measure"));
    a.clause = item.at("clause").string();
    a.measure = item.at("measure").string();
    a.link = item.at("link").non_empty_string();
    out.aspects[static_cast<std::size_t>(a.aspect)] = std::move(a);
  }
  // An aspect without an entry (a custom pack's own) borrows the default aspect's words.
  if (out.aspects[static_cast<std::size_t>(out.default_aspect)].aspect < 0)
    section.at("default_aspect").fail("the default aspect needs an entry in \"aspects\"", ErrorCode::pack);
  if (out.aspects[static_cast<std::size_t>(out.default_outside_aspect)].aspect < 0)
    section.at("default_outside_aspect").fail("the default outside aspect needs an entry in \"aspects\"", ErrorCode::pack);
  for (auto& a : out.aspects)
    if (a.aspect < 0) a = out.aspects[static_cast<std::size_t>(out.default_aspect)];

  out.absolutes.set_inflection(&inflection);
  const auto absolutes = section.at("absolutes");
  for (std::size_t i = 0, n = absolutes.expect_array(); i < n; ++i) {
    const auto item = absolutes.at(i);
    item.expect_object({"words", "replace", "append"});
    AbsoluteFix fix;
    if (auto r = item.find("replace")) fix.replace = r->string();
    if (auto a = item.find("append")) fix.append = a->string();
    out.absolutes.add_all(item.at("words"), static_cast<std::int32_t>(out.absolute_fixes.size()));
    out.absolute_fixes.push_back(std::move(fix));
  }
  out.outside_control.set_inflection(&inflection);
  const auto outside = section.at("outside_control");
  for (std::size_t i = 0, n = outside.expect_array(); i < n; ++i) {
    const auto item = outside.at(i);
    item.expect_object({"words", "aspect"});
    out.outside_control.add_all(item.at("words"), aspect_id(item.at("aspect"), smart));
  }

  const auto messages = section.at("messages");
  out.messages.load(messages);
  out.messages.require(messages, {"phrase_deadline", "phrase_until", "phrase_purpose", "change_verb", "change_action", "change_object", "change_quantity",
                                  "change_lower_quantity", "change_absolute", "change_absolute_target",
                                  "change_outside_control", "change_relevance", "change_deadline",
                                  "change_vague_time", "change_past_deadline", "change_end_recurrence",
                                  "change_event", "change_rewrite"});
}

}  // namespace goalsmith::packs
