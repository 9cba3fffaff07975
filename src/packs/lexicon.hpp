// language pack layer: phrase lexicons matched on tokens, and bounded regex patterns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/regex.hpp>

#include "packs/hash_index.hpp"
#include "packs/json_reader.hpp"
#include "text/tokenize.hpp"

namespace goalsmith::packs {

/// How a lexicon entry's first word may be inflected in a text ("practice" also matches
/// "practicing", "practiced", "practices"). Read from the pack's "inflection" object.
struct Inflection {
  std::vector<std::string> suffixes;  ///< tried longest first
  bool restore_e = false;  ///< "practic|ing" -> try "practice"
  bool undouble = false;   ///< "plann|ing" -> try "plan"
};

/// Calls f(form) for every base form `word` may be an inflection of under `inflection`
/// ("practicing" -> "practic", "practice"; "planned" -> "plann", "planne", "plan"). The word
/// itself is not included. Forms are string_views into `word` or into `scratch`, valid during
/// the call only.
template <typename F>
void for_each_base_form(std::string_view word, const Inflection& inflection, std::string& scratch, F&& f) {
  for (const auto& suffix : inflection.suffixes) {
    if (word.size() <= suffix.size() + 1 || word.compare(word.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    const std::string_view stem = word.substr(0, word.size() - suffix.size());
    f(stem);
    if (inflection.restore_e) {
      scratch.assign(stem).push_back('e');
      f(std::string_view(scratch));
    }
    if (inflection.undouble && stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2])
      f(stem.substr(0, stem.size() - 1));
  }
}

/// A set of phrases, each a sequence of tokens, with an integer payload. Matching looks at the
/// tokens of a text from a position and returns the longest phrase found there. Lookup is one
/// hash probe per candidate first word, so a lexicon costs the same whatever its size.
class PhraseLexicon {
 public:
  struct Match {
    std::size_t length = 0;  ///< tokens matched
    std::int32_t payload = 0;
  };

  /// Adds a phrase (tokenized with the text tokenizer). `where` is the JSON path used in the
  /// duplicate-entry error. A phrase that folds to no token is an error too.
  void add(std::string_view phrase, std::int32_t payload, const std::string& where);
  /// Adds every string of a JSON array, all with one payload.
  void add_all(const JsonReader& list, std::int32_t payload);
  /// Matches the inflected first word too (used for verb lists).
  void set_inflection(const Inflection* inflection) { inflection_ = inflection; }

  std::optional<Match> longest_at(const std::vector<text::Token>& tokens, std::size_t i) const;
  bool empty() const { return by_first_.empty(); }
  bool inflected() const { return inflection_ != nullptr; }
  /// Calls f(word) for the first word of every phrase (each distinct word once).
  template <typename F>
  void for_each_first_word(F&& f) const {
    by_first_.for_each([&](const std::string& key, const std::vector<Entry>&) { f(key); });
  }
  /// True when some phrase starts with this folded word (no inflection).
  bool starts_with_word(const text::Token& token) const { return by_first_.find(token.norm, token.hash) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  struct Entry {
    std::vector<std::string> rest;  ///< tokens after the first
    std::int32_t payload;
  };
  const std::vector<Entry>* entries_for(std::string_view first, std::size_t hash) const;
  std::optional<Match> match_entries(const std::vector<Entry>& entries,
                                     const std::vector<text::Token>& tokens, std::size_t i) const;

  HashIndex<std::vector<Entry>> by_first_;
  const Inflection* inflection_ = nullptr;
  std::size_t size_ = 0;
};

/// A regular expression from a pack, compiled at load time (a bad pattern fails the load with
/// its JSON path). Patterns run on single tokens only, capped at kMaxInput bytes, so a match
/// costs time bounded by the pattern, never by the text; Boost.Regex's own state limit is a
/// second guard (exceeding it counts as no match).
class Pattern {
 public:
  static constexpr std::size_t kMaxInput = 64;
  Pattern() = default;
  Pattern(const JsonReader& source);
  /// Whole-string match; `groups` receives the capture groups (index 0 = whole match).
  bool match(std::string_view input, std::vector<std::string>* groups = nullptr) const;
  bool valid() const { return !source_.empty(); }
  const std::string& source() const { return source_; }

 private:
  std::string source_;
  boost::regex regex_;
};

}  // namespace goalsmith::packs
