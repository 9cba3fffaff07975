// analyzers: what the feedback analysis, recommendation and rendering share: the aspects a
// template (or the pack) offers and how they are found in a text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/feedback.hpp"
#include "packs/compiled_pack.hpp"
#include "packs/lexicon.hpp"
#include "packs/smart_rules.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::feedback {

/// The aspects an analysis can report (the template's, or the pack's without a template) and
/// the words that find them in a text: the pack's aspect words (smart.aspects, shared with the
/// SMART check), the pack's feedback words for the same aspects, and a custom aspect's own words.
class AspectMatcher {
 public:
  AspectMatcher(const detail::CompiledPack& pack, const FeedbackTemplate* tmpl);
  AspectMatcher(const AspectMatcher&) = delete;
  AspectMatcher& operator=(const AspectMatcher&) = delete;

  struct Hit {
    std::size_t first = 0;  ///< inclusive token range
    std::size_t last = 0;
    int aspect = 0;  ///< index into ids()
  };
  /// Aspect words in `tokens`, by first token; a stretch named by two word lists counts once.
  std::vector<Hit> find(const std::vector<text::Token>& tokens) const;

  int index(std::string_view id) const;
  const std::vector<std::string>& ids() const { return ids_; }
  /// Title for headings (the template's, else the pack's).
  const std::string& title(int index) const { return titles_[static_cast<std::size_t>(index)]; }
  /// Title inside a sentence: the pack's lower-case title for a pack aspect, else the template's.
  const std::string& sentence_title(int index) const { return sentence_titles_[static_cast<std::size_t>(index)]; }
  /// Index of the pack's general aspect ("overall") when it is one of ids(), else -1.
  int general() const { return general_; }

 private:
  const detail::CompiledPack& pack_;
  std::vector<std::string> ids_;
  std::vector<std::string> titles_;
  std::vector<std::string> sentence_titles_;
  std::vector<int> from_smart_;  ///< smart aspect index -> index into ids_, or -1
  packs::PhraseLexicon custom_;  ///< template aspects' own words; payload: index into ids_
  int general_ = -1;
};

/// Every phrase of `lexicon` in `tokens` (packs::scan_phrases, probing every token).
std::vector<packs::PhraseHit> scan_all(const packs::PhraseLexicon& lexicon, const std::vector<text::Token>& tokens);

/// The template an analysis uses: `tmpl`, else the built-in one when the session names it.
const FeedbackTemplate* resolve_template(const detail::CompiledPack& pack, const FeedbackSession& session,
                                         const FeedbackTemplate* tmpl);

/// Joins items with the pack's list separators ("a, b and c").
std::string join_list(const detail::CompiledPack& pack, const std::vector<std::string>& items);

}  // namespace goalsmith::feedback
