#include "packs/smart_rules.hpp"

#include <algorithm>
#include <set>

namespace goalsmith::packs {

int SmartRules::aspect_index(const std::string& id) const {
  for (std::size_t i = 0; i < aspect_list.size(); ++i)
    if (aspect_list[i].id == id) return static_cast<int>(i);
  return -1;
}

std::uint32_t SmartRules::roles_of(const text::Token& token) const {
  std::uint32_t roles = 0;
  if (const auto* r = first_word_roles.find(token.norm, token.hash)) roles = *r;
  if (inflection && token.kind == text::TokenKind::word && !inflected_word_roles.empty()) {
    std::string scratch;
    for_each_base_form(token.norm, *inflection, scratch, [&](std::string_view form) {
      if (const auto* r = inflected_word_roles.find(form)) roles |= *r;
    });
  }
  return roles;
}

std::vector<PhraseHit> scan_phrases(const PhraseLexicon& lexicon, std::uint32_t role,
                                    const std::vector<text::Token>& tokens, const std::vector<std::uint32_t>& roles,
                                    std::size_t first, std::size_t last) {
  std::vector<PhraseHit> hits;
  if (tokens.empty()) return hits;
  last = std::min(last, tokens.size() - 1);
  for (std::size_t i = first; i <= last;) {
    if (!(roles[i] & role)) {
      ++i;
      continue;
    }
    auto m = lexicon.longest_at(tokens, i);
    if (m && i + m->length - 1 <= last) {
      hits.push_back({i, i + m->length - 1, m->payload});
      i += m->length;
    } else {
      ++i;
    }
  }
  return hits;
}

std::vector<PhraseHit> find_aspects(const SmartRules& rules, const std::vector<text::Token>& tokens,
                                    const std::vector<std::uint32_t>& roles) {
  return scan_phrases(rules.aspects, kRoleAspect, tokens, roles);
}

namespace {

void read_ids(const JsonReader& item, std::set<std::string>& seen, std::string& id) {
  id = item.at("id").non_empty_string();
  if (!seen.insert(id).second) item.at("id").fail("duplicate id \"" + id + "\"", ErrorCode::pack);
}

}  // namespace

void compile_smart_rules(const JsonReader& section, const Inflection& inflection, SmartRules& out) {
  section.expect_object({"action_verbs", "vague_verbs", "vague_states", "vague_objects", "function_words",
                         "object_stops", "verb_introducers", "absolutes", "outside_control", "vague_time", "event_anchors", "event_anchor_openers",
                         "weak_relevance", "single_articles", "comparators", "aspects",
                         "activities", "units", "limits"});
  out.verbs.set_inflection(&inflection);
  out.outside_control.set_inflection(&inflection);
  out.verbs.add_all(section.at("action_verbs"), kActionVerb);
  out.verbs.add_all(section.at("vague_verbs"), kVagueVerb);
  out.verbs.add_all(section.at("vague_states"), kVagueState);
  out.vague_objects.add_all(section.at("vague_objects"), 0);
  out.function_words.add_all(section.at("function_words"), 0);
  out.object_stops.add_all(section.at("object_stops"), 0);
  out.verb_introducers.add_all(section.at("verb_introducers"), 0);
  out.absolutes.add_all(section.at("absolutes"), 0);
  out.outside_control.add_all(section.at("outside_control"), 0);
  out.vague_time.add_all(section.at("vague_time"), 0);
  out.event_anchors.add_all(section.at("event_anchors"), 0);
  out.event_anchor_openers.add_all(section.at("event_anchor_openers"), 0);
  out.weak_relevance.add_all(section.at("weak_relevance"), 0);
  out.single_articles.add_all(section.at("single_articles"), 0);

  {
    const auto comparators = section.at("comparators");
    comparators.expect_any_object();
    for (auto it = comparators.json().begin(); it != comparators.json().end(); ++it) {
      const auto id = static_cast<std::int32_t>(out.comparator_ids.size());
      out.comparator_ids.push_back(it.key());
      out.comparators.add_all(comparators.at(it.key()), id);
    }
  }
  {
    const auto aspects = section.at("aspects");
    const std::size_t n = aspects.expect_array();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const auto item = aspects.at(i);
      item.expect_object({"id", "title", "general", "words"});
      Aspect a;
      read_ids(item, seen, a.id);
      a.title = item.at("title").non_empty_string();
      if (auto general = item.find("general")) a.general = general->boolean();
      out.aspects.add_all(item.at("words"), static_cast<std::int32_t>(i));
      out.aspect_list.push_back(std::move(a));
    }
    if (n == 0) aspects.fail("a pack needs at least one aspect", ErrorCode::pack);
  }
  {
    const auto activities = section.at("activities");
    const std::size_t n = activities.expect_array();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const auto item = activities.at(i);
      item.expect_object({"id", "singular", "plural", "words", "max_per_day", "max_per_week"});
      Activity a;
      read_ids(item, seen, a.id);
      a.singular = item.at("singular").non_empty_string();
      a.plural = item.at("plural").non_empty_string();
      a.max_per_day = item.at("max_per_day").number_in(0.01, 1e6);
      a.max_per_week = item.at("max_per_week").number_in(0.01, 1e6);
      if (a.max_per_week < a.max_per_day)
        item.at("max_per_week").fail("max_per_week is below max_per_day", ErrorCode::pack);
      out.activities.add_all(item.at("words"), static_cast<std::int32_t>(i));
      out.activity_list.push_back(std::move(a));
    }
  }
  {
    const auto units = section.at("units");
    const std::size_t n = units.expect_array();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < n; ++i) {
      const auto item = units.at(i);
      item.expect_object({"id", "kind", "seconds", "words"});
      Unit u;
      read_ids(item, seen, u.id);
      const std::string kind = item.at("kind").string();
      if (kind == "count") u.kind = UnitKind::count;
      else if (kind == "duration") u.kind = UnitKind::duration;
      else if (kind == "percent") u.kind = UnitKind::percent;
      else if (kind == "score") u.kind = UnitKind::score;
      else item.at("kind").fail("expected \"count\", \"duration\", \"percent\" or \"score\", found \"" + kind + "\"");
      if (u.kind == UnitKind::duration) u.seconds = item.at("seconds").number_in(0.001, 1e9);
      else if (item.has("seconds")) item.at("seconds").fail("only duration units have seconds");
      out.units.add_all(item.at("words"), static_cast<std::int32_t>(i));
      out.unit_list.push_back(std::move(u));
    }
  }
  // Index which lexicons each first word can start, so a check probes a lexicon only where a
  // phrase of it can begin.
  out.inflection = &inflection;
  const std::pair<const PhraseLexicon*, std::uint32_t> lexicons[] = {
      {&out.verbs, kRoleVerb},
      {&out.vague_objects, kRoleVagueObject},
      {&out.function_words, kRoleFunctionWord},
      {&out.object_stops, kRoleObjectStop},
      {&out.verb_introducers, kRoleVerbIntroducer},
      {&out.absolutes, kRoleAbsolute},
      {&out.outside_control, kRoleOutsideControl},
      {&out.vague_time, kRoleVagueTime},
      {&out.weak_relevance, kRoleWeakRelevance},
      {&out.single_articles, kRoleSingleArticle},
      {&out.comparators, kRoleComparator},
      {&out.aspects, kRoleAspect},
      {&out.activities, kRoleActivity},
      {&out.units, kRoleUnit},
      {&out.event_anchors, kRoleEventAnchor},
      {&out.event_anchor_openers, kRoleEventOpener}};
  for (const auto& [lexicon, role] : lexicons) {
    lexicon->for_each_first_word([&, r = role, inflects = lexicon->inflected()](const std::string& word) {
      out.first_word_roles[word] |= r;
      if (inflects) out.inflected_word_roles[word] |= r;
    });
  }

  {
    const auto limits = section.at("limits");
    limits.expect_object({"duration_minutes_per_day", "ambitious_fraction", "suggested_deadline_days",
                          "max_object_words"});
    out.duration_limit_minutes_per_day = limits.at("duration_minutes_per_day").number_in(1, 24 * 60);
    out.ambitious_fraction = limits.at("ambitious_fraction").number_in(0.05, 1);
    out.suggested_deadline_days = static_cast<int>(limits.at("suggested_deadline_days").integer_in(1, 3650));
    out.max_object_tokens = static_cast<int>(limits.at("max_object_words").integer_in(1, 64));
  }
}

}  // namespace goalsmith::packs
