#include "packs/feedback_rules.hpp"

#include <set>

#include "text/tokenize.hpp"
#include "text/utf8.hpp"

namespace goalsmith::packs {
namespace {

constexpr std::string_view kTemplateSchema = "goalsmith.feedback_template/1";
constexpr std::string_view kSessionSchema = "goalsmith.feedback_session/1";

[[noreturn]] void fail_at(const std::string& where, const std::string& message) {
  throw Error(ErrorCode::json_schema, message, where);
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Values built in C++ skip the JSON parser's UTF-8 check, so validation checks every text.
void check_utf8(const std::string& value, const std::string& where) {
  const std::size_t bad = text::first_invalid_utf8(value);
  if (bad != std::string::npos)
    throw Error(ErrorCode::invalid_utf8, "text is not valid UTF-8 (byte " + std::to_string(bad) + " of the string)",
                where);
}

void require_text(const std::string& value, const std::string& where) {
  check_utf8(value, where);
  if (blank(value)) fail_at(where, "expected a non-empty string");
}

void require_texts(const std::vector<std::string>& values, const std::string& where) {
  for (std::size_t i = 0; i < values.size(); ++i) require_text(values[i], where + "/" + std::to_string(i));
}

std::vector<std::string> optional_list(const JsonReader& r, std::string_view key) {
  if (auto v = r.find(key)) {
    const std::size_t n = v->expect_array();
    std::vector<std::string> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(v->at(i).string());
    return out;
  }
  return {};
}

std::string optional_string(const JsonReader& r, std::string_view key) {
  if (auto v = r.find(key)) {
    if (v->json().is_null()) return {};
    return v->string();
  }
  return {};
}

QuestionKind read_kind(const JsonReader& r) {
  const std::string s = r.string();
  for (QuestionKind k : {QuestionKind::open, QuestionKind::rating, QuestionKind::yes_no})
    if (s == to_string(k)) return k;
  r.fail("expected \"open\", \"rating\" or \"yes_no\", found \"" + s + "\"");
}

InterviewKind read_interview_kind(const JsonReader& r) {
  const std::string s = r.string();
  for (InterviewKind k : {InterviewKind::peer_mock, InterviewKind::professional_mock, InterviewKind::real})
    if (s == to_string(k)) return k;
  r.fail("expected \"peer_mock\", \"professional_mock\" or \"real\", found \"" + s + "\"");
}

void check_schema(const JsonReader& r, std::string_view expected, bool required) {
  auto schema = r.find("schema");
  if (!schema) {
    if (required) r.fail("missing required key \"schema\" (expected \"" + std::string(expected) + "\")");
    return;
  }
  const std::string s = schema->string();
  if (s != expected)
    schema->fail("unsupported schema \"" + s + "\" (expected \"" + std::string(expected) + "\")");
}

std::optional<Rating> read_rating(const JsonReader& r) {
  if (r.json().is_null()) return std::nullopt;
  if (r.json().is_string()) {
    if (r.string() != "no_decision") r.fail("expected an integer level or \"no_decision\", found \"" + r.string() + "\"");
    return Rating{0, true};
  }
  if (!r.json().is_number_integer()) r.fail("expected an integer level or \"no_decision\"");
  return Rating{static_cast<int>(r.integer_in(-1000000, 1000000)), false};
}

PhraseLexicon& lexicon_for(FeedbackRules& out, const std::string& key) {
  if (key == "strength") return out.strength;
  if (key == "improve") return out.improve;
  if (key == "softeners") return out.softeners;
  if (key == "negators") return out.negators;
  if (key == "clause_breaks") return out.clause_breaks;
  return out.ignore;
}

}  // namespace

RatingScale read_rating_scale(const JsonReader& r) {
  r.expect_object({"id", "title", "levels", "ready_from", "no_decision"});
  RatingScale scale;
  scale.id = r.at("id").string();
  scale.title = r.at("title").string();
  const auto levels = r.at("levels");
  for (std::size_t i = 0, n = levels.expect_array(); i < n; ++i) {
    const auto item = levels.at(i);
    item.expect_object({"value", "label"});
    scale.levels.push_back(ScaleLevel{static_cast<int>(item.at("value").integer_in(-1000000, 1000000)),
                                      item.at("label").string()});
  }
  scale.ready_from = static_cast<int>(r.at("ready_from").integer_in(-1000000, 1000000));
  scale.no_decision = optional_string(r, "no_decision");
  if (r.has("no_decision") && !r.at("no_decision").json().is_null()) require_text(scale.no_decision, r.where() + "/no_decision");
  return scale;
}

void validate_rating_scale(const RatingScale& scale, const std::string& path) {
  require_text(scale.id, path + "/id");
  require_text(scale.title, path + "/title");
  if (scale.levels.size() < 2) fail_at(path + "/levels", "a rating scale needs at least two levels");
  std::set<std::string> labels;
  for (std::size_t i = 0; i < scale.levels.size(); ++i) {
    const std::string where = path + "/levels/" + std::to_string(i);
    require_text(scale.levels[i].label, where + "/label");
    if (i > 0 && scale.levels[i].value <= scale.levels[i - 1].value)
      fail_at(where + "/value", "level values must increase from the worst level to the best (" +
                                    std::to_string(scale.levels[i].value) + " follows " +
                                    std::to_string(scale.levels[i - 1].value) + ")");
    if (!labels.insert(scale.levels[i].label).second)
      fail_at(where + "/label", "duplicate level label \"" + scale.levels[i].label + "\"");
  }
  if (!scale.level(scale.ready_from))
    fail_at(path + "/ready_from", "ready_from " + std::to_string(scale.ready_from) + " is not the value of a level");
  if (labels.count(scale.no_decision) != 0)
    fail_at(path + "/no_decision", "the \"no decision\" label is also the label of a level");
}

Error relocated(const Error& e, const std::string& prefix, ErrorCode code) {
  const std::string message = e.what();
  const auto at = e.where().empty() ? std::string::npos : message.rfind(" (at " + e.where() + ")");
  return Error(code, message.substr(0, at), prefix + e.where());
}

FeedbackTemplate read_feedback_template(const JsonReader& r, const std::vector<RatingScale>* named_scales,
                                        bool require_schema, ErrorCode semantic_code) {
  r.expect_object({"schema", "id", "version", "locale", "title", "description", "scale", "aspects", "questions",
                   "follow_ups"});
  check_schema(r, kTemplateSchema, require_schema);
  FeedbackTemplate t;
  t.id = r.at("id").string();
  t.version = r.at("version").string();
  t.locale = r.at("locale").string();
  t.title = r.at("title").string();
  t.description = optional_string(r, "description");
  const auto scale = r.at("scale");
  if (scale.json().is_string() && named_scales) {
    const std::string id = scale.string();
    const RatingScale* found = nullptr;
    for (const auto& s : *named_scales) found = s.id == id ? &s : found;
    if (!found) scale.fail("unknown rating scale \"" + id + "\"");
    t.scale = *found;
  } else {
    t.scale = read_rating_scale(scale);
  }
  const auto aspects = r.at("aspects");
  for (std::size_t i = 0, n = aspects.expect_array(); i < n; ++i) {
    const auto item = aspects.at(i);
    item.expect_object({"id", "title", "description", "signals_basic", "signals_advanced", "words"});
    FeedbackAspect a;
    a.id = item.at("id").string();
    a.title = item.at("title").string();
    a.description = optional_string(item, "description");
    a.signals_basic = optional_list(item, "signals_basic");
    a.signals_advanced = optional_list(item, "signals_advanced");
    a.words = optional_list(item, "words");
    t.aspects.push_back(std::move(a));
  }
  const auto questions = r.at("questions");
  for (std::size_t i = 0, n = questions.expect_array(); i < n; ++i) {
    const auto item = questions.at(i);
    item.expect_object({"id", "text", "kind", "aspect", "follow_ups", "tags", "yes_is_good"});
    FeedbackQuestion q;
    q.id = item.at("id").string();
    q.text = item.at("text").string();
    q.kind = read_kind(item.at("kind"));
    q.aspect = item.at("aspect").string();
    q.follow_ups = optional_list(item, "follow_ups");
    q.tags = optional_list(item, "tags");
    if (auto yes = item.find("yes_is_good")) q.yes_is_good = yes->boolean();
    t.questions.push_back(std::move(q));
  }
  t.follow_ups = optional_list(r, "follow_ups");
  try {
    validate_template(t);
  } catch (const Error& e) {
    // validate_template names paths from the template's root; put them under the template's
    // own path in the document it sits in.
    throw relocated(e, r.path(), e.code() == ErrorCode::json_schema ? semantic_code : e.code());
  }
  return t;
}

void validate_template(const FeedbackTemplate& t) {
  for (const auto& [value, key] : {std::pair{&t.id, "/id"}, {&t.version, "/version"}, {&t.locale, "/locale"},
                                   {&t.title, "/title"}})
    require_text(*value, key);
  check_utf8(t.description, "/description");
  validate_rating_scale(t.scale, "/scale");
  if (t.aspects.empty()) fail_at("/aspects", "a template needs at least one aspect");
  std::set<std::string> aspect_ids;
  for (std::size_t i = 0; i < t.aspects.size(); ++i) {
    const auto& a = t.aspects[i];
    const std::string where = "/aspects/" + std::to_string(i);
    require_text(a.id, where + "/id");
    require_text(a.title, where + "/title");
    check_utf8(a.description, where + "/description");
    require_texts(a.signals_basic, where + "/signals_basic");
    require_texts(a.signals_advanced, where + "/signals_advanced");
    require_texts(a.words, where + "/words");
    if (!aspect_ids.insert(a.id).second) fail_at(where + "/id", "duplicate aspect id \"" + a.id + "\"");
  }
  // A word may name only one aspect, or notes would be read two ways.
  std::set<std::string> words;
  for (std::size_t i = 0; i < t.aspects.size(); ++i)
    for (std::size_t k = 0; k < t.aspects[i].words.size(); ++k) {
      const std::string where = "/aspects/" + std::to_string(i) + "/words/" + std::to_string(k);
      const auto tokens = text::tokenize(t.aspects[i].words[k]).tokens;
      if (tokens.empty()) fail_at(where, "\"" + t.aspects[i].words[k] + "\" has no words");
      std::string key;
      for (const auto& token : tokens) key += token.norm + " ";
      if (!words.insert(key).second) fail_at(where, "\"" + t.aspects[i].words[k] + "\" names more than one aspect");
    }
  if (t.questions.empty()) fail_at("/questions", "a template needs at least one question");
  std::set<std::string> question_ids;
  for (std::size_t i = 0; i < t.questions.size(); ++i) {
    const auto& q = t.questions[i];
    const std::string where = "/questions/" + std::to_string(i);
    require_text(q.id, where + "/id");
    require_text(q.text, where + "/text");
    require_text(q.aspect, where + "/aspect");
    require_texts(q.follow_ups, where + "/follow_ups");
    require_texts(q.tags, where + "/tags");
    if (!question_ids.insert(q.id).second) fail_at(where + "/id", "duplicate question id \"" + q.id + "\"");
    if (aspect_ids.count(q.aspect) == 0) {
      std::string known;
      for (const auto& a : t.aspects) known += (known.empty() ? "" : ", ") + a.id;
      fail_at(where + "/aspect", "unknown aspect \"" + q.aspect + "\" (the template's aspects: " + known + ")");
    }
  }
  require_texts(t.follow_ups, "/follow_ups");
}

FeedbackSession read_feedback_session(const JsonReader& r) {
  r.expect_object({"schema", "id", "date", "kind", "interviewer", "template", "answers", "overall_rating",
                   "strengths", "improvements", "scale"});
  check_schema(r, kSessionSchema, true);
  FeedbackSession s;
  s.id = r.at("id").non_empty_string();
  s.date = r.at("date").iso_date();
  if (auto kind = r.find("kind")) s.kind = read_interview_kind(*kind);
  s.interviewer = optional_string(r, "interviewer");
  s.template_id = optional_string(r, "template");
  const auto answers = r.at("answers");
  std::set<std::string> seen;
  for (std::size_t i = 0, n = answers.expect_array(); i < n; ++i) {
    const auto item = answers.at(i);
    item.expect_object({"question_id", "question", "aspect", "notes", "rating", "answer"});
    SessionAnswer a;
    a.question_id = item.at("question_id").non_empty_string();
    if (!seen.insert(a.question_id).second)
      item.at("question_id").fail("question \"" + a.question_id + "\" appears twice in the session");
    a.question = optional_string(item, "question");
    a.aspect = optional_string(item, "aspect");
    a.notes = optional_string(item, "notes");
    if (auto rating = item.find("rating")) a.rating = read_rating(*rating);
    if (auto answer = item.find("answer"); answer && !answer->json().is_null()) a.answer = answer->boolean();
    s.answers.push_back(std::move(a));
  }
  if (auto overall = r.find("overall_rating")) s.overall_rating = read_rating(*overall);
  s.strengths = optional_string(r, "strengths");
  s.improvements = optional_string(r, "improvements");
  if (auto scale = r.find("scale"); scale && !scale->json().is_null()) {
    s.scale = read_rating_scale(*scale);
    validate_rating_scale(*s.scale, scale->path());
  }
  return s;
}

const std::vector<std::string_view>& feedback_message_keys() {
  static const std::vector<std::string_view> keys = {
      "feedback_summary_both", "feedback_summary_strengths_only", "feedback_summary_improve_only",
      "feedback_summary_empty", "feedback_history_recurring", "feedback_history_none", "feedback_history_empty",
      "feedback_reason_concern", "feedback_reason_concern_aspect", "feedback_reason_recurring",
      "feedback_reason_history", "feedback_reason_more", "feedback_reason_coverage", "feedback_label_date",
      "feedback_label_interviewer", "feedback_label_kind", "feedback_label_notes", "feedback_label_rating",
      "feedback_label_follow_ups", "feedback_label_learning", "feedback_label_yes", "feedback_label_no",
      "feedback_label_overall", "feedback_label_strengths", "feedback_label_improvements",
      "feedback_label_your_strengths", "feedback_label_your_improvements", "feedback_label_softened",
      "feedback_label_from_rating", "feedback_label_answered", "feedback_label_none", "feedback_label_question",
      "feedback_report_title", "feedback_kind_peer_mock", "feedback_kind_professional_mock", "feedback_kind_real"};
  return keys;
}

void compile_feedback_rules(const JsonReader& section, const Inflection& inflection, const SmartRules& smart,
                            FeedbackRules& out) {
  section.expect_object({"scales", "template", "general_aspect", "cues", "aspect_words", "limits", "weights"});
  {
    const auto scales = section.at("scales");
    std::set<std::string> seen;
    for (std::size_t i = 0, n = scales.expect_array(); i < n; ++i) {
      RatingScale s = read_rating_scale(scales.at(i));
      validate_rating_scale(s, scales.at(i).path());
      if (!seen.insert(s.id).second) scales.at(i).at("id").fail("duplicate scale id \"" + s.id + "\"", ErrorCode::pack);
      out.scales.push_back(std::move(s));
    }
  }
  {
    const auto tmpl = section.at("template");
    out.default_template = read_feedback_template(tmpl, &out.scales, false, ErrorCode::pack);
    for (std::size_t i = 0; i < out.default_template.aspects.size(); ++i) {
      const auto& id = out.default_template.aspects[i].id;
      if (smart.aspect_index(id) < 0)
        tmpl.at("aspects").at(i).at("id").fail("template aspect \"" + id + "\" is not an aspect of smart.aspects",
                                                ErrorCode::pack);
    }
  }
  {
    const auto general = section.at("general_aspect");
    out.general_aspect = general.non_empty_string();
    if (smart.aspect_index(out.general_aspect) < 0)
      general.fail("\"" + out.general_aspect + "\" is not an aspect of smart.aspects", ErrorCode::pack);
  }
  {
    const auto cues = section.at("cues");
    cues.expect_object({"strength", "improve", "softeners", "negators", "clause_breaks", "ignore"});
    out.strength.set_inflection(&inflection);
    out.improve.set_inflection(&inflection);
    for (const char* key : {"strength", "improve", "softeners", "negators", "clause_breaks", "ignore"})
      lexicon_for(out, key).add_all(cues.at(key), 0);
  }
  {
    const auto words = section.at("aspect_words");
    words.expect_any_object();
    out.aspect_words.set_inflection(&inflection);
    for (auto it = words.json().begin(); it != words.json().end(); ++it) {
      const int index = smart.aspect_index(it.key());
      if (index < 0)
        words.at(it.key()).fail("\"" + it.key() + "\" is not an aspect of smart.aspects", ErrorCode::pack);
      out.aspect_words.add_all(words.at(it.key()), index);
    }
  }
  {
    const auto limits = section.at("limits");
    limits.expect_object({"negation_window", "recurring_min_sessions", "trend_threshold", "max_recommendations"});
    out.negation_window = static_cast<int>(limits.at("negation_window").integer_in(0, 10));
    out.recurring_min_sessions = static_cast<int>(limits.at("recurring_min_sessions").integer_in(2, 1000));
    out.trend_threshold = limits.at("trend_threshold").number_in(0, 100);
    out.max_recommendations = static_cast<std::size_t>(limits.at("max_recommendations").integer_in(1, 1000));
  }
  {
    const auto w = section.at("weights");
    w.expect_object({"note", "free_text", "softened", "rating", "answer", "strength_offset", "concern", "history",
                     "recurring", "history_decay"});
    auto& o = out.weights;
    o.note = w.at("note").number_in(0, 100);
    o.free_text = w.at("free_text").number_in(0, 100);
    o.softened = w.at("softened").number_in(0, 1);
    o.rating = w.at("rating").number_in(0, 100);
    o.answer = w.at("answer").number_in(0, 100);
    o.strength_offset = w.at("strength_offset").number_in(0, 10);
    o.concern = w.at("concern").number_in(0, 100);
    o.history = w.at("history").number_in(0, 100);
    o.recurring = w.at("recurring").number_in(0, 100);
    o.history_decay = w.at("history_decay").number_in(0, 1);
  }
}

}  // namespace goalsmith::packs
