// text layer: tokens with byte spans, sentence boundaries and case folding.
//
// The text is tokenized once per call; every analyzer matches its lexicons on these tokens
// (DESIGN.md: "tokenize once, match lexicons on tokens, and use regexes sparingly").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goalsmith::text {

enum class TokenKind : std::uint8_t {
  word,    ///< starts with a letter: "rehearse", "don't", "follow-up", "q1"
  number,  ///< starts with a digit: "4", "2026-12-09", "12/9", "3rd", "45min", "1,000"
  punct,   ///< one punctuation or symbol character: ",", "%", "$", "("
};

struct Token {
  std::uint32_t begin = 0;  ///< byte offset of the first byte
  std::uint32_t end = 0;    ///< byte offset one past the last byte
  TokenKind kind = TokenKind::word;
  bool sentence_start = false;  ///< first token of a sentence
  std::string norm;  ///< case-folded form; typographic apostrophes become "'"
  std::size_t hash = 0;  ///< std::hash of norm, computed once so every lexicon probe reuses it
};

struct TokenizedText {
  std::string_view text;
  std::vector<Token> tokens;

  std::string_view raw(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  /// Text from the start of token `first` to the end of token `last` (inclusive).
  std::string_view raw(std::size_t first, std::size_t last) const {
    return text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin);
  }
};

/// Lower-cases ASCII letters and the Latin-1 / Latin Extended-A capitals; maps U+2019 and U+2018
/// to "'". Other code points are kept as they are.
std::string fold_case(std::string_view text);

/// Splits valid UTF-8 text into tokens. Runs of letters and digits form a token; "'", "’", "-",
/// "/", ".", ":" and "," join two alphanumeric runs ("don't", "12/9", "2026-12-09", "1.5"), except
/// that "." and "," only join digits. Whitespace separates; every other character is a punct
/// token. Sentence starts are set after ".", "!", "?", ";" and line breaks.
TokenizedText tokenize(std::string_view text);

}  // namespace goalsmith::text
