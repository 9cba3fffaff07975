// language pack layer: the words and sentences of the SMART goals worksheet ("worksheet"
// section of a pack): the keys of the Markdown form, the cue words each justification is read
// for, the score bands and every comment written to the learner.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "packs/lexicon.hpp"
#include "packs/messages.hpp"

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

/// Reads and validates the "worksheet" section. Throws Error with the JSON path; the form labels
/// the blank form writes must be words the reader accepts, so every blank form reads back.
void compile_worksheet_rules(const JsonReader& section, const Inflection& inflection, WorksheetRules& out);

}  // namespace goalsmith::packs
