// analyzers: grading a SMART goals worksheet (docs/worksheet.md): the SMART check of each
// statement, what each justification argues, the trace to the feedback, the rubric score and
// the comments to the learner.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/quantity.hpp"
#include "goalsmith/worksheet.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"
#include "smart/worksheet_internal.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

namespace goalsmith {

// ------------------------------------------------------------------ shared pieces
namespace smart {

std::vector<AspectHit> find_aspects(const detail::CompiledPack& pack, const text::TokenizedText& tt,
                                    const std::vector<std::uint32_t>& roles) {
  std::vector<AspectHit> hits;
  for (std::size_t i = 0; i < tt.tokens.size();) {
    if (roles[i] & packs::kRoleAspect) {
      if (const auto m = pack.smart.aspects.longest_at(tt.tokens, i)) {
        hits.push_back({i, i + m->length - 1, static_cast<std::size_t>(m->payload)});
        i += m->length;
        continue;
      }
    }
    ++i;
  }
  return hits;
}

std::vector<std::string> specific_aspect_ids(const detail::CompiledPack& pack, std::string_view text) {
  const auto tt = text::tokenize(text);
  std::vector<std::uint32_t> roles(tt.tokens.size());
  for (std::size_t k = 0; k < roles.size(); ++k) roles[k] = pack.smart.roles_of(tt.tokens[k]);
  std::vector<std::string> out;
  for (const auto& h : find_aspects(pack, tt, roles)) {
    const auto& a = pack.smart.aspect_list[h.aspect];
    if (!a.general && std::find(out.begin(), out.end(), a.id) == out.end()) out.push_back(a.id);
  }
  return out;
}

std::string join_list(const detail::CompiledPack& pack, const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) out += pack.messages.format(k + 1 == items.size() ? "list_last_separator" : "list_separator");
    out += items[k];
  }
  return out;
}

}  // namespace smart

namespace {

using packs::Json;
using packs::JsonReader;
using packs::JsonWriter;

constexpr const char* kRubricSchema = "goalsmith.grading_rubric/1";
constexpr const char* kGradeSchema = "goalsmith.worksheet_grade/1";
constexpr double kPartial = 0.5;

double rounded(double v) { return std::round(v * 1000) / 1000; }

void add_unique(std::vector<std::string>& list, const std::string& id) {
  if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

// ------------------------------------------------------------------ reading a justification

// Everything a justification is read for, found once.
struct JustificationReading {
  text::TokenizedText tt;
  std::vector<std::uint32_t> roles;
  std::vector<TimeExpression> times;
  std::vector<extract::FoundQuantity> quantities;
  std::vector<smart::AspectHit> aspects;
};

JustificationReading read_justification(const Engine& engine, const std::string& text, Date today) {
  const auto& pack = engine.pack().compiled();
  JustificationReading r{text::tokenize(text), {}, {}, {}, {}};
  const std::size_t n = r.tt.tokens.size();
  r.roles.resize(n);
  for (std::size_t k = 0; k < n; ++k) r.roles[k] = pack.smart.roles_of(r.tt.tokens[k]);
  r.times = engine.parse_time(text, today);
  // Dates and windows are not amounts ("by December 9" counts nothing); durations are.
  std::vector<bool> claimed(n, false);
  for (const auto& t : r.times) {
    if (t.kind == TimeKind::duration) continue;
    for (std::size_t k = 0; k < n; ++k)
      if (r.tt.tokens[k].begin >= t.span.begin && r.tt.tokens[k].end <= t.span.end) claimed[k] = true;
  }
  r.quantities = extract::find_quantities(r.tt, pack, claimed, r.roles);
  r.aspects = smart::find_aspects(pack, r.tt, r.roles);
  return r;
}

struct Signals {
  std::vector<Evidence> evidence;
  bool has(const char* rule) const {
    return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& e) { return e.rule == rule; });
  }
};

Evidence token_evidence(const text::TokenizedText& tt, std::size_t first, std::size_t last, const char* rule) {
  return Evidence{Span{tt.tokens[first].begin, tt.tokens[last].end}, std::string(tt.raw(first, last)), rule};
}

void add_cues(const JustificationReading& r, const packs::PhraseLexicon& lexicon, const char* rule, Signals& s) {
  for (std::size_t i = 0; i < r.tt.tokens.size();) {
    if (const auto m = lexicon.longest_at(r.tt.tokens, i)) {
      s.evidence.push_back(token_evidence(r.tt, i, i + m->length - 1, rule));
      i += m->length;
    } else {
      ++i;
    }
  }
}

// Folded words of the goal's action and object that say what the goal is about: not function
// words, not numbers. Base forms are included, so "rehearsing" matches "rehearse".
std::vector<std::string> goal_words(const detail::CompiledPack& pack, const SmartReport& report) {
  std::vector<std::string> words;
  if (report.fields.action) add_unique(words, text::fold_case(*report.fields.action));
  if (report.fields.object) {
    const auto tt = text::tokenize(*report.fields.object);
    for (std::size_t k = 0; k < tt.tokens.size(); ++k) {
      const auto& t = tt.tokens[k];
      if (t.kind != text::TokenKind::word) continue;
      if (pack.smart.function_words.longest_at(tt.tokens, k)) continue;
      add_unique(words, t.norm);
    }
  }
  return words;
}

bool word_matches(const detail::CompiledPack& pack, const text::Token& token, const std::vector<std::string>& words) {
  if (token.kind != text::TokenKind::word) return false;
  if (contains(words, token.norm)) return true;
  bool found = false;
  std::string scratch;
  packs::for_each_base_form(token.norm, pack.inflection, scratch, [&](std::string_view form) {
    found = found || contains(words, std::string(form));
  });
  // "stories" and "story": the goal word may be the inflected one.
  for (const auto& w : words) {
    if (found) break;
    packs::for_each_base_form(w, pack.inflection, scratch, [&](std::string_view form) {
      found = found || form == token.norm;
    });
  }
  return found;
}

struct GradeContext {
  const Engine& engine;
  const detail::CompiledPack& pack;
  const packs::WorksheetRules& rules;
  Date today;
  std::vector<std::string> feedback_aspects;
};

std::string aspect_title(const detail::CompiledPack& pack, const std::string& id) {
  const int k = pack.smart.aspect_index(id);
  return k >= 0 ? pack.smart.aspect_list[static_cast<std::size_t>(k)].title : id;
}

std::string aspect_titles(const detail::CompiledPack& pack, const std::vector<std::string>& ids) {
  std::vector<std::string> titles;
  for (const auto& id : ids) titles.push_back(aspect_title(pack, id));
  return smart::join_list(pack, titles);
}

Verdict verdict_of(bool met, bool partial) { return met ? Verdict::met : partial ? Verdict::partial : Verdict::missing; }

std::optional<Date> end_of(const TimeExpression& t) {
  if (t.kind == TimeKind::recurrence) return t.recurrence ? t.recurrence->until : std::nullopt;
  if (t.kind == TimeKind::duration) return std::nullopt;
  return t.end;
}

JustificationGrade grade_justification(const GradeContext& c, std::size_t goal_number, Criterion criterion,
                                       const std::string& text, const SmartReport& report,
                                       std::vector<std::string>& goal_aspects) {
  JustificationGrade g;
  g.criterion = criterion;
  g.label = report[criterion].label;
  g.text = text;
  g.given = !text.empty();
  const auto& m = c.rules.messages;
  const std::string n = std::to_string(goal_number);
  const auto k = static_cast<std::size_t>(criterion);
  std::string mismatch;  // a special comment that replaces the letter's hint
  if (g.given) {
    const auto r = read_justification(c.engine, text, c.today);
    Signals s;
    bool met = false, partial = false;
    auto aspects = [&](bool feedback_rule) {
      for (const auto& h : r.aspects) {
        const auto& a = c.pack.smart.aspect_list[h.aspect];
        if (a.general) continue;
        add_unique(goal_aspects, a.id);
        const bool in_feedback = feedback_rule && contains(c.feedback_aspects, a.id);
        s.evidence.push_back(token_evidence(r.tt, h.first, h.last, in_feedback ? "feedback_aspect" : "aspect"));
      }
    };
    auto numbers = [&](const char* goal_rule) {
      for (const auto& q : r.quantities) {
        const bool own = goal_rule && report.fields.quantity && std::fabs(q.value - report.fields.quantity->value) < 1e-9;
        s.evidence.push_back(token_evidence(r.tt, q.first_token, q.last_token, own ? goal_rule : "number"));
      }
    };
    switch (criterion) {
      case Criterion::specific: {
        add_cues(r, c.rules.cues[packs::kCueSpecific], "cue", s);
        aspects(false);
        const auto words = goal_words(c.pack, report);
        for (std::size_t i = 0; i < r.tt.tokens.size(); ++i)
          if (word_matches(c.pack, r.tt.tokens[i], words)) s.evidence.push_back(token_evidence(r.tt, i, i, "goal_words"));
        const bool named = s.has("goal_words");
        // An aspect counts as saying more only where it is not the goal's own word again
        // ("Communication is key." names the goal's object and nothing else).
        bool other_aspect = false;
        for (const auto& e : s.evidence) {
          if (e.rule != "aspect") continue;
          bool overlaps = false;
          for (const auto& w : s.evidence)
            overlaps = overlaps || (w.rule == "goal_words" && w.span.begin < e.span.end && e.span.begin < w.span.end);
          other_aspect = other_aspect || !overlaps;
        }
        met = named && (s.has("cue") || other_aspect);
        partial = named || s.has("cue") || s.has("aspect");
        break;
      }
      case Criterion::measurable: {
        add_cues(r, c.rules.cues[packs::kCueMeasurable], "cue", s);
        numbers("goal_quantity");
        const bool number = s.has("number") || s.has("goal_quantity");
        met = number && (s.has("cue") || s.has("goal_quantity"));
        partial = number || s.has("cue");
        break;
      }
      case Criterion::achievable: {
        add_cues(r, c.rules.cues[packs::kCueResources], "resources", s);
        add_cues(r, c.rules.cues[packs::kCueExperience], "experience", s);
        for (const auto& q : r.quantities) s.evidence.push_back(token_evidence(r.tt, q.first_token, q.last_token, "amount"));
        for (const auto& t : r.times)
          if (t.kind == TimeKind::duration || t.kind == TimeKind::recurrence)
            s.evidence.push_back(Evidence{t.span, t.text, "amount"});
        const bool reason = s.has("resources") || s.has("experience");
        met = reason && (s.has("amount") || (s.has("resources") && s.has("experience")));
        partial = reason || s.has("amount");
        break;
      }
      case Criterion::relevant: {
        add_cues(r, c.rules.cues[packs::kCueRelevant], "cue", s);
        aspects(true);
        const bool link = c.feedback_aspects.empty() ? s.has("aspect") : s.has("feedback_aspect");
        met = link && s.has("cue");
        partial = link || s.has("cue") || s.has("aspect");
        break;
      }
      case Criterion::time_bound: {
        add_cues(r, c.rules.cues[packs::kCueTimeBound], "cue", s);
        const std::optional<Date> deadline = report.fields.deadline;
        const TimeExpression* other = nullptr;
        for (const auto& t : r.times) {
          const auto end = end_of(t);
          if (!end) continue;
          const bool matches = deadline && *end == *deadline;
          s.evidence.push_back(Evidence{t.span, t.text, matches ? "matches_deadline" : "time"});
          if (!matches && !other) other = &t;
        }
        met = s.has("matches_deadline");
        partial = s.has("time") || s.has("cue");
        if (!met && other) {
          const std::string said = "\"" + other->text + "\" (" + end_of(*other)->to_iso() + ")";
          mismatch = deadline ? m.format("time_mismatch", {{"n", n}, {"label", g.label}, {"said", said},
                                                          {"deadline", deadline->to_iso()}})
                              : m.format("time_not_in_goal", {{"n", n}, {"label", g.label}, {"said", said}});
        }
        break;
      }
    }
    // Evidence in reading order, so the same text always lists it the same way.
    std::stable_sort(s.evidence.begin(), s.evidence.end(),
                     [](const Evidence& a, const Evidence& b) { return a.span.begin < b.span.begin; });
    g.evidence = std::move(s.evidence);
    g.verdict = verdict_of(met, partial);
  }
  g.score = g.verdict == Verdict::met ? 1 : g.verdict == Verdict::partial ? kPartial : 0;
  if (g.verdict == Verdict::met) return g;
  if (!g.given) {
    g.comment = m.format("justification_not_given", {{"n", n}, {"label", g.label}, {"letter", smart::kLetters[k]}});
    return g;
  }
  if (!mismatch.empty()) {
    g.comment = mismatch;
    return g;
  }
  static constexpr const char* kHints[] = {"hint_specific", "hint_measurable", "hint_achievable", "hint_relevant",
                                           "hint_time_bound"};
  const std::string object = report.fields.object ? *report.fields.object : m.format("fallback_object");
  const std::string quantity = report.fields.quantity ? report.fields.quantity->text : m.format("fallback_quantity");
  const std::string aspects =
      c.feedback_aspects.empty() ? m.format("fallback_aspects") : aspect_titles(c.pack, c.feedback_aspects);
  const std::string deadline = report.fields.deadline ? report.fields.deadline->to_iso() : m.format("fallback_deadline");
  const std::string hint = m.format(kHints[k], {{"object", object}, {"quantity", quantity}, {"aspects", aspects},
                                                {"deadline", deadline}});
  g.comment = m.format(g.verdict == Verdict::partial ? "justification_partial" : "justification_weak",
                       {{"n", n}, {"label", g.label}, {"hint", hint}});
  return g;
}

// Validates aspect ids against the pack, naming the JSON path of a bad one.
void require_aspects(const detail::CompiledPack& pack, const std::vector<std::string>& ids, const std::string& path) {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (pack.smart.aspect_index(ids[i]) < 0) {
      std::string known;
      for (const auto& a : pack.smart.aspect_list) known += (known.empty() ? "" : ", ") + a.id;
      throw Error(ErrorCode::invalid_argument, "unknown aspect \"" + ids[i] + "\" (known: " + known + ")",
                  path + "/" + std::to_string(i));
    }
}

double sum(const std::array<double, criterion_count>& a) {
  double s = 0;
  for (double v : a) s += v;
  return s;
}

}  // namespace

// ------------------------------------------------------------------ grading

WorksheetGrade grade_worksheet(const Engine& engine, const Worksheet& worksheet, const GradingRubric& rubric) {
  const auto& pack = engine.pack().compiled();
  if (!worksheet.date)
    throw Error(ErrorCode::invalid_argument,
                "the worksheet has no date; it is the reference date of every check, so a grade needs one", "/date");
  if (worksheet.goals.empty()) throw Error(ErrorCode::invalid_argument, "the worksheet has no goal", "/goals");
  require_aspects(pack, worksheet.feedback.aspects, "/feedback/aspects");
  require_aspects(pack, rubric.required_areas, "/required_areas");
  for (std::size_t k = 0; k < criterion_count; ++k)
    if (!(rubric.statement_points[k] >= 0) || !(rubric.justification_points[k] >= 0))
      throw Error(ErrorCode::invalid_argument, "rubric points must be numbers >= 0", "/points");
  if (!(rubric.feedback_link_points >= 0) || !(rubric.required_area_points >= 0))
    throw Error(ErrorCode::invalid_argument, "rubric points must be numbers >= 0", "/points");
  if (!(rubric.pass_mark >= 0 && rubric.pass_mark <= 1))
    throw Error(ErrorCode::invalid_argument, "the pass mark must be in [0, 1]", "/pass_mark");
  if (!(rubric.off_topic_factor >= 0 && rubric.off_topic_factor <= 1))
    throw Error(ErrorCode::invalid_argument, "the off-topic factor must be in [0, 1]", "/off_topic_factor");

  GradeContext c{engine, pack, pack.worksheet, *worksheet.date, {}};
  // The feedback's aspects: the ids given, then those its text names. General aspects
  // ("interviewing") are left out: every feedback is about interviewing.
  for (const auto& id : worksheet.feedback.aspects)
    if (!pack.smart.aspect_list[static_cast<std::size_t>(pack.smart.aspect_index(id))].general)
      add_unique(c.feedback_aspects, id);
  if (!worksheet.feedback.text.empty()) {
    text::require_utf8(worksheet.feedback.text, "feedback text");
    for (const auto& id : smart::specific_aspect_ids(pack, worksheet.feedback.text)) add_unique(c.feedback_aspects, id);
  }

  CheckOptions options;
  options.today = worksheet.date;
  options.focus = c.feedback_aspects;
  options.labels = rubric.labels;

  WorksheetGrade grade;
  grade.learner = worksheet.learner;
  grade.date = *worksheet.date;
  grade.locale = pack.locale;
  grade.session = worksheet.feedback.session;
  grade.feedback_aspects = c.feedback_aspects;
  grade.min_goals = rubric.min_goals;
  const double goal_max = sum(rubric.statement_points) + sum(rubric.justification_points) + rubric.feedback_link_points;
  const auto& m = pack.worksheet.messages;

  for (std::size_t i = 0; i < worksheet.goals.size(); ++i) {
    const auto& goal = worksheet.goals[i];
    const std::string n = std::to_string(i + 1);
    GoalGrade g;
    g.index = i;
    try {
      g.report = engine.check_goal(goal.statement, options);
      for (std::size_t k = 0; k < criterion_count; ++k) text::require_utf8(goal.justifications[k], "justification");
    } catch (const Error& e) {
      const std::string where = e.where().empty() ? "" : " (" + e.where() + ")";
      throw Error(e.code(), "goal " + n + ": " + e.what(), "/goals/" + std::to_string(i) + where);
    }
    for (const auto& id : g.report.fields.aspects)
      if (!pack.smart.aspect_list[static_cast<std::size_t>(pack.smart.aspect_index(id))].general) add_unique(g.aspects, id);
    for (std::size_t k = 0; k < criterion_count; ++k)
      g.justifications[k] = grade_justification(c, i + 1, static_cast<Criterion>(k), goal.justifications[k], g.report, g.aspects);
    for (const auto& id : g.aspects)
      if (contains(c.feedback_aspects, id)) g.traced_aspects.push_back(id);
    g.traced = !g.traced_aspects.empty();

    g.max_points = goal_max;
    double points = g.traced ? rubric.feedback_link_points : 0;
    for (std::size_t k = 0; k < criterion_count; ++k)
      points += rubric.statement_points[k] * g.report.criteria[k].score +
                rubric.justification_points[k] * g.justifications[k].score;
    g.off_topic = !g.traced && g.report[Criterion::relevant].verdict != Verdict::met;
    if (g.off_topic) points *= rubric.off_topic_factor;
    g.points = rounded(points);

    // Comments: the statement first, then the link to the feedback, then the reasoning.
    bool all_met = true;
    for (const auto& cr : g.report.criteria) all_met = all_met && cr.verdict == Verdict::met;
    if (g.off_topic) g.comments.push_back(m.format("goal_off_topic", {{"n", n}}));
    if (all_met) {
      g.comments.push_back(m.format("goal_all_met", {{"n", n}}));
    } else {
      for (const auto& cr : g.report.criteria) {
        if (cr.verdict == Verdict::met) continue;
        g.comments.push_back(m.format("goal_criterion_tip", {{"n", n}, {"label", cr.label}, {"explanation", cr.explanation},
                                                             {"suggestion", cr.suggestions.empty() ? "" : cr.suggestions.front()}}));
      }
    }
    if (!c.feedback_aspects.empty())
      g.comments.push_back(g.traced ? m.format("goal_traced", {{"n", n}, {"aspects", aspect_titles(pack, g.traced_aspects)}})
                                    : m.format("goal_not_traced", {{"n", n}, {"aspects", aspect_titles(pack, c.feedback_aspects)}}));
    bool argued = true;
    for (const auto& j : g.justifications) {
      argued = argued && j.verdict == Verdict::met;
      if (!j.comment.empty()) g.comments.push_back(j.comment);
    }
    if (argued) g.comments.push_back(m.format("goal_reasoning_strong", {{"n", n}}));
    grade.points += g.points;
    grade.goals.push_back(std::move(g));
  }

  const std::size_t counted = std::max(worksheet.goals.size(), rubric.min_goals);
  grade.missing_goals = counted - worksheet.goals.size();
  grade.max_points = static_cast<double>(counted) * goal_max;
  for (const auto& area : rubric.required_areas) {
    AreaCoverage cov;
    cov.aspect = area;
    cov.title = aspect_title(pack, area);
    for (const auto& g : grade.goals)
      if (contains(g.report.fields.aspects, area)) cov.goals.push_back(g.index);
    cov.covered = !cov.goals.empty();
    grade.max_points += rubric.required_area_points;
    if (cov.covered) grade.points += rubric.required_area_points;
    grade.required_areas.push_back(std::move(cov));
  }
  grade.points = rounded(grade.points);
  grade.max_points = rounded(grade.max_points);
  grade.score = grade.max_points > 0 ? rounded(grade.points / grade.max_points) : 1;
  grade.passed = grade.score >= rubric.pass_mark;
  for (const auto& band : pack.worksheet.bands)
    if (grade.score >= band.min_score) {
      grade.band = band.id;
      break;
    }
  grade.comments.push_back(m.format("band_" + grade.band));
  if (grade.missing_goals > 0)
    grade.comments.push_back(m.format("missing_goals", {{"min", std::to_string(rubric.min_goals)},
                                                        {"count", std::to_string(worksheet.goals.size())},
                                                        {"missing", std::to_string(grade.missing_goals)}}));
  if (c.feedback_aspects.empty()) grade.comments.push_back(m.format("no_feedback"));
  for (const auto& cov : grade.required_areas)
    if (!cov.covered) grade.comments.push_back(m.format("area_missing", {{"area", cov.title}}));
  return grade;
}

// ------------------------------------------------------------------ rubric JSON

namespace {

void read_points(const JsonReader& r, std::array<double, criterion_count>& out) {
  if (r.json().is_number()) {
    out.fill(r.number_in(0, 1e6));
    return;
  }
  r.expect_any_object();
  for (auto it = r.json().begin(); it != r.json().end(); ++it) {
    const auto item = r.at(it.key());
    const auto criterion = criterion_from_name(it.key());
    if (!criterion) item.fail("\"" + it.key() + "\" is not a SMART letter: use S, M, A, R, T or a criterion name");
    out[static_cast<std::size_t>(*criterion)] = item.number_in(0, 1e6);
  }
}

void write_points(JsonWriter& w, const std::array<double, criterion_count>& points) {
  w.begin_object();
  for (std::size_t k = 0; k < criterion_count; ++k) w.member(smart::kLetters[k], points[k]);
  w.end_object();
}

}  // namespace

GradingRubric grading_rubric_from_json(std::string_view json) {
  const Json document = packs::parse_json(json, "grading rubric");
  const JsonReader root(document, "");
  root.expect_object({"schema", "min_goals", "required_areas", "points", "pass_mark", "off_topic_factor", "labels"});
  GradingRubric rubric;
  if (auto schema = root.find("schema"); schema && schema->string() != kRubricSchema)
    schema->fail("unsupported rubric schema \"" + schema->string() + "\" (expected \"" + kRubricSchema + "\")");
  if (auto v = root.find("min_goals")) rubric.min_goals = static_cast<std::size_t>(v->integer_in(0, 100));
  if (auto v = root.find("required_areas")) rubric.required_areas = v->string_list();
  if (auto points = root.find("points")) {
    points->expect_object({"statement", "justification", "feedback_link", "required_area"});
    if (auto v = points->find("statement")) read_points(*v, rubric.statement_points);
    if (auto v = points->find("justification")) read_points(*v, rubric.justification_points);
    if (auto v = points->find("feedback_link")) rubric.feedback_link_points = v->number_in(0, 1e6);
    if (auto v = points->find("required_area")) rubric.required_area_points = v->number_in(0, 1e6);
  }
  if (auto v = root.find("pass_mark")) rubric.pass_mark = v->number_in(0, 1);
  if (auto v = root.find("off_topic_factor")) rubric.off_topic_factor = v->number_in(0, 1);
  if (auto labels = root.find("labels")) {
    labels->expect_any_object();
    for (auto it = labels->json().begin(); it != labels->json().end(); ++it) {
      const auto item = labels->at(it.key());
      const auto criterion = criterion_from_name(it.key());
      if (!criterion) item.fail("\"" + it.key() + "\" is not a SMART letter: use S, M, A, R, T or a criterion name");
      const std::string alias = item.string();
      const auto resolved = criterion_from_name(alias);
      if (!resolved || *resolved != *criterion)
        item.fail("\"" + alias + "\" is not a name of the " + to_string(*criterion) + " criterion");
      rubric.labels[*criterion] = alias;
    }
  }
  double total = sum(rubric.statement_points) + sum(rubric.justification_points) + rubric.feedback_link_points;
  if (!rubric.required_areas.empty()) total += rubric.required_area_points;
  if (total <= 0) root.fail("the rubric gives no points at all");
  return rubric;
}

std::string grading_rubric_to_json(const GradingRubric& rubric, int indent) {
  JsonWriter w(indent);
  w.begin_object().member("schema", kRubricSchema).member("min_goals", rubric.min_goals);
  w.key("required_areas").begin_array();
  for (const auto& a : rubric.required_areas) w.value(a);
  w.end_array();
  w.key("points").begin_object();
  w.key("statement");
  write_points(w, rubric.statement_points);
  w.key("justification");
  write_points(w, rubric.justification_points);
  w.member("feedback_link", rubric.feedback_link_points).member("required_area", rubric.required_area_points);
  w.end_object();
  w.member("pass_mark", rubric.pass_mark).member("off_topic_factor", rubric.off_topic_factor);
  w.key("labels").begin_object();
  for (const auto& [criterion, alias] : rubric.labels) w.member(smart::kLetters[static_cast<std::size_t>(criterion)], alias);
  w.end_object().end_object();
  return w.take();
}

// ------------------------------------------------------------------ grade JSON

namespace {

void write_strings(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const auto& s : items) w.value(s);
  w.end_array();
}

}  // namespace

std::string worksheet_grade_to_json(const WorksheetGrade& grade, int indent) {
  JsonWriter w(-1);
  w.begin_object().member("schema", kGradeSchema).member("learner", grade.learner).member("date", grade.date.to_iso());
  w.member("locale", grade.locale).key("session");
  if (grade.session)
    w.value(*grade.session);
  else
    w.null();
  w.key("feedback_aspects");
  write_strings(w, grade.feedback_aspects);
  w.member("score", rounded(grade.score)).member("points", rounded(grade.points)).member("max_points", rounded(grade.max_points));
  w.member("passed", grade.passed).member("band", grade.band).member("min_goals", grade.min_goals);
  w.member("missing_goals", grade.missing_goals);
  w.key("required_areas").begin_array();
  for (const auto& a : grade.required_areas) {
    w.begin_object().member("aspect", a.aspect).member("title", a.title).member("covered", a.covered).key("goals").begin_array();
    for (auto g : a.goals) w.value(g);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("comments");
  write_strings(w, grade.comments);
  w.key("goals").begin_array();
  for (const auto& g : grade.goals) {
    w.begin_object().member("index", g.index).member("statement", g.report.text);
    w.member("points", rounded(g.points)).member("max_points", rounded(g.max_points));
    w.member("traced", g.traced).member("off_topic", g.off_topic).key("traced_aspects");
    write_strings(w, g.traced_aspects);
    w.key("aspects");
    write_strings(w, g.aspects);
    w.key("justifications").begin_array();
    for (const auto& j : g.justifications) {
      w.begin_object()
          .member("letter", smart::kLetters[static_cast<std::size_t>(j.criterion)])
          .member("criterion", to_string(j.criterion))
          .member("label", j.label)
          .member("statement_verdict", to_string(g.report[j.criterion].verdict))
          .member("statement_score", rounded(g.report[j.criterion].score))
          .member("text", j.text)
          .member("given", j.given)
          .member("verdict", to_string(j.verdict))
          .member("score", j.score);
      w.key("evidence").begin_array();
      for (const auto& e : j.evidence) {
        w.begin_object().key("span").begin_array().value(e.span.begin).value(e.span.end).end_array();
        w.member("text", e.text).member("rule", e.rule).end_object();
      }
      w.end_array();
      w.key("comment");
      if (j.comment.empty())
        w.null();
      else
        w.value(j.comment);
      w.end_object();
    }
    w.end_array();
    w.key("comments");
    write_strings(w, g.comments);
    w.key("report").raw(report_to_json(g.report));
    w.end_object();
  }
  w.end_array().end_object();
  std::string line = w.take();
  if (indent < 0) return line;
  // Pretty output re-reads the line with key order kept, so the embedded reports indent too.
  return nlohmann::ordered_json::parse(line).dump(indent);
}

}  // namespace goalsmith
