// language pack layer: the words and sentences of the SMART goals worksheet ("worksheet"
// section of a pack): the keys of the Markdown form, the cue words each justification is read
// for, the score bands and every comment written to the learner.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "packs/lexicon.hpp"
#include "packs/messages.hpp"
#include "packs/smart_rules.hpp"

namespace goalsmith::packs {

/// Which field a "Key: value" line or a heading of the Markdown form names.
enum WorksheetField : std::int32_t {
  kFieldLearner = 0,
  kFieldDate = 1,
  kFieldSession = 2,
  kFieldAspects = 3,
};

/// A score band: the first band whose min_score the score reaches names the overall comment.
struct ScoreBand {
  std::string id;
  double min_score = 0;
};

/// Cue lexicons a justification is read with. Indexed as below; matched with inflection.
enum WorksheetCue : std::size_t {
  kCueSpecific = 0,
  kCueMeasurable = 1,
  kCueResources = 2,
  kCueExperience = 3,
  kCueRelevant = 4,
  kCueTimeBound = 5,
  kCueCount = 6,
};

struct WorksheetRules {
  PhraseLexicon header_keys;       ///< payload WorksheetField
  PhraseLexicon feedback_headings; ///< "feedback"
  PhraseLexicon goal_headings;     ///< "goal"
  PhraseLexicon statement_keys;    ///< "goal", "statement"
  std::array<PhraseLexicon, kCueCount> cues;
  std::vector<ScoreBand> bands;    ///< highest min_score first; the last one has min_score 0
  Messages messages;
};

/// How improve_goal fixes one kind of weakness for an aspect ("improve" section).
struct ImproveAspect {
  int aspect = -1;       ///< index into SmartRules::aspect_list
  int activity = -1;     ///< index into SmartRules::activity_list, or -1 (counts without a limit)
  std::string verb;      ///< a concrete verb that replaces a vague one ("practise")
  std::string clause;    ///< a whole action with "{count}" ("Rehearse {count} STAR stories out loud")
  std::string measure;   ///< a count to append ("with {count} STAR stories")
  std::string link;      ///< words that tie any goal to the aspect ("and turn it into a STAR story ...")
};

/// A suggested pace and verb per activity.
struct ImproveActivity {
  std::string verb;        ///< "do" for mock interviews
  double per_week = 1;     ///< a comfortable pace, well under the activity's limit
};

/// What replaces an absolute: `replace` in its place, or nothing and `append` at the end.
struct AbsoluteFix {
  std::string replace;
  std::string append;
};

struct ImproveRules {
  int window_days = 14;
  int default_aspect = 0;
  int default_outside_aspect = 0;
  double default_per_week = 1;  ///< pace for aspects whose clause counts no activity
  int max_count_weeks = 4;      ///< a count added to a goal covers at most this many weeks of practice
  std::vector<ImproveActivity> activities;  ///< indexed like SmartRules::activity_list (verb "" = none given)
  std::vector<ImproveAspect> aspects;        ///< indexed like SmartRules::aspect_list (unlisted: the default's)
  PhraseLexicon absolutes;                   ///< payload: index into absolute_fixes
  std::vector<AbsoluteFix> absolute_fixes;
  PhraseLexicon outside_control;             ///< payload: aspect index to aim at instead
  Messages messages;
};

/// Reads and validates the "improve" section against the compiled "smart" rules: every activity
/// and aspect id must exist; aspects without an entry use the default aspect's. Throws Error
/// with the JSON path.
void compile_improve_rules(const JsonReader& section, const Inflection& inflection, const SmartRules& smart,
                           ImproveRules& out);

/// Reads and validates the "worksheet" section. Throws Error with the JSON path; the form labels
/// the blank form writes must be words the reader accepts, so every blank form reads back.
void compile_worksheet_rules(const JsonReader& section, const Inflection& inflection, WorksheetRules& out);

}  // namespace goalsmith::packs
