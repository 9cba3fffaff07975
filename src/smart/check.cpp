#include "smart/check.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "extract/numbers.hpp"
#include "extract/quantity.hpp"
#include "extract/time.hpp"
#include "packs/compiled_pack.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::smart {
namespace {

using extract::FoundQuantity;
using extract::FoundTime;
using packs::PhraseLexicon;
using text::Token;
using text::TokenKind;

constexpr double kScoreMet = 1.0;
constexpr double kScorePartial = 0.5;
constexpr double kScoreMissing = 0.0;
// Relevant is "met" whenever the goal names an interview aspect; it is strongest when that
// aspect traces back to the learner's feedback (DESIGN.md).
constexpr double kRelevantNoFocus = 0.9;
constexpr double kRelevantOtherFocus = 0.75;
constexpr double kAchievableAmbitious = 0.6;
// Workload id of practice time per period ("45 minutes a day") when no activity is counted;
// part of the report schema (fields.workload.activity).
constexpr const char* kPracticeTime = "practice";
// Longest plan the Achievable suggestions will propose (ten years).
constexpr double kMaxSuggestedDays = 3650;

using Hit = packs::PhraseHit;

std::vector<Hit> scan(const PhraseLexicon& lexicon, std::uint32_t role, const std::vector<Token>& tokens,
                      const std::vector<std::uint32_t>& roles) {
  return packs::scan_phrases(lexicon, role, tokens, roles);
}

// Numbers in messages: whole numbers as such, others with one decimal ("8.3").
std::string format_number(double v) {
  char buf[48];
  const bool whole = std::fabs(v - std::round(v)) < 0.05;
  const auto r = std::to_chars(buf, buf + sizeof buf, whole ? std::round(v) : v, std::chars_format::fixed, whole ? 0 : 1);
  return std::string(buf, r.ptr);
}

double days_per(Per per) {
  switch (per) {
    case Per::day: return 1;
    case Per::week: return 7;
    case Per::month: return 30.44;
    case Per::year: return 365.25;
  }
  return 7;
}

// Everything the criteria look at, read from the goal once.
struct Reading {
  const detail::CompiledPack& pack;
  const CheckOptions& options;
  const CheckContext& context;
  text::TokenizedText tt;
  std::vector<std::uint32_t> roles;   // SmartRole bits of each token
  std::vector<FoundTime> times;
  std::vector<bool> time_token;       // covered by any time expression
  std::vector<bool> claimed_by_time;  // covered by a time expression that is not a pure duration
  std::vector<FoundQuantity> quantities;
  std::vector<Hit> verbs, absolutes, outside, vague_time, weak, aspects;
  std::vector<Hit> event_anchors;  // "before my next interview": opener + event, as one hit
  std::vector<bool> in_aspect_specific;  // token names a specific (non-general) aspect
  std::vector<bool> in_activity_or_unit;

  Reading(const detail::CompiledPack& p, std::string_view text, const CheckOptions& o,
          const CheckContext& c)
      : pack(p), options(o), context(c), tt(text::tokenize(text)) {
    const auto& tokens = tt.tokens;
    const std::size_t n = tokens.size();
    const auto& r = p.smart;
    roles.resize(n);
    for (std::size_t k = 0; k < n; ++k) roles[k] = r.roles_of(tokens[k]);
    extract::TimeContext tc;
    tc.today = c.today;
    tc.day_first = c.day_first;
    tc.week_start = c.week_start;
    times = extract::find_times(tt, p, tc);
    time_token.assign(n, false);
    claimed_by_time.assign(n, false);
    for (const auto& t : times)
      for (std::size_t k = t.first_token; k <= t.last_token && k < n; ++k) {
        time_token[k] = true;
        if (t.expr.kind != TimeKind::duration) claimed_by_time[k] = true;
      }
    quantities = extract::find_quantities(tt, p, claimed_by_time, roles);
    verbs = scan(r.verbs, packs::kRoleVerb, tokens, roles);
    absolutes = scan(r.absolutes, packs::kRoleAbsolute, tokens, roles);
    outside = scan(r.outside_control, packs::kRoleOutsideControl, tokens, roles);
    vague_time = scan(r.vague_time, packs::kRoleVagueTime, tokens, roles);
    for (const auto& opener : scan(r.event_anchor_openers, packs::kRoleEventOpener, tokens, roles)) {
      const std::size_t k = opener.last + 1;
      if (k < n && claimed_by_time[k]) continue;  // "in my next 3 weeks" is a time window
      if (auto event = at(r.event_anchors, packs::kRoleEventAnchor, k))
        event_anchors.push_back({opener.first, k + event->length - 1, 0});
    }
    weak = scan(r.weak_relevance, packs::kRoleWeakRelevance, tokens, roles);
    aspects = packs::find_aspects(r, tokens, roles);
    in_aspect_specific.assign(n, false);
    for (const auto& h : aspects)
      if (!r.aspect_list[static_cast<std::size_t>(h.payload)].general)
        for (std::size_t k = h.first; k <= h.last; ++k) in_aspect_specific[k] = true;
    in_activity_or_unit.assign(n, false);
    for (const auto& h : scan(r.activities, packs::kRoleActivity, tokens, roles))
      for (std::size_t k = h.first; k <= h.last; ++k) in_activity_or_unit[k] = true;
    for (const auto& h : scan(r.units, packs::kRoleUnit, tokens, roles))
      for (std::size_t k = h.first; k <= h.last; ++k) in_activity_or_unit[k] = true;
  }

  /// The longest phrase of `lexicon` at token k, probing only when k can start one.
  std::optional<PhraseLexicon::Match> at(const PhraseLexicon& lexicon, std::uint32_t role, std::size_t k) const {
    if (k >= roles.size() || !(roles[k] & role)) return std::nullopt;
    return lexicon.longest_at(tt.tokens, k);
  }

  std::string raw(std::size_t first, std::size_t last) const { return std::string(tt.raw(first, last)); }
  std::string norm_text(std::size_t first, std::size_t last) const {
    return text::fold_case(tt.raw(first, last));
  }
  Evidence evidence(std::size_t first, std::size_t last, const char* rule) const {
    return Evidence{Span{tt.tokens[first].begin, tt.tokens[last].end}, raw(first, last), rule};
  }
  std::string msg(std::string_view key, packs::Messages::Args args = {}) const {
    return pack.messages.format(key, args);
  }
  std::string date_plus(long days) const {
    return Date::from_days_since_epoch(context.today.days_since_epoch() + days).to_iso();
  }
  std::string period_name(Per per) const {
    switch (per) {
      case Per::day: return msg("period_day");
      case Per::week: return msg("period_week");
      case Per::month: return msg("period_month");
      case Per::year: return msg("period_year");
    }
    return msg("period_week");
  }
  std::string join(const std::vector<std::string>& items) const {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (k > 0) out += msg(k + 1 == items.size() ? "list_last_separator" : "list_separator");
      out += items[k];
    }
    return out;
  }
  const FoundTime* first_recurrence() const {
    for (const auto& t : times)
      if (t.expr.kind == TimeKind::recurrence) return &t;
    return nullptr;
  }
};

// ------------------------------------------------------------------ Specific
// Many verbs of the lexicon are also nouns ("interviews", "answer", "time"). A word is read as
// the verb of the goal only where a clause can start: at a sentence start, after punctuation,
// or after a word the pack lists as introducing a verb ("to", "will", "and", "regularly").
bool in_verb_position(const Reading& rd, std::size_t i) {
  const auto& tokens = rd.tt.tokens;
  if (i == 0 || tokens[i].sentence_start) return true;
  // A clause can start right after a time expression ("20 minutes every morning, rehearsing").
  if (rd.time_token[i - 1]) return true;
  const Token& prev = tokens[i - 1];
  if (prev.kind == TokenKind::punct) return prev.norm != "%" && prev.norm != "/";
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    auto m = rd.at(rd.pack.smart.verb_introducers, packs::kRoleVerbIntroducer, i - back);
    if (m && m->length == back) return true;
  }
  return false;
}

// Whether tokens [first, last) name something concrete: a number, an activity or unit, a
// specific interview aspect, or any content word that is not a vague object, a verb or the
// catch-all "interview".
bool names_something_concrete(const Reading& rd, std::size_t first, std::size_t last) {
  const auto& tokens = rd.tt.tokens;
  const auto& r = rd.pack.smart;
  for (std::size_t k = first; k < last; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::number || rd.in_aspect_specific[k] || rd.in_activity_or_unit[k]) return true;
    if (t.kind != TokenKind::word) continue;
    if (auto vague = rd.at(r.vague_objects, packs::kRoleVagueObject, k)) {
      k += vague->length - 1;
      continue;
    }
    bool general_aspect = false;
    for (const auto& h : rd.aspects) general_aspect = general_aspect || (h.first <= k && k <= h.last);
    if (!rd.at(r.function_words, packs::kRoleFunctionWord, k) && !general_aspect && !rd.at(r.verbs, packs::kRoleVerb, k))
      return true;
  }
  return false;
}

struct ObjectPhrase {
  std::size_t first = 0, last = 0;
  bool empty = true;
  bool concrete = false;
};

ObjectPhrase object_after(const Reading& rd, std::size_t start) {
  const auto& tokens = rd.tt.tokens;
  const auto& r = rd.pack.smart;
  ObjectPhrase obj;
  std::size_t end = start;  // exclusive
  while (end < tokens.size() && end < start + static_cast<std::size_t>(r.max_object_tokens)) {
    const Token& t = tokens[end];
    if (rd.claimed_by_time[end] || (end > start && t.sentence_start)) break;
    // Quotes stay inside an object ("answering 'tell me about yourself'"); other punctuation
    // ends it.
    const bool inner_punct = t.norm == "%" || t.norm == "/" || t.norm == "-" || t.norm == "+" || t.norm == "#" ||
                             t.norm == "'" || t.norm == "\"" || t.norm == "\u201c" || t.norm == "\u201d";
    if (t.kind == TokenKind::punct && !inner_punct) break;
    // A second clause ("... and write 5 questions") starts a new action.
    if (end > start && rd.at(r.verbs, packs::kRoleVerb, end) && in_verb_position(rd, end) &&
        tokens[end - 1].kind != TokenKind::punct)
      break;
    if (rd.at(r.object_stops, packs::kRoleObjectStop, end) || rd.at(r.vague_time, packs::kRoleVagueTime, end)) break;
    ++end;
  }
  std::size_t first = start, last = end;  // trim function words at both ends
  while (first < last && rd.at(r.function_words, packs::kRoleFunctionWord, first) && !rd.in_activity_or_unit[first] &&
         !extract::read_number(rd.tt, first, rd.pack.numbers))
    ++first;
  while (last > first && rd.at(r.function_words, packs::kRoleFunctionWord, last - 1) && !rd.in_activity_or_unit[last - 1])
    --last;
  if (first >= last) return obj;
  obj.first = first;
  obj.last = last - 1;
  obj.empty = false;
  obj.concrete = names_something_concrete(rd, first, last);
  return obj;
}

CriterionResult check_specific(const Reading& rd, GoalFields& fields) {
  CriterionResult res;
  res.criterion = Criterion::specific;
  const Hit* vague_with_object = nullptr;
  ObjectPhrase vague_object;
  const Hit* action_without_object = nullptr;
  const Hit* first_vague = nullptr;
  const Hit* first_state = nullptr;
  for (const auto& v : rd.verbs) {
    if (rd.time_token[v.first] || !in_verb_position(rd, v.first)) continue;
    ObjectPhrase obj = object_after(rd, v.last + 1);
    if (v.payload == packs::kActionVerb && !obj.concrete && v.last > v.first &&
        names_something_concrete(rd, v.first + 1, v.last + 1)) {
      // A phrase that carries its own object: "make eye contact", "cut down on fillers".
      obj = ObjectPhrase{v.first + 1, v.last, false, true};
    }
    if (v.payload == packs::kActionVerb) {
      if (obj.concrete) {
        res.verdict = Verdict::met;
        res.score = kScoreMet;
        fields.action = rd.norm_text(v.first, v.last);
        fields.object = rd.raw(obj.first, obj.last);
        res.evidence.push_back(rd.evidence(v.first, v.last, "action_verb"));
        res.evidence.push_back(rd.evidence(obj.first, obj.last, "concrete_object"));
        res.explanation = rd.msg("specific_met", {{"action", *fields.action}, {"object", *fields.object}});
        return res;
      }
      if (!action_without_object) action_without_object = &v;
    } else if (v.payload == packs::kVagueState) {
      if (!first_state) first_state = &v;
    } else {
      if (!first_vague) first_vague = &v;
      if (obj.concrete && !vague_with_object) {
        vague_with_object = &v;
        vague_object = obj;
      }
    }
  }
  // A goal in the imperative may start with a verb the pack does not list ("Bake a cake"): a
  // word in verb position that starts no phrase of any lexicon and is not part of a time
  // expression, followed by a concrete object, is read as the action.
  const bool any_verb_in_position = std::any_of(rd.verbs.begin(), rd.verbs.end(), [&](const Hit& v) {
    return !rd.time_token[v.first] && in_verb_position(rd, v.first);
  });
  for (std::size_t i = 0; i < rd.tt.tokens.size() && !any_verb_in_position; ++i) {
    const Token& t = rd.tt.tokens[i];
    if (t.kind != TokenKind::word || rd.roles[i] != 0 || rd.time_token[i] || !in_verb_position(rd, i)) continue;
    const ObjectPhrase obj = object_after(rd, i + 1);
    if (!obj.concrete) continue;
    res.verdict = Verdict::met;
    res.score = kScoreMet;
    fields.action = t.norm;
    fields.object = rd.raw(obj.first, obj.last);
    res.evidence.push_back(rd.evidence(i, i, "unlisted_verb"));
    res.evidence.push_back(rd.evidence(obj.first, obj.last, "concrete_object"));
    res.explanation = rd.msg("specific_met_unlisted", {{"action", rd.raw(i, i)}, {"object", *fields.object}});
    return res;
  }
  const std::string example_goal = rd.msg("example_goal", {{"date", rd.date_plus(rd.pack.smart.suggested_deadline_days)}});
  if (vague_with_object) {
    const auto& v = *vague_with_object;
    const std::string verb = rd.raw(v.first, v.last);
    fields.action = rd.norm_text(v.first, v.last);
    fields.object = rd.raw(vague_object.first, vague_object.last);
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(v.first, v.last, "vague_verb"));
    res.evidence.push_back(rd.evidence(vague_object.first, vague_object.last, "concrete_object"));
    res.explanation = rd.msg("specific_partial_vague_verb", {{"verb", verb}, {"object", *fields.object}});
    res.suggestions.push_back(rd.msg("suggest_specific_verb", {{"verb", verb}}));
    res.suggestions.push_back(rd.msg("suggest_specific_example", {{"example", example_goal}}));
    return res;
  }
  if (action_without_object) {
    const auto& v = *action_without_object;
    fields.action = rd.norm_text(v.first, v.last);
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(v.first, v.last, "action_verb"));
    res.explanation = rd.msg("specific_partial_no_object", {{"action", rd.raw(v.first, v.last)}});
    res.suggestions.push_back(rd.msg("suggest_specific_object", {{"example", rd.msg("example_object_default")}}));
    return res;
  }
  if (first_vague || first_state) {
    const bool state = !first_vague || (first_state && first_state->first < first_vague->first);
    const auto& v = state ? *first_state : *first_vague;
    const std::string verb = rd.raw(v.first, v.last);
    fields.action = rd.norm_text(v.first, v.last);
    res.verdict = Verdict::missing;
    res.score = kScoreMissing;
    res.evidence.push_back(rd.evidence(v.first, v.last, state ? "vague_state" : "vague_verb"));
    res.explanation = rd.msg(state ? "specific_missing_state" : "specific_missing_vague", {{"verb", verb}});
    res.suggestions.push_back(rd.msg("suggest_specific_verb", {{"verb", verb}}));
    res.suggestions.push_back(rd.msg("suggest_specific_example", {{"example", example_goal}}));
    return res;
  }
  // No verb from the lexicons: a concrete object alone ("4 mock interviews by Friday") is half
  // of a specific goal.
  for (const auto& q : rd.quantities) {
    if (q.bare()) continue;
    fields.object = rd.raw(q.first_token, q.last_token);
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(q.first_token, q.last_token, "concrete_object"));
    res.explanation = rd.msg("specific_partial_no_verb", {{"object", *fields.object}});
    res.suggestions.push_back(rd.msg("suggest_specific_verb_missing"));
    return res;
  }
  res.verdict = Verdict::missing;
  res.score = kScoreMissing;
  res.explanation = rd.msg("specific_missing");
  res.suggestions.push_back(rd.msg("suggest_specific_example", {{"example", example_goal}}));
  return res;
}

// ------------------------------------------------------------------ Measurable
const FoundQuantity* main_quantity(const Reading& rd) {
  const FoundQuantity* bare = nullptr;
  for (const auto& q : rd.quantities) {
    if (!q.bare()) return &q;
    if (!bare) bare = &q;
  }
  return bare;
}

std::string quantity_unit_id(const Reading& rd, const FoundQuantity& q) {
  const auto& r = rd.pack.smart;
  if (q.activity >= 0) return r.activity_list[static_cast<std::size_t>(q.activity)].id;
  if (q.unit >= 0) return r.unit_list[static_cast<std::size_t>(q.unit)].id;
  return q.noun;
}

std::string example_count(const Reading& rd) {
  for (const auto& q : rd.quantities)
    if (q.activity >= 0)
      return rd.msg("example_count_activity",
                    {{"plural", rd.pack.smart.activity_list[static_cast<std::size_t>(q.activity)].plural}});
  return rd.msg("example_count_default");
}

CriterionResult check_measurable(const Reading& rd, GoalFields& fields) {
  CriterionResult res;
  res.criterion = Criterion::measurable;
  const auto& r = rd.pack.smart;
  const FoundQuantity* q = main_quantity(rd);
  const FoundTime* rec = rd.first_recurrence();
  if (q) {
    Quantity out;
    out.value = q->value;
    out.unit = quantity_unit_id(rd, *q);
    if (q->comparator >= 0) out.comparator = r.comparator_ids[static_cast<std::size_t>(q->comparator)];
    out.span = Span{rd.tt.tokens[q->first_token].begin, rd.tt.tokens[q->last_token].end};
    out.text = rd.raw(q->first_token, q->last_token);
    fields.quantity = out;
  }
  if (rec) fields.frequency = rec->expr.recurrence;

  const bool threshold = q && !q->bare() &&
                         (q->comparator >= 0 || (q->unit >= 0 && r.unit_list[static_cast<std::size_t>(q->unit)].kind != packs::UnitKind::count));
  if (q && !q->bare()) {
    res.verdict = Verdict::met;
    res.score = kScoreMet;
    res.evidence.push_back(rd.evidence(q->first_token, q->last_token, threshold ? "threshold" : "quantity"));
    res.explanation = rd.msg(threshold ? "measurable_met_threshold" : "measurable_met_quantity",
                             {{"quantity", rd.raw(q->first_token, q->last_token)}});
    if (rec) res.evidence.push_back(rd.evidence(rec->first_token, rec->last_token, "frequency"));
    return res;
  }
  if (rec && (rec->expr.recurrence->count_stated || rec->expr.duration_seconds)) {
    // "twice a week" or "45 minutes a day": a count per period.
    res.verdict = Verdict::met;
    res.score = kScoreMet;
    res.evidence.push_back(rd.evidence(rec->first_token, rec->last_token, "frequency"));
    res.explanation = rd.msg("measurable_met_frequency", {{"frequency", rec->expr.text},
                                                          {"period", rd.period_name(rec->expr.recurrence->per)}});
    return res;
  }
  if (rec) {
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(rec->first_token, rec->last_token, "frequency"));
    res.explanation = rd.msg("measurable_partial_frequency", {{"frequency", rec->expr.text}});
    std::string example = rd.msg("example_frequency_default");
    for (const auto& qq : rd.quantities)
      if (qq.activity >= 0)
        example = rd.msg("example_frequency_activity",
                         {{"plural", r.activity_list[static_cast<std::size_t>(qq.activity)].plural}});
    res.suggestions.push_back(rd.msg("suggest_measurable_frequency", {{"example", example}}));
    res.suggestions.push_back(rd.msg("suggest_measurable_threshold"));
    return res;
  }
  if (q) {  // a bare number
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(q->first_token, q->last_token, "number"));
    res.explanation = rd.msg("measurable_partial_number", {{"number", rd.raw(q->first_token, q->last_token)}});
    res.suggestions.push_back(rd.msg("suggest_measurable_count", {{"example", example_count(rd)}}));
    return res;
  }
  res.verdict = Verdict::missing;
  res.score = kScoreMissing;
  res.explanation = rd.msg("measurable_missing");
  res.suggestions.push_back(rd.msg("suggest_measurable_count", {{"example", example_count(rd)}}));
  res.suggestions.push_back(rd.msg("suggest_measurable_threshold"));
  return res;
}

// ------------------------------------------------------------------ Time-bound
struct TimeDecision {
  const FoundTime* end_point = nullptr;  // deadline, date or window that bounds the goal
  const FoundTime* past = nullptr;
  const FoundTime* open_recurrence = nullptr;
  const FoundTime* bounded_recurrence = nullptr;
};

TimeDecision decide_time(const Reading& rd) {
  TimeDecision d;
  for (const auto& t : rd.times) {
    const auto& e = t.expr;
    if (e.kind == TimeKind::duration) continue;
    if (e.kind == TimeKind::recurrence) {
      if (e.recurrence && e.recurrence->until) {
        if (*e.recurrence->until < rd.context.today) {
          if (!d.past) d.past = &t;
        } else if (!d.bounded_recurrence) {
          d.bounded_recurrence = &t;
        }
      } else if (!d.open_recurrence) {
        d.open_recurrence = &t;
      }
      continue;
    }
    if (!e.end) continue;
    if (e.past || *e.end < rd.context.today) {
      if (!d.past) d.past = &t;
    } else if (!d.end_point) {
      d.end_point = &t;
    }
  }
  return d;
}

CriterionResult check_time_bound(const Reading& rd, GoalFields& fields) {
  CriterionResult res;
  res.criterion = Criterion::time_bound;
  const TimeDecision d = decide_time(rd);
  const std::string suggested = rd.date_plus(rd.pack.smart.suggested_deadline_days);
  const FoundTime* bound = d.end_point ? d.end_point : d.bounded_recurrence;
  if (bound) {
    const auto& e = bound->expr;
    res.verdict = Verdict::met;
    res.score = kScoreMet;
    const Date end = e.kind == TimeKind::recurrence ? *e.recurrence->until : *e.end;
    fields.deadline = end;
    fields.window_start = e.start && *e.start >= rd.context.today ? *e.start : rd.context.today;
    fields.window_end = end;
    const bool window = e.kind == TimeKind::interval;
    res.evidence.push_back(rd.evidence(bound->first_token, bound->last_token,
                                       e.kind == TimeKind::recurrence ? "bounded_recurrence"
                                       : window                       ? "time_window"
                                                                      : "deadline"));
    if (e.kind == TimeKind::recurrence)
      res.explanation = rd.msg("time_met_recurrence_bounded", {{"frequency", e.text}, {"date", end.to_iso()}});
    else if (window)
      res.explanation = rd.msg("time_met_window", {{"start", fields.window_start->to_iso()}, {"end", end.to_iso()}});
    else
      res.explanation = rd.msg("time_met_deadline", {{"date", end.to_iso()}});
    // A bounded recurrence stated separately from the deadline still tells the frequency.
    if (d.bounded_recurrence && d.bounded_recurrence != bound)
      res.evidence.push_back(rd.evidence(d.bounded_recurrence->first_token, d.bounded_recurrence->last_token, "bounded_recurrence"));
    return res;
  }
  if (d.past) {
    const auto& e = d.past->expr;
    const Date end = e.kind == TimeKind::recurrence ? *e.recurrence->until : *e.end;
    fields.deadline = end;
    res.verdict = Verdict::missing;
    res.score = kScoreMissing;
    res.evidence.push_back(rd.evidence(d.past->first_token, d.past->last_token, "past_deadline"));
    res.explanation = rd.msg("time_missing_past", {{"date", end.to_iso()}});
    res.suggestions.push_back(rd.msg("suggest_time_future", {{"date", suggested}}));
    return res;
  }
  if (d.open_recurrence) {
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(d.open_recurrence->first_token, d.open_recurrence->last_token, "open_recurrence"));
    res.explanation = rd.msg("time_partial_recurrence", {{"frequency", d.open_recurrence->expr.text}});
    res.suggestions.push_back(rd.msg("suggest_time_end_recurrence", {{"date", rd.date_plus(28)}}));
    return res;
  }
  if (!rd.event_anchors.empty()) {
    // "before my next interview": there is an end, but nobody can plan around it until it has
    // a date.
    const auto& h = rd.event_anchors.front();
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(h.first, h.last, "event_anchor"));
    res.explanation = rd.msg("time_partial_event", {{"words", rd.raw(h.first, h.last)}});
    res.suggestions.push_back(rd.msg("suggest_time_event_date", {{"date", suggested}}));
    return res;
  }
  res.verdict = Verdict::missing;
  res.score = kScoreMissing;
  if (!rd.vague_time.empty()) {
    const auto& h = rd.vague_time.front();
    res.evidence.push_back(rd.evidence(h.first, h.last, "vague_time"));
    res.explanation = rd.msg("time_missing_vague", {{"words", rd.raw(h.first, h.last)}});
  } else {
    res.explanation = rd.msg("time_missing");
  }
  res.suggestions.push_back(rd.msg("suggest_time_deadline", {{"date", suggested}}));
  return res;
}

// ------------------------------------------------------------------ Achievable
struct Load {
  std::string unit_label;  // "mock interviews", "minutes"
  std::string unit_singular;  // "mock interview", used when the rate reads "1"
  double per_day = 0;
  double limit_per_day = 0;
  double limit_per_week = 0;
  bool weekly_view = false;  // judged per week (recurrences and windows of a week or more)
  double total = 0;          // amount over the whole window, when it is bounded
  std::string activity;
  std::string unit;
};

std::optional<Load> workload(const Reading& rd, const GoalFields& fields) {
  const auto& r = rd.pack.smart;
  const FoundTime* rec = rd.first_recurrence();
  // What is done: an activity count, or practice time per occurrence.
  const FoundQuantity* activity_q = nullptr;
  for (const auto& q : rd.quantities)
    if (q.activity >= 0) {
      activity_q = &q;
      break;
    }
  const long window_days = fields.window_end ? fields.window_end->days_since_epoch() - rd.context.today.days_since_epoch() + 1 : 0;

  Load load;
  if (rec && rec->expr.duration_seconds && !activity_q) {
    const auto& rr = *rec->expr.recurrence;
    load.per_day = *rec->expr.duration_seconds / 60.0 * rr.count / days_per(rr.per);
    load.limit_per_day = r.duration_limit_minutes_per_day;
    load.limit_per_week = r.duration_limit_minutes_per_day * 7;
    load.unit_label = rd.msg("unit_minutes");
    load.unit_singular = rd.msg("unit_minute");
    load.unit = "minute";
    load.activity = kPracticeTime;
    load.weekly_view = false;
    return load;
  }
  double amount = 0;
  if (activity_q) {
    amount = activity_q->value;
  } else if (rec) {
    // "do mock interviews twice a week": one of the activity per occurrence.
    for (const auto& h : scan(r.activities, packs::kRoleActivity, rd.tt.tokens, rd.roles)) {
      activity_q = nullptr;
      amount = 1;
      const auto& a = r.activity_list[static_cast<std::size_t>(h.payload)];
      load.activity = a.id;
      load.unit_label = a.plural;
      load.unit_singular = a.singular;
      load.limit_per_day = a.max_per_day;
      load.limit_per_week = a.max_per_week;
      break;
    }
    if (amount == 0) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (activity_q) {
    const auto& a = r.activity_list[static_cast<std::size_t>(activity_q->activity)];
    load.activity = a.id;
    load.unit_label = a.plural;
    load.unit_singular = a.singular;
    load.limit_per_day = a.max_per_day;
    load.limit_per_week = a.max_per_week;
  }
  load.unit = load.activity;
  // A recurrence can apply to a quantity ("3 problems a day") — but when the recurrence is
  // bounded and no separate count is said, the quantity may already be the total.
  if (rec) {
    const auto& rr = *rec->expr.recurrence;
    load.per_day = amount * rr.count / days_per(rr.per);
    load.weekly_view = rr.per != Per::day;
    if (rr.occurrences) load.total = amount * static_cast<double>(*rr.occurrences);
  } else if (window_days > 0) {
    load.per_day = amount / static_cast<double>(window_days);
    load.weekly_view = window_days >= 7;
    load.total = amount;
  } else {
    return std::nullopt;  // no time frame: no pace to judge
  }
  return load;
}

CriterionResult check_achievable(const Reading& rd, GoalFields& fields) {
  CriterionResult res;
  res.criterion = Criterion::achievable;
  res.verdict = Verdict::met;
  res.score = kScoreMet;
  std::vector<std::string> problems;
  for (const auto& h : rd.absolutes) {
    if (rd.time_token[h.first]) continue;  // "every time" inside a recurrence is not perfectionism
    const std::string words = rd.raw(h.first, h.last);
    res.evidence.push_back(rd.evidence(h.first, h.last, "absolute"));
    if (res.verdict != Verdict::missing) res.explanation = rd.msg("achievable_missing_absolute", {{"words", words}});
    res.suggestions.push_back(rd.msg("suggest_achievable_absolute", {{"words", words}}));
    res.verdict = Verdict::missing;
    break;
  }
  for (const auto& h : rd.outside) {
    const std::string words = rd.raw(h.first, h.last);
    res.evidence.push_back(rd.evidence(h.first, h.last, "outside_control"));
    if (res.verdict != Verdict::missing) res.explanation = rd.msg("achievable_missing_outside_control", {{"words", words}});
    res.suggestions.push_back(rd.msg("suggest_achievable_control", {{"words", words}}));
    res.verdict = Verdict::missing;
    break;
  }

  const FoundTime* rec = rd.first_recurrence();
  if (rec && rec->expr.recurrence->occurrences) fields.sessions = static_cast<double>(*rec->expr.recurrence->occurrences);

  if (auto load = workload(rd, fields)) {
    Workload w;
    w.activity = load->activity;
    w.per_day = load->per_day;
    w.limit_per_day = load->limit_per_day;
    w.unit = load->unit;
    w.total = load->total;
    fields.workload = w;
    auto units_for = [&](double amount) {
      return format_number(amount) == "1" ? load->unit_singular : load->unit_label;
    };
    if (!fields.sessions && load->total > 0 && load->activity != kPracticeTime) fields.sessions = load->total;

    const double rate = load->weekly_view ? load->per_day * 7 : load->per_day;
    const double limit = load->weekly_view ? std::min(load->limit_per_week, load->limit_per_day * 7) : load->limit_per_day;
    const std::string period = rd.period_name(load->weekly_view ? Per::week : Per::day);
    const bool daily_over = load->per_day > load->limit_per_day * 1.0001;
    const bool over = daily_over || rate > limit * 1.0001;
    // Evidence for the pace: the quantity and the time expression that set it.
    std::vector<Evidence> pace_evidence;
    if (fields.quantity) pace_evidence.push_back(Evidence{fields.quantity->span, fields.quantity->text, "workload"});
    if (rec) pace_evidence.push_back(rd.evidence(rec->first_token, rec->last_token, "workload"));
    if (over) {
      const double shown_rate = daily_over ? load->per_day : rate;
      const double shown_limit = daily_over ? load->limit_per_day : limit;
      const std::string shown_period = daily_over ? rd.period_name(Per::day) : period;
      if (res.verdict != Verdict::missing) {
        res.explanation = load->unit == "minute"
                              ? rd.msg("achievable_missing_duration", {{"minutes", format_number(load->per_day)},
                                                                       {"limit", format_number(load->limit_per_day)}})
                              : rd.msg("achievable_missing_workload", {{"rate", format_number(shown_rate)},
                                                                       {"unit", units_for(shown_rate)},
                                                                       {"period", shown_period},
                                                                       {"limit", format_number(shown_limit)}});
      }
      res.verdict = Verdict::missing;
      res.evidence.insert(res.evidence.end(), pace_evidence.begin(), pace_evidence.end());
      res.suggestions.push_back(rd.msg("suggest_achievable_workload", {{"limit", format_number(shown_limit)},
                                                                       {"unit", units_for(shown_limit)},
                                                                       {"period", shown_period}}));
      // Days needed at the realistic pace, counted from today; not suggested when that is
      // further away than anyone plans ("99999 applications").
      const double per_day_ok = std::min(load->limit_per_day, load->limit_per_week / 7);
      const double days_needed = load->total > 0 ? std::ceil(load->total / per_day_ok) : 0;
      if (!rec && days_needed >= 1 && days_needed <= kMaxSuggestedDays) {
        const long days = static_cast<long>(days_needed);
        res.suggestions.push_back(rd.msg("suggest_achievable_spread", {{"amount", format_number(load->total)},
                                                                       {"unit", load->unit_label},
                                                                       {"date", rd.date_plus(days - 1)}}));
      }
    } else if (res.verdict == Verdict::met) {
      const bool ambitious = rate > limit * rd.pack.smart.ambitious_fraction;
      res.evidence.insert(res.evidence.end(), pace_evidence.begin(), pace_evidence.end());
      const std::string unit_label = units_for(rate);
      if (ambitious) {
        res.verdict = Verdict::partial;
        res.explanation = rd.msg("achievable_partial_ambitious", {{"rate", format_number(rate)}, {"unit", unit_label},
                                                                  {"period", period}, {"limit", format_number(limit)}});
        res.suggestions.push_back(rd.msg("suggest_achievable_workload", {{"limit", format_number(limit * rd.pack.smart.ambitious_fraction)},
                                                                         {"unit", units_for(limit * rd.pack.smart.ambitious_fraction)}, {"period", period}}));
      } else {
        res.explanation = rd.msg("achievable_met_workload", {{"rate", format_number(rate)}, {"unit", unit_label},
                                                             {"period", period}, {"limit", format_number(limit)}});
      }
    }
  }
  if (res.verdict == Verdict::met && res.explanation.empty()) res.explanation = rd.msg("achievable_met");
  res.score = res.verdict == Verdict::met ? kScoreMet : res.verdict == Verdict::partial ? kAchievableAmbitious : kScoreMissing;
  return res;
}

// ------------------------------------------------------------------ Relevant
CriterionResult check_relevant(const Reading& rd, GoalFields& fields) {
  CriterionResult res;
  res.criterion = Criterion::relevant;
  const auto& r = rd.pack.smart;
  std::vector<std::string> titles;
  bool focus_hit = false;
  for (const auto& h : rd.aspects) {
    const auto& a = r.aspect_list[static_cast<std::size_t>(h.payload)];
    const bool in_focus = std::find(rd.options.focus.begin(), rd.options.focus.end(), a.id) != rd.options.focus.end();
    focus_hit = focus_hit || in_focus;
    res.evidence.push_back(rd.evidence(h.first, h.last, in_focus ? "focus_aspect" : "aspect"));
    if (std::find(fields.aspects.begin(), fields.aspects.end(), a.id) == fields.aspects.end()) {
      fields.aspects.push_back(a.id);
      titles.push_back(a.title);
    }
  }
  std::vector<std::string> focus_titles;
  for (const auto& id : rd.options.focus) {
    const int k = r.aspect_index(id);
    if (k >= 0) focus_titles.push_back(r.aspect_list[static_cast<std::size_t>(k)].title);
  }
  if (!titles.empty()) {
    res.verdict = Verdict::met;
    if (focus_hit) {
      res.score = kScoreMet;
      res.explanation = rd.msg("relevant_met_focus", {{"aspects", rd.join(titles)}});
    } else if (!focus_titles.empty()) {
      res.score = kRelevantOtherFocus;
      res.explanation = rd.msg("relevant_met_other_focus", {{"aspects", rd.join(titles)}, {"focus", rd.join(focus_titles)}});
      res.suggestions.push_back(rd.msg("suggest_relevant_focus", {{"focus", rd.join(focus_titles)}}));
    } else {
      res.score = kRelevantNoFocus;
      res.explanation = rd.msg("relevant_met", {{"aspects", rd.join(titles)}});
    }
    return res;
  }
  std::vector<std::string> examples;
  for (const auto& a : r.aspect_list)
    if (!a.general && examples.size() < 3) examples.push_back(a.title);
  if (!focus_titles.empty()) examples = focus_titles;
  if (!rd.weak.empty()) {
    const auto& h = rd.weak.front();
    res.verdict = Verdict::partial;
    res.score = kScorePartial;
    res.evidence.push_back(rd.evidence(h.first, h.last, "weak_relevance"));
    res.explanation = rd.msg("relevant_partial_weak", {{"words", rd.raw(h.first, h.last)}});
  } else {
    res.verdict = Verdict::missing;
    res.score = kScoreMissing;
    res.explanation = rd.msg("relevant_missing");
  }
  res.suggestions.push_back(rd.msg("suggest_relevant_aspect", {{"examples", rd.join(examples)}}));
  return res;
}

std::string label_key(std::string_view alias) {
  std::string key = "label_";
  for (char c : text::fold_case(alias)) key += (c == '-' || c == ' ') ? '_' : c;
  return key;
}

}  // namespace

void validate_options(const detail::CompiledPack& pack, const CheckOptions& options) {
  for (const auto& id : options.focus)
    if (pack.smart.aspect_index(id) < 0) {
      std::string known;
      for (const auto& a : pack.smart.aspect_list) known += (known.empty() ? "" : ", ") + a.id;
      throw Error(ErrorCode::invalid_argument, "unknown focus aspect \"" + id + "\" (known: " + known + ")");
    }
  double total = 0;
  for (std::size_t k = 0; k < criterion_count; ++k) {
    const double w = options.weights[k];
    if (!(w >= 0) || !std::isfinite(w))
      throw Error(ErrorCode::invalid_argument, std::string("weight of ") + to_string(static_cast<Criterion>(k)) +
                                                   " must be a finite number >= 0");
    total += w;
  }
  if (total <= 0) throw Error(ErrorCode::invalid_argument, "at least one criterion weight must be above 0");
  for (const auto& [criterion, alias] : options.labels) {
    const auto resolved = criterion_from_name(alias);
    if (!resolved || *resolved != criterion)
      throw Error(ErrorCode::invalid_argument, "\"" + alias + "\" is not a name of the " +
                                                   to_string(criterion) + " criterion");
    if (!pack.messages.has(label_key(alias)))
      throw Error(ErrorCode::invalid_argument, "the language pack has no label for \"" + alias + "\"");
  }
}

SmartReport check_goal(const detail::CompiledPack& pack, std::string_view text, const CheckOptions& options,
                       const CheckContext& context) {
  const Reading rd(pack, text, options, context);
  SmartReport report;
  report.text = std::string(text);
  report.today = context.today;
  report.locale = pack.locale;
  GoalFields& fields = report.fields;
  // Time first: Achievable judges the pace over the window that Time-bound found.
  CriterionResult t = check_time_bound(rd, fields);
  CriterionResult s = check_specific(rd, fields);
  CriterionResult m = check_measurable(rd, fields);
  CriterionResult a = check_achievable(rd, fields);
  CriterionResult r = check_relevant(rd, fields);
  report.criteria = {std::move(s), std::move(m), std::move(a), std::move(r), std::move(t)};
  for (const auto& ft : rd.times) report.time_expressions.push_back(ft.expr);

  static constexpr const char* kDefaultLabelKey[] = {"label_specific", "label_measurable", "label_achievable",
                                                     "label_relevant", "label_time_bound"};
  double weighted = 0, weight_sum = 0;
  std::vector<std::string> weak;
  int met = 0;
  for (std::size_t k = 0; k < criterion_count; ++k) {
    auto& c = report.criteria[k];
    const auto criterion = static_cast<Criterion>(k);
    auto custom = options.labels.find(criterion);
    c.label = pack.messages.format(custom != options.labels.end() ? label_key(custom->second)
                                                                   : std::string(kDefaultLabelKey[k]));
    c.weight = options.weights[k];
    weighted += c.weight * c.score;
    weight_sum += c.weight;
    if (c.verdict == Verdict::met)
      ++met;
    else
      weak.push_back(c.label);
  }
  report.score = weight_sum > 0 ? weighted / weight_sum : 0;
  report.score = std::round(report.score * 1000) / 1000;
  if (weak.empty())
    report.summary = rd.msg("summary_all_met");
  else if (met == 0)
    report.summary = rd.msg("summary_none_met", {{"weak", rd.join(weak)}});
  else
    report.summary = rd.msg("summary_some", {{"met", std::to_string(met)}, {"weak", rd.join(weak)}});
  return report;
}

}  // namespace goalsmith::smart
