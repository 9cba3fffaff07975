// goalsmith — feedback templates, feedback sessions and feedback analysis.
//
// After a mock interview the learner asks the interviewer two or three questions from a feedback
// template, chosen ahead of time by what worries them most (recommend_questions), and takes
// notes (a FeedbackSession). analyze_feedback reads the notes and ratings into strengths and
// areas to improve per aspect, with the byte spans of the notes that show each one;
// analyze_history finds the aspects that keep coming back over several sessions.
//
// Aspect ids are the pack's interview aspects (the ids of `smart.aspects`: "communication",
// "live_coding", ...), the same ids the SMART check accepts as focus, so a finding can become
// the focus of a goal draft. A custom template (a school's) may add aspects of its own, with
// the words that name them.
//
// Every cue word, reason and label comes from the language pack's "feedback" section and its
// messages (docs/pack-format.md). Documents: goalsmith.feedback_template/1,
// goalsmith.feedback_session/1, goalsmith.feedback_analysis/1,
// goalsmith.feedback_recommendation/1 and goalsmith.feedback_history/1 (docs/schemas/).
// All functions are thread-safe on a shared Engine. Added in 0.1.0.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/date.hpp"
#include "goalsmith/engine.hpp"
#include "goalsmith/export.hpp"
#include "goalsmith/smart.hpp"

namespace goalsmith {

// ------------------------------------------------------------------------------ templates

/// What answer a question expects.
enum class QuestionKind { open, rating, yes_no };

/// One named level of a rating scale ("strong hire" = 4).
struct ScaleLevel {
  int value = 0;
  std::string label;
};

/// An ordered rating scale: levels from worst to best (values strictly increasing), the value
/// from which a rating counts as ready (good enough), and an optional "no decision" choice.
/// The pack ships a 1–4 hire scale, a 1–5 quality scale and a three-level scale.
struct GOALSMITH_API RatingScale {
  std::string id;     ///< "hire_4"
  std::string title;  ///< "Hire decision (1-4)"
  std::vector<ScaleLevel> levels;
  int ready_from = 0;          ///< values >= ready_from are "ready"; must be one of the values
  std::string no_decision;     ///< label of the "no decision" choice; empty = the scale has none

  const ScaleLevel* level(int value) const noexcept;
  /// (value - lowest) / (highest - lowest), in [0, 1]; 0 for a scale with one level.
  double normalized(int value) const noexcept;
  bool ready(int value) const noexcept { return value >= ready_from; }
};

/// An aspect of an interview a template asks about.
struct FeedbackAspect {
  std::string id;           ///< a pack aspect id ("communication") or a custom one
  std::string title;
  std::string description;
  std::vector<std::string> signals_basic;     ///< what an interviewer looks for first
  std::vector<std::string> signals_advanced;  ///< what sets a strong candidate apart
  /// Extra words that name the aspect in notes and concerns, on top of the pack's words for a
  /// pack aspect (a custom aspect is found only through these).
  std::vector<std::string> words;
};

struct FeedbackQuestion {
  std::string id;
  std::string text;
  QuestionKind kind = QuestionKind::open;
  std::string aspect;  ///< id of one of the template's aspects
  std::vector<std::string> follow_ups;
  std::vector<std::string> tags;
  /// For yes/no questions: whether "yes" is the good answer ("Did I test my code?") or the bad
  /// one ("Did I interrupt you?").
  bool yes_is_good = true;
};

struct GOALSMITH_API FeedbackTemplate {
  std::string id;
  std::string version;
  std::string locale;
  std::string title;
  std::string description;
  RatingScale scale;
  std::vector<FeedbackAspect> aspects;
  std::vector<FeedbackQuestion> questions;  ///< each names its aspect
  /// Follow-ups for learning from any answer ("Can you give a specific example of when I ...?").
  std::vector<std::string> follow_ups;

  const FeedbackAspect* find_aspect(std::string_view aspect_id) const noexcept;
  const FeedbackQuestion* find_question(std::string_view question_id) const noexcept;
};

/// The pack's built-in template (pack section feedback.template). Added in 0.1.0.
GOALSMITH_API FeedbackTemplate default_feedback_template(const Engine& engine);
/// The rating scales the pack ships (pack section feedback.scales). Added in 0.1.0.
GOALSMITH_API std::vector<RatingScale> feedback_scales(const Engine& engine);

/// Reads and fully validates a template (schema goalsmith.feedback_template/1). Throws
/// Error(json_syntax) with the byte offset, or Error(json_schema) with the JSON path of the first
/// problem: unknown or missing keys, empty texts, duplicate aspect / question ids, a question
/// naming an unknown aspect, a bad scale (no levels, values not increasing, ready_from not a
/// level). Added in 0.1.0.
GOALSMITH_API FeedbackTemplate feedback_template_from_json(std::string_view json);
/// The template as JSON (schema goalsmith.feedback_template/1); `indent` < 0 = one line.
GOALSMITH_API std::string feedback_template_to_json(const FeedbackTemplate& tmpl, int indent = -1);
/// Checks a template built in C++ the way feedback_template_from_json checks a document; the
/// error's where() is the JSON path the value would have. Added in 0.1.0.
GOALSMITH_API void validate_feedback_template(const FeedbackTemplate& tmpl);

// ------------------------------------------------------------------------------- sessions

/// The kind of interview the feedback is about.
enum class InterviewKind { peer_mock, professional_mock, real };

/// A rating on the template's scale, or the scale's "no decision".
struct Rating {
  int value = 0;
  bool no_decision = false;  ///< value is meaningless when set
};

/// One chosen question and what the interviewer said.
struct SessionAnswer {
  std::string question_id;
  std::string question;  ///< the text as asked (optional; filled from the template when known)
  std::string aspect;    ///< optional when a template (or the built-in one) knows the question
  std::string notes;     ///< the learner's notes, free text
  std::optional<Rating> rating;
  std::optional<bool> answer;  ///< the answer to a yes/no question
};

struct FeedbackSession {
  std::string id;
  Date date;
  InterviewKind kind = InterviewKind::peer_mock;
  std::string interviewer;   ///< optional
  std::string template_id;   ///< optional: the template the questions come from
  std::vector<SessionAnswer> answers;
  std::optional<Rating> overall_rating;
  std::string strengths;     ///< free text: what went well
  std::string improvements;  ///< free text: areas to improve
  /// Scale of the ratings when no template is given to the analysis (optional).
  std::optional<RatingScale> scale;
};

/// Reads and validates a session (schema goalsmith.feedback_session/1); errors as
/// feedback_template_from_json (invalid UTF-8 in notes, a bad date, an empty question id, ...).
/// Added in 0.1.0.
GOALSMITH_API FeedbackSession feedback_session_from_json(std::string_view json);
GOALSMITH_API std::string feedback_session_to_json(const FeedbackSession& session, int indent = -1);

// ------------------------------------------------------------------------------- analysis

enum class Polarity { strength, improve };

/// Where a finding's evidence is.
enum class FindingSource {
  notes,         ///< the notes of an answer (span into SessionAnswer::notes)
  strengths,     ///< the session's free-text strengths (span into FeedbackSession::strengths)
  improvements,  ///< the session's free-text areas to improve (span into ::improvements)
  rating,        ///< an answer's rating (or the overall rating); no span
  answer,        ///< the yes/no answer of a question; no span
};

/// One strength or area to improve.
struct FeedbackFinding {
  std::string session_id;
  std::string question_id;  ///< empty for the session's free texts and the overall rating
  std::string aspect;       ///< aspect id; empty when nothing ties it to an aspect
  Polarity polarity = Polarity::strength;
  bool softened = false;    ///< hedged ("maybe slow down a bit")
  FindingSource source = FindingSource::notes;
  Span span;                ///< bytes of the source text (empty for ratings and yes/no answers)
  std::string text;         ///< the clause of the notes, or the rating's label
  double weight = 0;        ///< how much it counts in the aspect's scores
  /// The cue words that decided polarity and aspect (rules "strength_cue", "improve_cue",
  /// "softener", "negation", "aspect_word"), spans in the same source text.
  std::vector<Evidence> cues;
};

/// Everything the analysis found about one aspect.
struct AspectFeedback {
  std::string aspect;
  std::string title;
  std::vector<std::size_t> strengths;     ///< indices into FeedbackAnalysis::findings
  std::vector<std::size_t> improvements;  ///< indices into FeedbackAnalysis::findings
  std::optional<double> rating;           ///< mean normalized rating of its answers, in [0, 1]
  double strength_score = 0;
  double improve_score = 0;
  /// improve_score less the pack's share of strength_score; > 0 makes it an area to improve.
  double priority = 0;
};

/// One entry of the ranked areas to improve.
struct AreaToImprove {
  std::string aspect;
  std::string title;
  double priority = 0;
  std::vector<std::size_t> findings;  ///< its improve findings, indices into findings
};

struct GOALSMITH_API FeedbackAnalysis {
  std::string session_id;
  Date date;
  std::string template_id;
  std::string locale;
  std::vector<FeedbackFinding> findings;  ///< in the order of the session's texts
  std::vector<AspectFeedback> aspects;    ///< aspects with a finding or a rating, template order
  std::vector<AreaToImprove> areas_to_improve;  ///< highest priority first
  std::optional<double> overall_rating;   ///< normalized overall rating, in [0, 1]
  std::string summary;                    ///< one sentence from the pack

  const AspectFeedback* find_aspect(std::string_view aspect_id) const noexcept;
};

/// Finds per aspect the strengths and areas to improve in a session's notes, free texts,
/// ratings and yes/no answers. `tmpl` (optional; nullptr = the built-in template when the
/// session names it, else the pack's aspects) resolves question aspects and the rating scale.
/// Throws Error(invalid_argument) with the session's JSON path for a question id the template
/// does not have, an aspect it does not know, or a rating not on the scale; Error(invalid_utf8)
/// for bad notes. Linear in the notes. Added in 0.1.0.
GOALSMITH_API FeedbackAnalysis analyze_feedback(const Engine& engine, const FeedbackSession& session,
                                                const FeedbackTemplate* tmpl = nullptr);

GOALSMITH_API std::string feedback_analysis_to_json(const FeedbackAnalysis& analysis, int indent = -1);

/// An aspect across several sessions.
struct AspectHistory {
  std::string aspect;
  std::string title;
  std::vector<std::string> sessions;  ///< ids of the sessions where it was an area to improve
  std::vector<std::string> strength_sessions;  ///< ids of the sessions where it was a strength
  std::size_t improve_findings = 0;
  std::size_t strength_findings = 0;
  double priority = 0;        ///< sum of its per-session priorities, later sessions weigh more
  bool recurring = false;     ///< an area to improve in at least the pack's number of sessions
  /// "improving", "worsening" or "steady": its priority in the latest session where it appears
  /// against the first; "new" when it appears in one session only.
  std::string trend;
};

struct FeedbackHistory {
  std::size_t session_count = 0;
  std::vector<std::string> session_ids;  ///< oldest first (by date, then id)
  std::vector<AspectHistory> aspects;    ///< recurring first, then by priority
  std::vector<FeedbackAnalysis> analyses;  ///< one per session, oldest first
  std::string summary;
};

/// Analyzes every session (each with the template of `templates` whose id it names, else as
/// analyze_feedback) and reports the aspects that keep coming back. Added in 0.1.0.
GOALSMITH_API FeedbackHistory analyze_history(const Engine& engine, const std::vector<FeedbackSession>& sessions,
                                              const std::vector<FeedbackTemplate>& templates = {});

GOALSMITH_API std::string feedback_history_to_json(const FeedbackHistory& history, int indent = -1);

// ------------------------------------------------------------------------ choosing questions

/// A concern (an aspect id or free text) and the aspects it was read as.
struct ConcernMatch {
  std::string text;
  std::vector<std::string> aspects;  ///< empty when no aspect word was found
  std::vector<Evidence> evidence;    ///< the aspect words (spans into text)
};

struct RecommendedQuestion {
  FeedbackQuestion question;
  std::string aspect_title;
  /// Why it was chosen: "concern", "recurring", "history", "more" (a second question on a top
  /// aspect) or "coverage" (nothing points anywhere: a broad start).
  std::string reason_code;
  std::string reason;  ///< one sentence from the pack
  double score = 0;    ///< the aspect's score
};

struct Recommendation {
  std::string template_id;
  std::vector<RecommendedQuestion> questions;  ///< n of them (fewer when the template is small)
  std::vector<ConcernMatch> concerns;
};

/// Chooses `n` questions of `tmpl` for the learner's most worrying or weakest aspects: concerns
/// first (aspect ids, or free text mapped to aspects through the pack's aspect words: "I freeze
/// on coding questions" -> live_coding), then aspects to improve from earlier sessions
/// (recurring ones first). One question per aspect before a second one, no repeats, questions
/// already asked in `history` last; deterministic. Throws Error(invalid_argument) for n == 0 and
/// for invalid UTF-8 or blank concerns (where "/concerns/N"). Added in 0.1.0.
GOALSMITH_API Recommendation recommend_questions(const Engine& engine, const FeedbackTemplate& tmpl,
                                                 const std::vector<std::string>& concerns,
                                                 const std::vector<FeedbackSession>& history = {},
                                                 std::size_t n = 3);

GOALSMITH_API std::string recommendation_to_json(const Recommendation& recommendation, int indent = -1);

// -------------------------------------------------------------------------------- rendering

enum class RenderFormat { markdown, html };

/// A printable worksheet: the template's title, lines for date and interviewer, and for each
/// question (all of the template's when `question_ids` is empty) its aspect, the rating scale or
/// yes/no boxes, its follow-ups and room for notes. HTML is a self-contained fragment with every
/// text escaped. Throws Error(invalid_argument) for an unknown question id. Added in 0.1.0.
GOALSMITH_API std::string render_worksheet(const Engine& engine, const FeedbackTemplate& tmpl,
                                           const std::vector<std::string>& question_ids,
                                           RenderFormat format);

/// A session as a report: its questions with notes and ratings, then the strengths and the
/// ranked areas to improve of `analysis` (which must be the analysis of this session).
/// Added in 0.1.0.
GOALSMITH_API std::string render_session_report(const Engine& engine, const FeedbackSession& session,
                                                const FeedbackAnalysis& analysis, RenderFormat format,
                                                const FeedbackTemplate* tmpl = nullptr);

// ------------------------------------------------------------------------- JSON requests

/// The operations of a feedback request document (schema goalsmith.feedback_request/1).
enum class FeedbackOp {
  analyze,    ///< {"session": {...}, "template": {...}?} (or a session alone) -> analysis JSON
  history,    ///< {"sessions": [...], "templates": [...]?} -> history JSON
  recommend,  ///< {"template"?, "concerns"?, "history"?, "n"?} -> recommendation JSON
  render,     ///< {"what": "worksheet" | "report", "format"?, "template"?, "questions"?, "session"?} -> text
};

/// Answers a request document: the JSON form of the functions above, shared by the C ABI,
/// Python and `goalsmith batch`. Errors name the JSON pointer of the bad value in the request
/// ("/session/answers/2/rating"). `indent` applies to JSON answers. Added in 0.1.0.
GOALSMITH_API std::string feedback_request(const Engine& engine, FeedbackOp op, std::string_view request_json,
                                           int indent = -1);

/// The rating scales as a JSON array of scale objects (as in a template document).
GOALSMITH_API std::string feedback_scales_to_json(const std::vector<RatingScale>& scales, int indent = -1);

/// Stable names used in JSON: "open", "rating", "yes_no"; "peer_mock", "professional_mock",
/// "real"; "strength", "improve"; "notes", "strengths", "improvements", "rating", "answer".
GOALSMITH_API const char* to_string(QuestionKind kind) noexcept;
GOALSMITH_API const char* to_string(InterviewKind kind) noexcept;
GOALSMITH_API const char* to_string(Polarity polarity) noexcept;
GOALSMITH_API const char* to_string(FindingSource source) noexcept;

}  // namespace goalsmith
