// text layer: sentence boundaries over the tokens of a text.
#pragma once

#include <cstddef>
#include <vector>

#include "text/tokenize.hpp"

namespace goalsmith::text {

/// One sentence: a run of tokens and the bytes they cover.
struct Sentence {
  std::size_t first_token = 0;  ///< inclusive
  std::size_t last_token = 0;   ///< inclusive
  std::size_t begin = 0;        ///< byte offset of the first token
  std::size_t end = 0;          ///< byte offset one past the last token
  bool question = false;        ///< ends with "?" (closing quotes and brackets aside)
};

/// Splits tokenized text into sentences at the tokenizer's sentence starts (after ".", "!",
/// "?", ";" and line breaks). Closing quotes and brackets right after the end mark stay with the
/// sentence they close ("He said "no." Then ..." ends after the quote), and a run of end marks
/// ("?!", "...") ends one sentence. Texts without tokens have no sentences.
std::vector<Sentence> split_sentences(const TokenizedText& text);

}  // namespace goalsmith::text
