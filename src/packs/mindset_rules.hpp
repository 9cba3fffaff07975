// language pack layer: the "mindset" section — thinking-trap categories with their token
// patterns, the reframing prompt catalog, "yet" rewrites, goal-draft patterns and the guidance
// for receiving feedback (docs/pack-format.md, docs/mindset.md).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "packs/hash_index.hpp"
#include "packs/lexicon.hpp"
#include "packs/messages.hpp"
#include "packs/smart_rules.hpp"

namespace goalsmith::packs {

/// One element of a token pattern (see TokenPattern).
struct PatternElement {
  enum class Kind : std::uint8_t {
    literal,  ///< one folded token ("bother", "don't", ",")
    cls,      ///< a phrase of a class lexicon ("@neg_label")
    any_word, ///< "_": any one word token
    gap,      ///< "~N": 0..N tokens that are not blockers (negations, sentence marks)
    rest,     ///< "$rest": 1..max_rest_words tokens up to the end of the clause
    end,      ///< "$end": nothing but punctuation follows in the sentence
  };
  Kind kind = Kind::literal;
  std::string word;            ///< literal only
  std::size_t cls = 0;         ///< class index, cls only
  std::uint8_t min = 1;        ///< repetitions (or gap length) allowed
  std::uint8_t max = 1;
  int capture = -1;            ///< index into MindsetRules::capture_names, or -1
};

/// A sequence of elements matched against the tokens of one sentence, left to right, with
/// bounded backtracking: every element has a bounded number of alternatives, so a match attempt
/// costs time bounded by the pattern, never by the text.
///
/// Syntax (space-separated): `word` a literal token; `@class` a phrase of a class, with an
/// optional suffix `?` (0..1), `*` (0..max_repeat) or `+` (1..max_repeat); `word?` an optional
/// literal; `_` any word; `~N` a gap of 0..N tokens; `$rest` the rest of the clause; `$end` the
/// end of the sentence; `name=` before an element captures its text as placeholder {name}.
struct TokenPattern {
  std::vector<PatternElement> elements;
  std::string source;
  std::string where;           ///< JSON path of the pattern in the pack
  double confidence = 0.8;
  bool yet_rewrite = false;    ///< the sentence takes a "yet" rewrite when this pattern matches
  bool first_person = true;    ///< the sentence must contain a first-person word
  std::size_t category = 0;
};

/// A reframing technique and its prompt templates, most specific first.
struct Technique {
  std::string id;
  std::string title;
  std::vector<std::string> prompt_keys;                   ///< keys into MindsetRules::templates
  std::vector<std::vector<std::string>> placeholders;     ///< per template
};

struct TrapCategory {
  std::string id;
  std::string title;
  std::string description;
  double confidence = 0.8;
  bool first_person = true;            ///< default for its patterns
  bool questions = false;              ///< may be found in a question
  bool yet_cancels = true;             ///< "yet", "for now", ... after the trigger cancels it
  bool plan_cancels = true;            ///< "..., so I'm practising ..." after the trigger cancels it
  bool reported_speech_cancels = true; ///< "my mentor says ..." before the trigger cancels it
  std::vector<std::size_t> techniques; ///< indexes into MindsetRules::techniques
  std::vector<std::size_t> suppresses; ///< categories it replaces when their triggers overlap
};

struct GuidanceItem {
  std::string id;
  std::string text;
  bool after = false;  ///< false: before a feedback session; true: after it
};

/// Bits of MindsetRules::word_flags: what a token may start, probed once per token.
enum MindsetFlag : std::uint32_t {
  kMsNegation = 1u << 0,
  kMsClauseBreak = 1u << 1,
  kMsRestStop = 1u << 2,
  kMsYet = 1u << 3,
  kMsDisclaimer = 1u << 4,
  kMsReported = 1u << 5,
  kMsSelfThought = 1u << 6,
  kMsPlanOpener = 1u << 7,
  kMsQuoteOpen = 1u << 8,
  kMsQuoteClose = 1u << 9,
  kMsQuoteToggle = 1u << 10,
  kMsSelf = 1u << 11,
  kMsYetDrop = 1u << 12,
};

struct MindsetRules {
  std::vector<std::string> class_names;
  std::vector<PhraseLexicon> classes;
  std::size_t self_class = 0;  ///< the class "self": first-person words

  PhraseLexicon negations, clause_breaks, rest_stops, yet_words, disclaimers, reported_speech,
      self_thought, plan_openers, plan_fillers, quote_open, quote_close, quote_toggle, yet_drop;

  std::vector<TrapCategory> categories;
  std::vector<TokenPattern> patterns;
  /// Patterns that may start at a word: folded word -> pattern indexes (exact forms), and base
  /// form -> pattern indexes for patterns that start with an inflecting class.
  HashIndex<std::vector<std::uint32_t>> anchors;
  HashIndex<std::vector<std::uint32_t>> inflected_anchors;
  HashIndex<std::uint32_t> word_flags;  ///< MindsetFlag bits by first word of each phrase

  std::vector<std::string> capture_names;
  std::vector<Technique> techniques;
  Messages templates;  ///< prompt templates and the section's messages

  std::string goal_with_skill;                      ///< template with {skill} and {date}
  int goal_draft_days = 14;
  std::string yet_word = "yet";  ///< the word a "yet" rewrite adds

  std::vector<GuidanceItem> guidance;

  int max_gap = 6;
  int max_repeat = 3;
  int max_rest_words = 6;
  int max_prompts = 3;

  const Inflection* inflection = nullptr;

  /// MindsetFlag bits of the phrases that may start at `token`.
  std::uint32_t flags_of(const text::Token& token) const {
    const auto* f = word_flags.find(token.norm, token.hash);
    return f ? *f : 0;
  }
  int category_index(std::string_view id) const;
};

/// Reads and validates the "mindset" section. Throws Error with the JSON path of the first
/// problem.
void compile_mindset_rules(const JsonReader& section, const Inflection& inflection,
                           MindsetRules& out);

}  // namespace goalsmith::packs
