// language pack layer: the lexicons of the SMART check ("smart" section of a pack).
#pragma once

#include <string>
#include <vector>

#include "packs/lexicon.hpp"

namespace goalsmith::packs {

/// An interview or job-search aspect ("communication") and the words that name it.
struct Aspect {
  std::string id;
  std::string title;  ///< shown in explanations ("communication")
  bool general = false;  ///< names the whole field ("interview"): relevant, but not a concrete object
};

/// Something a learner does in sessions, with the most of it that is realistic.
struct Activity {
  std::string id;
  std::string singular;   ///< "mock interview"
  std::string plural;     ///< "mock interviews"
  double max_per_day = 0;
  double max_per_week = 0;
};

enum class UnitKind { count, duration, percent, score };

/// A unit a quantity can count ("story", "minute", "percent").
struct Unit {
  std::string id;
  UnitKind kind = UnitKind::count;
  double seconds = 0;  ///< duration units only
};

/// Payload of a phrase in SmartRules::verbs.
enum VerbClass : std::int32_t {
  kActionVerb = 0,  ///< "rehearse", "write"
  kVagueVerb = 1,   ///< "improve", "work on": vague, but may point at a concrete object
  kVagueState = 2,  ///< "be more", "feel confident": a state, never an action
};

/// One bit per lexicon of SmartRules: the roles a word can start. Looked up once per token so
/// that each lexicon is probed only where a phrase can begin.
enum SmartRole : std::uint32_t {
  kRoleVerb = 1u << 0,
  kRoleVagueObject = 1u << 1,
  kRoleFunctionWord = 1u << 2,
  kRoleObjectStop = 1u << 3,
  kRoleVerbIntroducer = 1u << 4,
  kRoleAbsolute = 1u << 5,
  kRoleOutsideControl = 1u << 6,
  kRoleVagueTime = 1u << 7,
  kRoleWeakRelevance = 1u << 8,
  kRoleSingleArticle = 1u << 9,
  kRoleComparator = 1u << 10,
  kRoleAspect = 1u << 11,
  kRoleActivity = 1u << 12,
  kRoleUnit = 1u << 13,
  kRoleEventAnchor = 1u << 14,
  kRoleEventOpener = 1u << 15,
};

/// A phrase found in a text: tokens [first, last] and the lexicon payload.
struct PhraseHit {
  std::size_t first = 0;  ///< inclusive token range
  std::size_t last = 0;
  std::int32_t payload = 0;
};

/// The phrases of `lexicon` in tokens[first, last] (inclusive; last clamped to the text), left
/// to right, the longest at each position, probing only tokens whose `roles` (SmartRules::roles_of)
/// have `role`. The one scanner the SMART check and the mindset check use for aspects, verbs, ...
std::vector<PhraseHit> scan_phrases(const PhraseLexicon& lexicon, std::uint32_t role,
                                    const std::vector<text::Token>& tokens, const std::vector<std::uint32_t>& roles,
                                    std::size_t first = 0, std::size_t last = static_cast<std::size_t>(-1));

struct SmartRules {
  PhraseLexicon verbs;            ///< action verbs, vague verbs and vague states (payload VerbClass)
  PhraseLexicon vague_objects;    ///< "stuff", "things", "better"
  PhraseLexicon function_words;   ///< articles, pronouns, auxiliaries: skipped in objects
  PhraseLexicon object_stops;     ///< words that end an object phrase ("so", "because")
  PhraseLexicon verb_introducers; ///< words after which a verb-list word is a verb ("to", "will")
  PhraseLexicon absolutes;        ///< "never", "perfectly", "every single"
  PhraseLexicon outside_control;  ///< "land a job", "get hired"
  PhraseLexicon vague_time;       ///< "soon", "someday"
  PhraseLexicon event_anchors;    ///< "my next interview": an end point that is an event, not a date
  PhraseLexicon event_anchor_openers;  ///< "before", "in", "during": what ties a goal to an event
  PhraseLexicon weak_relevance;   ///< "career", "skills": relevant only loosely
  PhraseLexicon single_articles;  ///< "a", "an", "one": count 1 before an activity
  PhraseLexicon comparators;      ///< "under", "at most" -> index into comparator_ids
  std::vector<std::string> comparator_ids;
  PhraseLexicon aspects;          ///< payload: index into aspect_list
  std::vector<Aspect> aspect_list;
  PhraseLexicon activities;       ///< payload: index into activity_list
  std::vector<Activity> activity_list;
  PhraseLexicon units;            ///< payload: index into unit_list
  std::vector<Unit> unit_list;

  double duration_limit_minutes_per_day = 240;  ///< most practice time a day that is realistic
  double ambitious_fraction = 0.75;  ///< above this share of a limit, Achievable is partial
  int suggested_deadline_days = 14;  ///< "Add a deadline, such as 'by <today + N>'"
  int max_object_tokens = 8;         ///< longest object phrase reported

  int aspect_index(const std::string& id) const;
  /// Bitwise OR of the SmartRole of every lexicon with a phrase that may start at `token`
  /// (inflected forms included for the lexicons that inflect).
  std::uint32_t roles_of(const text::Token& token) const;

  const Inflection* inflection = nullptr;
  HashIndex<std::uint32_t> first_word_roles;       ///< word -> roles, exact forms
  HashIndex<std::uint32_t> inflected_word_roles;   ///< base form -> roles of inflecting lexicons
};

/// The interview aspects named in a text (payload: index into rules.aspect_list), with the
/// roles of its tokens from rules.roles_of. Shared by the SMART check (Relevant, Specific) and
/// the feedback analysis (notes and concerns), so both read aspects the same way.
std::vector<PhraseHit> find_aspects(const SmartRules& rules, const std::vector<text::Token>& tokens,
                                    const std::vector<std::uint32_t>& roles);

/// Reads and validates the "smart" section. Throws Error with the JSON path.
void compile_smart_rules(const JsonReader& section, const Inflection& inflection, SmartRules& out);

}  // namespace goalsmith::packs
