// language pack layer: the "feedback" section of a pack (rating scales, the built-in template,
// cue phrases, per-aspect words, weights), and the readers of the feedback documents
// (goalsmith.feedback_template/1, goalsmith.feedback_session/1), which share the template's
// validation with the pack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/feedback.hpp"
#include "packs/json_reader.hpp"
#include "packs/lexicon.hpp"
#include "packs/smart_rules.hpp"

namespace goalsmith::packs {

/// How much each kind of evidence counts (pack: feedback.weights).
struct FeedbackWeights {
  double note = 1;             ///< a clause of an answer's notes
  double free_text = 1;        ///< a clause of the session's free-text strengths / improvements
  double softened = 0.6;       ///< factor for a hedged clause
  double rating = 1.5;         ///< a rating at the far end of the scale
  double answer = 1;           ///< a yes/no answer
  double strength_offset = 0.5;  ///< share of the strength score taken off an aspect's priority
  double concern = 3;          ///< a concern naming the aspect (recommendation)
  double history = 1;          ///< factor for an aspect's priority in earlier sessions
  double recurring = 1;        ///< bonus for a recurring aspect
  double history_decay = 0.5;  ///< each older session counts this much of the next one
};

struct FeedbackRules {
  std::vector<RatingScale> scales;
  FeedbackTemplate default_template;
  std::string general_aspect;  ///< pack aspect for what names no aspect (overall readiness)
  PhraseLexicon strength;      ///< "clearly", "well structured" (inflected)
  PhraseLexicon improve;       ///< "too", "forgot", "slow down" (inflected)
  PhraseLexicon softeners;     ///< "maybe", "a bit"
  PhraseLexicon negators;      ///< "not", "didn't", "without"
  PhraseLexicon clause_breaks; ///< "but", "however"
  PhraseLexicon ignore;        ///< "as well": phrases whose words are no cue
  PhraseLexicon aspect_words;  ///< feedback words of pack aspects (inflected); payload: smart aspect index
  int negation_window = 3;     ///< tokens before a cue in which a negator flips it
  int recurring_min_sessions = 2;
  double trend_threshold = 0.25;
  std::size_t max_recommendations = 20;
  FeedbackWeights weights;
};

/// Reads and validates the "feedback" section; template aspects and aspect_words keys must be
/// aspects of `smart`. Throws Error with the JSON path.
void compile_feedback_rules(const JsonReader& section, const Inflection& inflection, const SmartRules& smart,
                            FeedbackRules& out);

/// The message keys the feedback code formats (required of every pack).
const std::vector<std::string_view>& feedback_message_keys();

/// Reads a rating scale object.
RatingScale read_rating_scale(const JsonReader& r);
/// Checks a scale: at least two levels, values strictly increasing, non-empty labels,
/// ready_from one of the values. `path` is the JSON path of the scale.
void validate_rating_scale(const RatingScale& scale, const std::string& path);
/// Reads a template document. `named_scales` (the pack's) lets "scale" be a scale id; without
/// it "scale" must be an object. `require_schema`: documents carry "schema", the pack's does not.
/// Problems found by validate_template get `semantic_code` (json_schema in a document, pack in
/// a pack) and the JSON path under r.
FeedbackTemplate read_feedback_template(const JsonReader& r, const std::vector<RatingScale>* named_scales,
                                        bool require_schema, ErrorCode semantic_code = ErrorCode::json_schema);
/// `e` with `prefix` put before its where() and the code `code`.
Error relocated(const Error& e, const std::string& prefix, ErrorCode code);
/// Full validation of a template value; errors carry the JSON path the value has in the document.
void validate_template(const FeedbackTemplate& tmpl);
FeedbackSession read_feedback_session(const JsonReader& r);

}  // namespace goalsmith::packs
