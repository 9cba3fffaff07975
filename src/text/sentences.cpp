#include "text/sentences.hpp"

namespace goalsmith::text {
namespace {

bool is_end_mark(const Token& t) {
  return t.kind == TokenKind::punct && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == ";");
}

// Marks that close what the end mark before them ended: straight and typographic quotes,
// brackets.
bool is_closer(const Token& t) {
  return t.kind == TokenKind::punct &&
         (t.norm == "\"" || t.norm == "'" || t.norm == "\u201D" || t.norm == ")" || t.norm == "]" ||
          t.norm == "\u00BB");
}

}  // namespace

std::vector<Sentence> split_sentences(const TokenizedText& text) {
  std::vector<Sentence> out;
  const auto& tokens = text.tokens;
  const std::size_t n = tokens.size();
  // Sentence starts as the tokenizer marked them, except that end marks and closers glued to an
  // end mark ("?!", "no.\"") stay with the sentence they end; the start moves past them.
  std::vector<bool> starts(n, false);
  for (std::size_t k = 0; k < n; ++k) {
    if (!(tokens[k].sentence_start || starts[k])) continue;
    starts[k] = true;
    if (k == 0) continue;
    const Token& prev = tokens[k - 1];
    const bool glued = tokens[k].begin == prev.end;
    const bool absorbed = glued && ((is_end_mark(prev) || is_closer(prev)) && (is_end_mark(tokens[k]) || is_closer(tokens[k])));
    if (absorbed) {
      starts[k] = false;
      if (k + 1 < n) starts[k + 1] = true;
    }
  }
  std::size_t start = 0;
  while (start < n) {
    std::size_t k = start + 1;
    while (k < n && !starts[k]) ++k;
    Sentence s;
    s.first_token = start;
    s.last_token = k - 1;
    s.begin = tokens[start].begin;
    s.end = tokens[k - 1].end;
    // A question when its final run of marks has a "?" ("Really?!", "Why?\")").
    for (std::size_t j = k; j-- > start;) {
      if (is_closer(tokens[j])) continue;
      if (!is_end_mark(tokens[j])) break;
      s.question = s.question || tokens[j].norm == "?";
    }
    out.push_back(s);
    start = k;
  }
  return out;
}

}  // namespace goalsmith::text
