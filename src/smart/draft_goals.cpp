// analyzers: SMART goal drafts from a feedback analysis (include/goalsmith/drafts.hpp).
#include "goalsmith/drafts.hpp"

#include "smart/draft.hpp"

#include <algorithm>

#include "packs/compiled_pack.hpp"
#include "packs/json_reader.hpp"
#include "packs/json_writer.hpp"
#include "text/tokenize.hpp"

namespace goalsmith {
namespace {

using packs::GoalPattern;

constexpr const char* kDraftsSchema = "goalsmith.goal_drafts/1";
constexpr const char* kOptionsSchema = "goalsmith.draft_options/1";

std::optional<std::size_t> aspect_index(const detail::CompiledPack& pack, std::string_view id) {
  const auto& list = pack.smart.aspect_list;
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].id == id) return i;
  return std::nullopt;
}

// The patterns of an aspect to try, best first: those whose cue words occur in the evidence
// (in pack order), then the aspect's fallback.
std::vector<const GoalPattern*> candidates(const std::vector<GoalPattern>& patterns,
                                           std::string_view evidence) {
  std::vector<const GoalPattern*> out;
  const auto tokens = text::tokenize(evidence).tokens;
  for (const GoalPattern& p : patterns) {
    if (p.when.empty()) {
      out.push_back(&p);
      continue;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (p.when.longest_at(tokens, i)) {
        out.push_back(&p);
        break;
      }
    }
  }
  return out;
}

class Drafter {
 public:
  Drafter(const Engine& engine, Date today)
      : engine_(engine), pack_(engine.pack().compiled()), rules_(pack_.goals), today_(today) {}

  // The first pattern of the aspect whose sentence meets all five criteria with the aspect as
  // focus; nullopt when none does (the pack tests make sure every pattern does).
  std::optional<DraftedGoal> draft(std::size_t aspect, const GoalSource& source) const {
    const auto& patterns = rules_.by_aspect[aspect];
    for (const GoalPattern* p : candidates(patterns, source.text)) {
      const Date deadline = Date::from_days_since_epoch(today_.days_since_epoch() + p->days - 1);
      const std::string count = std::to_string(p->count);
      DraftedGoal d;
      d.text = rules_.texts.format(p->text_key, {{"count", count}, {"date", deadline.to_iso()}});
      CheckOptions options;
      options.today = today_;
      options.focus = {pack_.smart.aspect_list[aspect].id};
      d.report = engine_.check_goal(d.text, options);
      if (!all_met(d.report)) continue;
      d.aspect = pack_.smart.aspect_list[aspect].id;
      d.aspect_title = pack_.smart.aspect_list[aspect].title;
      d.source = source;
      d.rationale = rationale(d);
      return d;
    }
    return std::nullopt;
  }

 private:
  static bool all_met(const SmartReport& r) {
    return std::all_of(r.criteria.begin(), r.criteria.end(),
                       [](const CriterionResult& c) { return c.verdict == Verdict::met; });
  }

  std::string rationale(const DraftedGoal& d) const {
    if (d.source.kind == "mindset")
      return rules_.messages.format("rationale_mindset", {{"evidence", d.source.text}});
    if (d.source.field == to_string(FindingSource::rating))
      return rules_.messages.format("rationale_rating", {{"aspect", d.aspect_title}, {"rating", d.source.text}});
    return rules_.messages.format("rationale_feedback", {{"aspect", d.aspect_title}, {"evidence", d.source.text}});
  }

  const Engine& engine_;
  const detail::CompiledPack& pack_;
  const packs::GoalRules& rules_;
  Date today_;
};

// The evidence of an area: its heaviest improve finding (the first of equals, so the earliest).
const FeedbackFinding* strongest(const FeedbackAnalysis& analysis, const AreaToImprove& area) {
  const FeedbackFinding* best = nullptr;
  for (const std::size_t i : area.findings) {
    if (i >= analysis.findings.size()) continue;
    const FeedbackFinding& f = analysis.findings[i];
    if (best == nullptr || f.weight > best->weight) best = &f;
  }
  return best;
}

}  // namespace

namespace smart {

std::optional<DraftedGoal> draft_for_aspect(const Engine& engine, std::size_t aspect, const GoalSource& source,
                                            Date today) {
  return Drafter(engine, today).draft(aspect, source);
}

}  // namespace smart

std::vector<DraftedGoal> draft_goals(const Engine& engine, const FeedbackAnalysis& analysis,
                                     const DraftOptions& options, const MindsetReport* mindset) {
  const auto& pack = engine.pack().compiled();
  if (options.count == 0 || options.count > pack.goals.max_drafts)
    throw Error(ErrorCode::invalid_argument,
                "count must be between 1 and " + std::to_string(pack.goals.max_drafts), "/count");
  const Drafter drafter(engine, options.today ? *options.today : Date::today());
  std::vector<DraftedGoal> out;
  std::vector<bool> covered(pack.smart.aspect_list.size(), false);

  auto offer = [&](std::string_view aspect_id, const GoalSource& source) {
    if (out.size() >= options.count) return;
    const auto aspect = aspect_index(pack, aspect_id);
    if (!aspect || covered[*aspect]) return;
    if (auto d = drafter.draft(*aspect, source)) {
      covered[*aspect] = true;
      out.push_back(std::move(*d));
    }
  };

  for (const AreaToImprove& area : analysis.areas_to_improve) {
    GoalSource source;
    source.kind = "feedback";
    source.session_id = analysis.session_id;
    source.aspect = area.aspect;
    if (const FeedbackFinding* f = strongest(analysis, area)) {
      source.question_id = f->question_id;
      source.field = to_string(f->source);
      source.span = f->span;
      source.text = f->text;
    }
    offer(area.aspect, source);
  }
  if (mindset != nullptr) {
    for (const MindsetFinding& f : mindset->findings) {
      if (!f.skill || !f.skill->aspect) continue;
      GoalSource source;
      source.kind = "mindset";
      source.aspect = *f.skill->aspect;
      source.field = "reflection";
      source.span = f.span;
      source.text = f.text;
      offer(*f.skill->aspect, source);
    }
  }
  return out;
}

std::string goal_drafts_to_json(const std::vector<DraftedGoal>& drafts, const Date& today,
                                const std::string& session_id, int indent) {
  packs::JsonWriter w(indent);
  w.begin_object();
  w.member("schema", kDraftsSchema);
  w.member("today", today.to_iso());
  w.member("session_id", session_id);
  w.key("drafts").begin_array();
  for (const DraftedGoal& d : drafts) {
    w.begin_object();
    w.member("text", d.text);
    w.member("aspect", d.aspect);
    w.member("aspect_title", d.aspect_title);
    w.key("source").begin_object();
    w.member("kind", d.source.kind);
    w.member("session_id", d.source.session_id);
    w.member("question_id", d.source.question_id);
    w.member("aspect", d.source.aspect);
    w.member("field", d.source.field);
    w.key("span").begin_array().value(d.source.span.begin).value(d.source.span.end).end_array();
    w.member("text", d.source.text);
    w.end_object();
    w.member("rationale", d.rationale);
    w.key("report").raw(report_to_json(d.report));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

DraftOptions draft_options_from_json(std::string_view json) {
  const packs::Json doc = packs::parse_json(json, "draft options");
  const packs::JsonReader root(doc, "");
  root.expect_object({"schema", "today", "count"});
  DraftOptions o;
  if (auto s = root.find("schema"); s && s->string() != kOptionsSchema)
    s->fail(std::string("expected \"") + kOptionsSchema + "\"");
  if (auto t = root.find("today"); t && !t->json().is_null()) o.today = t->iso_date();
  if (auto c = root.find("count")) o.count = static_cast<std::size_t>(c->integer_in(1, 100));
  return o;
}

}  // namespace goalsmith
