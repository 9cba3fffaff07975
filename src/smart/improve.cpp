// analyzers: improve_goal — rewrite a weak goal into a SMART one by small edits of the
// learner's own text, each guided by the SMART check's evidence (docs/goals.md).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "goalsmith/goals.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"
#include "text/tokenize.hpp"

namespace goalsmith {
namespace {

// Each round fixes one weakness and re-checks; a goal has at most a handful of them.
constexpr int kMaxRounds = 12;
// Lowered paces aim below the "ambitious" share of a limit, so Achievable ends up met.
constexpr double kComfort = 0.8;

// The pack's improve phrases have one placeholder, {count} (checked at load time).
std::string fill_count(std::string phrase, const std::string& count) {
  for (std::size_t at = 0; (at = phrase.find("{count}", at)) != std::string::npos; at += count.size())
    phrase.replace(at, 7, count);
  return phrase;
}

bool all_met(const SmartReport& r) {
  return std::all_of(r.criteria.begin(), r.criteria.end(), [](const CriterionResult& c) { return c.verdict == Verdict::met; });
}

const Evidence* find_rule(const CriterionResult& c, std::string_view rule) {
  for (const auto& e : c.evidence)
    if (e.rule == rule) return &e;
  return nullptr;
}

std::string count_text(double v) { return std::to_string(static_cast<long>(std::max(1.0, std::floor(v + 1e-9)))); }

// Upper-cases the first letter (ASCII: the words the pack adds are ASCII at the start).
std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// Lower-cases the first letter unless the first word is an acronym ("STAR stories").
std::string decapitalized(std::string s) {
  if (s.size() >= 2 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// One space between words, none before punctuation, no space at either end.
std::string tidy(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if ((c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') && !out.empty() && out.back() == ' ')
      out.pop_back();
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // A clause removed at the start may leave a comma there.
  while (!out.empty() && (out[0] == ',' || out[0] == ' ')) out.erase(0, 1);
  return out;
}

class Improver {
 public:
  Improver(const Engine& engine, std::string_view text, Date today, const ImproveContext& context)
      : engine_(engine), pack_(engine.pack().compiled()), rules_(pack_.improve), today_(today), text_(text) {
    options_.today = today;
    options_.focus = context.focus;
    window_days_ = context.window_days ? *context.window_days : rules_.window_days;
    deadline_ = context.deadline ? *context.deadline
                                 : Date::from_days_since_epoch(today.days_since_epoch() + window_days_ - 1);
    report_ = engine.check_goal(text_, options_);
    before_ = report_;
    aspect_ = choose_aspect(context);
  }

  ImprovedGoal run() {
    for (int round = 0; round < kMaxRounds && !all_met(report_); ++round) {
      // Absolutes first, so that a target they leave ("at most 2 times per answer") comes before
      // an added deadline; Relevant before Measurable, since the words that tie a goal to an
      // aspect often count something too.
      if (fix_absolute() || fix_outside_control() || fix_time() || fix_specific() || fix_relevant() ||
          fix_measurable() || fix_workload())
        continue;
      break;
    }
    if (!all_met(report_)) rewrite();
    ImprovedGoal out;
    out.original = before_.text;
    out.text = text_;
    out.before = std::move(before_);
    out.after = std::move(report_);
    out.changes = std::move(changes_);
    return out;
  }

 private:
  // ---------------------------------------------------------------- helpers
  std::string msg(std::string_view key, packs::Messages::Args args = {}) const { return rules_.messages.format(key, args); }

  const packs::ImproveAspect& aspect() const { return rules_.aspects[static_cast<std::size_t>(aspect_)]; }

  int choose_aspect(const ImproveContext& context) const {
    const auto& smart = pack_.smart;
    if (!context.focus.empty()) return smart.aspect_index(context.focus.front());
    int general = -1;
    for (const auto& id : before_.fields.aspects) {
      const int k = smart.aspect_index(id);
      if (!smart.aspect_list[static_cast<std::size_t>(k)].general) return k;
      if (general < 0) general = k;
    }
    return general >= 0 ? general : rules_.default_aspect;
  }

  // Days of the goal's window: from today to its end, or the context's window.
  double window() const {
    if (report_.fields.window_end)
      return static_cast<double>(std::max(1L, report_.fields.window_end->days_since_epoch() - today_.days_since_epoch() + 1));
    return static_cast<double>(std::max(1L, deadline_.days_since_epoch() - today_.days_since_epoch() + 1));
  }

  double per_week(int activity) const {
    if (activity >= 0) {
      const auto& a = rules_.activities[static_cast<std::size_t>(activity)];
      if (!a.verb.empty()) return a.per_week;
    }
    return rules_.default_per_week;
  }

  // A comfortable count of `activity` over the goal's window, or per occurrence of its
  // recurrence (unless the count goes into a clause of its own).
  std::string count_for(int activity, bool per_occurrence = true) const {
    const double pace = per_week(activity);
    if (per_occurrence && report_.fields.frequency) {
      const auto& f = *report_.fields.frequency;
      const double per = f.per == Per::day ? 7 : f.per == Per::week ? 1 : f.per == Per::month ? 7.0 / 30.44 : 7.0 / 365.25;
      const double occurrences_per_week = std::max(1e-9, f.count * per);
      double each = std::max(1.0, std::floor(pace / occurrences_per_week));
      // Two a session reads better than one ("Solve 2 LeetCode problems every day") and is
      // chosen when it stays comfortably within the activity's limits.
      if (each == 1 && activity >= 0) {
        const auto& a = pack_.smart.activity_list[static_cast<std::size_t>(activity)];
        const double comfortable = pack_.smart.ambitious_fraction * kComfort;
        if (2 * occurrences_per_week <= a.max_per_week * comfortable && 2 * occurrences_per_week / 7 <= a.max_per_day * comfortable)
          each = 2;
      }
      return count_text(each);
    }
    const double weeks = std::min(static_cast<double>(rules_.max_count_weeks), std::max(1.0, std::round(window() / 7.0)));
    return count_text(pace * weeks);
  }

  std::string deadline_phrase() const { return msg("phrase_deadline", {{"date", deadline_.to_iso()}}); }

  void recheck() { report_ = engine_.check_goal(text_, options_); }

  void set_text(std::string s) {
    text_ = capitalized(tidy(s));
    recheck();
  }

  void replace(const Span& span, const std::string& with) {
    std::string s = text_.substr(0, span.begin) + with + text_.substr(span.end);
    set_text(std::move(s));
  }

  // Inserts `words` at byte `at` with spaces around.
  void insert(std::size_t at, const std::string& words) { set_text(text_.substr(0, at) + " " + words + " " + text_.substr(at)); }

  // Before the closing punctuation, if any.
  void append(const std::string& words) {
    std::size_t end = text_.size();
    while (end > 0 && (text_[end - 1] == '.' || text_[end - 1] == '!' || text_[end - 1] == '?' || text_[end - 1] == ' '))
      --end;
    insert(end, words);
  }

  void note(Criterion c, const char* kind, std::string before, std::string after, std::string_view key) {
    GoalChange ch;
    ch.criterion = c;
    ch.kind = kind;
    const std::string aspect_title = pack_.smart.aspect_list[static_cast<std::size_t>(aspect_)].title;
    ch.description = msg(key, {{"before", before}, {"after", after}, {"aspect", aspect_title}});
    ch.before = std::move(before);
    ch.after = std::move(after);
    changes_.push_back(std::move(ch));
  }

  // The token that starts at byte `begin` of the current text, and the tokens.
  std::optional<std::size_t> token_at(const text::TokenizedText& tt, std::size_t begin) const {
    for (std::size_t k = 0; k < tt.tokens.size(); ++k)
      if (tt.tokens[k].begin == begin) return k;
    return std::nullopt;
  }

  // ---------------------------------------------------------------- the fixes
  bool fix_time() {
    const auto& t = report_[Criterion::time_bound];
    if (t.verdict == Verdict::met) return false;
    const std::string by = deadline_phrase();
    if (const auto* e = find_rule(t, "past_deadline")) {
      const std::string before = e->text;
      replace(e->span, by);
      note(Criterion::time_bound, "past_deadline", before, by, "change_past_deadline");
    } else if (const auto* e2 = find_rule(t, "vague_time")) {
      const std::string before = e2->text;
      replace(e2->span, by);
      note(Criterion::time_bound, "vague_time", before, by, "change_vague_time");
    } else if (const auto* e3 = find_rule(t, "open_recurrence")) {
      const std::string before = e3->text;
      const std::string after = before + " " + msg("phrase_until", {{"date", deadline_.to_iso()}});
      replace(e3->span, after);
      note(Criterion::time_bound, "end_recurrence", before, after, "change_end_recurrence");
    } else if (const auto* e4 = find_rule(t, "event_anchor")) {
      const std::string before = e4->text;
      replace(e4->span, by);
      note(Criterion::time_bound, "event", before, by, "change_event");
    } else {
      append(by);
      note(Criterion::time_bound, "deadline", "", by, "change_deadline");
    }
    return true;
  }

  bool fix_absolute() {
    const auto* e = find_rule(report_[Criterion::achievable], "absolute");
    if (!e) return false;
    const std::string before = e->text;
    const auto tt = text::tokenize(text_);
    packs::AbsoluteFix fix;
    if (const auto k = token_at(tt, e->span.begin))
      if (const auto m = rules_.absolutes.longest_at(tt.tokens, *k)) fix = rules_.absolute_fixes[static_cast<std::size_t>(m->payload)];
    replace(e->span, fix.replace);
    if (!fix.append.empty()) append(fix.append);
    const std::string after = !fix.replace.empty() ? fix.replace : fix.append;
    note(Criterion::achievable, "absolute", before, after, after.empty() ? "change_absolute" : "change_absolute_target");
    return true;
  }

  bool fix_outside_control() {
    const auto* e = find_rule(report_[Criterion::achievable], "outside_control");
    if (!e) return false;
    const std::string before = e->text;
    int target = rules_.default_outside_aspect;
    const auto tt = text::tokenize(text_);
    if (const auto k = token_at(tt, e->span.begin))
      if (const auto m = rules_.outside_control.longest_at(tt.tokens, *k)) target = m->payload;
    const auto& a = rules_.aspects[static_cast<std::size_t>(target)];
    std::string clause = fill_count(a.clause, count_for(a.activity, false));
    if (e->span.begin > 0) clause = decapitalized(clause);
    replace(e->span, clause);
    note(Criterion::achievable, "outside_control", before, clause, "change_outside_control");
    return true;
  }

  bool fix_specific() {
    const auto& s = report_[Criterion::specific];
    if (s.verdict == Verdict::met) return false;
    const auto& a = aspect();
    if (const auto* v = find_rule(s, "vague_verb"); v && report_.fields.object && s.verdict == Verdict::partial) {
      // "Improve my communication skills": keep the object, give it an action.
      const std::string before = v->text;
      replace(v->span, v->span.begin == 0 ? capitalized(a.verb) : a.verb);
      note(Criterion::specific, "verb", before, a.verb, "change_verb");
      return true;
    }
    if (const auto* v = find_rule(s, "action_verb"); v && !report_.fields.object && a.activity >= 0) {
      // "Practise every day": say on what.
      const auto& act = pack_.smart.activity_list[static_cast<std::size_t>(a.activity)];
      const std::string count = count_for(a.activity);
      const std::string object = count + " " + (count == "1" ? act.singular : act.plural);
      insert(v->span.end, object);
      note(Criterion::specific, "object", "", object, "change_object");
      return true;
    }
    if (const auto* o = find_rule(s, "concrete_object"); o && s.verdict == Verdict::partial && !find_rule(s, "action_verb")) {
      // "4 mock interviews by Friday": start with the verb of what it counts.
      std::string verb = a.verb;
      if (report_.fields.quantity) {
        for (std::size_t k = 0; k < pack_.smart.activity_list.size(); ++k)
          if (pack_.smart.activity_list[k].id == report_.fields.quantity->unit && !rules_.activities[k].verb.empty())
            verb = rules_.activities[k].verb;
      }
      set_text(verb + " " + decapitalized(text_));
      note(Criterion::specific, "action", "", verb, "change_action");
      return true;
    }
    // No concrete action at all ("Get better at interviews"): a concrete action first, the
    // learner's aim as its purpose.
    std::string goal = text_;
    while (!goal.empty() && (goal.back() == '.' || goal.back() == '!' || goal.back() == '?')) goal.pop_back();
    const std::string clause = fill_count(a.clause, count_for(a.activity, false));
    set_text(msg("phrase_purpose", {{"clause", clause}, {"goal", decapitalized(goal)}}) + ".");
    note(Criterion::specific, "action", "", clause, "change_action");
    return true;
  }

  bool fix_measurable() {
    const auto& m = report_[Criterion::measurable];
    if (m.verdict == Verdict::met) return false;
    // An activity without a count ("Solve LeetCode problems every day"): put the number in.
    const auto tt = text::tokenize(text_);
    std::vector<std::uint32_t> roles(tt.tokens.size());
    for (std::size_t k = 0; k < roles.size(); ++k) roles[k] = pack_.smart.roles_of(tt.tokens[k]);
    for (std::size_t k = 0; k < tt.tokens.size(); ++k) {
      if (!(roles[k] & packs::kRoleActivity)) continue;
      const auto hit = pack_.smart.activities.longest_at(tt.tokens, k);
      if (!hit) continue;
      if (k > 0 && tt.tokens[k - 1].kind == text::TokenKind::number) break;
      // A count goes right after the verb ("Solve LeetCode problems"); after "my" or "the" it
      // would not read ("my 6 elevator pitch"), so the aspect's own count phrase is used instead.
      if (k == 0 || !(roles[k - 1] & packs::kRoleVerb)) break;
      const std::string count = count_for(hit->payload);
      // Read before the insert: the tokens point into the current text.
      const std::string after = count + " " + std::string(tt.raw(k, k + hit->length - 1));
      insert(tt.tokens[k].begin, count);
      note(Criterion::measurable, "quantity", "", after, "change_quantity");
      return true;
    }
    // Otherwise a count of the aspect's practice, right after what the goal works on.
    const auto& a = aspect();
    const std::string measure = fill_count(a.measure, count_for(a.activity));
    std::size_t at = std::string::npos;
    if (report_.fields.object) {
      const auto found = text_.find(*report_.fields.object);
      if (found != std::string::npos) at = found + report_.fields.object->size();
    }
    if (at == std::string::npos && !report_.time_expressions.empty()) at = report_.time_expressions.front().span.begin;
    if (at == std::string::npos)
      append(measure);
    else
      insert(at, measure);
    note(Criterion::measurable, "quantity", "", measure, "change_quantity");
    return true;
  }

  bool fix_relevant() {
    if (report_[Criterion::relevant].verdict == Verdict::met) return false;
    const std::string link = fill_count(aspect().link, count_for(aspect().activity));
    append(link);
    note(Criterion::relevant, "relevance", "", link, "change_relevance");
    return true;
  }

  bool fix_workload() {
    const auto& a = report_[Criterion::achievable];
    if (a.verdict == Verdict::met || !report_.fields.workload || !report_.fields.quantity) return false;
    const auto& w = *report_.fields.workload;
    const auto& q = *report_.fields.quantity;
    if (w.per_day <= 0) return false;
    // The most per day that is met with room to spare: under the ambitious share of both limits.
    double limit = w.limit_per_day;
    for (const auto& act : pack_.smart.activity_list)
      if (act.id == w.activity) limit = std::min(act.max_per_day, act.max_per_week / 7);
    const double target = limit * pack_.smart.ambitious_fraction * kComfort;
    const double lowered = std::floor(q.value * target / w.per_day);
    if (lowered >= 2 && lowered < q.value) {
      const std::string before = q.text;
      const std::string number = count_text(lowered);
      std::string after = q.text;
      const auto tt = text::tokenize(q.text);
      if (!tt.tokens.empty() && tt.tokens[0].kind == text::TokenKind::number)
        after = number + q.text.substr(tt.tokens[0].end);
      else
        after = number + " " + q.text;
      replace(q.span, after);
      note(Criterion::achievable, "lower_quantity", before, after, "change_lower_quantity");
      return true;
    }
    // Too much even once: keep the amount and give it the time it needs.
    if (report_.fields.frequency) return false;
    const double total = w.total > 0 ? w.total : q.value;
    const long days = static_cast<long>(std::ceil(total / std::max(1e-9, target)));
    const auto* bound = find_rule(report_[Criterion::time_bound], "deadline");
    if (!bound) bound = find_rule(report_[Criterion::time_bound], "time_window");
    if (!bound) return false;
    deadline_ = Date::from_days_since_epoch(today_.days_since_epoch() + days - 1);
    const std::string before = bound->text;
    const std::string after = deadline_phrase();
    replace(bound->span, after);
    note(Criterion::achievable, "lower_quantity", before, after, "change_lower_quantity");
    return true;
  }

  // The last resort: the aspect's own clause with a deadline, which the pack's tests keep SMART.
  void rewrite() {
    const auto& a = aspect();
    report_ = before_;  // counts from the original window
    std::string goal = fill_count(a.clause, count_for(a.activity, false)) + " " + deadline_phrase() + ".";
    changes_.clear();
    set_text(goal);
    note(Criterion::specific, "rewrite", before_.text, text_, "change_rewrite");
  }

  const Engine& engine_;
  const detail::CompiledPack& pack_;
  const packs::ImproveRules& rules_;
  Date today_;
  std::string text_;
  CheckOptions options_;
  int window_days_ = 14;
  Date deadline_;
  SmartReport report_;
  SmartReport before_;
  int aspect_ = 0;
  std::vector<GoalChange> changes_;
};

}  // namespace

ImprovedGoal improve_goal(const Engine& engine, std::string_view text, std::optional<Date> today,
                          const ImproveContext& context) {
  const Date day = today ? *today : Date::today();
  if (context.window_days && (*context.window_days < 1 || *context.window_days > 3650))
    throw Error(ErrorCode::invalid_argument, "window_days must be 1 to 3650", "/window_days");
  if (context.deadline && *context.deadline < day)
    throw Error(ErrorCode::invalid_argument, "the deadline " + context.deadline->to_iso() + " is before today", "/deadline");
  return Improver(engine, text, day, context).run();
}

std::string improved_goal_to_json(const ImprovedGoal& g, int indent) {
  packs::JsonWriter w(-1);
  w.begin_object()
      .member("schema", "goalsmith.improved_goal/1")
      .member("original", g.original)
      .member("text", g.text)
      .member("all_met", g.all_met());
  w.key("changes").begin_array();
  for (const auto& c : g.changes)
    w.begin_object()
        .member("criterion", to_string(c.criterion))
        .member("kind", c.kind)
        .member("before", c.before)
        .member("after", c.after)
        .member("description", c.description)
        .end_object();
  w.end_array();
  w.key("before").raw(report_to_json(g.before));
  w.key("after").raw(report_to_json(g.after));
  w.end_object();
  std::string line = w.take();
  if (indent < 0) return line;
  return nlohmann::ordered_json::parse(line).dump(indent);
}

ImproveContext improve_context_from_json(std::string_view json) {
  const packs::Json document = packs::parse_json(json, "improve context");
  const packs::JsonReader root(document, "");
  root.expect_object({"schema", "focus", "deadline", "window_days"});
  if (auto s = root.find("schema"); s && s->string() != "goalsmith.improve_context/1")
    s->fail("unsupported schema \"" + s->string() + "\" (expected \"goalsmith.improve_context/1\")");
  ImproveContext c;
  if (auto f = root.find("focus")) c.focus = f->string_list();
  if (auto d = root.find("deadline"); d && !d->json().is_null()) c.deadline = d->iso_date();
  if (auto n = root.find("window_days"); n && !n->json().is_null()) c.window_days = static_cast<int>(n->integer_in(1, 3650));
  return c;
}

}  // namespace goalsmith
