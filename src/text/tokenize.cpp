#include "text/tokenize.hpp"

#include <functional>

namespace goalsmith::text {
namespace {

// Length of the UTF-8 sequence starting with lead byte c (text is already validated).
std::size_t sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points that are punctuation or spaces rather than letters; everything else
// above U+007F counts as a letter so names and words of any script stay whole.
bool is_non_ascii_separator(std::string_view cp) {
  static const std::string_view separators[] = {
      "\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
      "\u2007", "\u2008", "\u2009", "\u200A", "\u200B", "\u202F", "\u205F", "\u3000",
      "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u201C", "\u201D",
      "\u201E", "\u2026", "\u00AB", "\u00BB", "\u2022", "\u00B7", "\u00A7", "\u00B0",
      "\u20AC", "\u00A3", "\u2192", "\uFEFF"};
  for (auto s : separators)
    if (cp == s) return true;
  return false;
}
bool is_space_cp(std::string_view cp) {
  return cp == "\u00A0" || cp == "\u200B" || cp == "\u202F" || cp == "\u3000" ||
         cp == "\uFEFF" || (cp.size() == 3 && cp[0] == '\xE2' && cp[1] == '\x80' &&
                            static_cast<unsigned char>(cp[2]) <= 0x8A);
}
bool is_apostrophe_cp(std::string_view cp) { return cp == "\u2019" || cp == "\u2018"; }

// Kept out of line: only non-ASCII text takes this path.
bool is_non_ascii_letter_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const auto cp = text.substr(i, sequence_length(c));
  return !is_non_ascii_separator(cp) && !is_apostrophe_cp(cp);
}

inline bool is_letter_or_digit_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_ascii_alnum(c);
  return is_non_ascii_letter_at(text, i);
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out(text);
  // Most tokens are ASCII: fold them in place without the per-code-point path below.
  bool ascii = true;
  for (char& ch : out) {
    const auto c = static_cast<unsigned char>(ch);
    ascii = ascii && c < 0x80;
    if (c >= 'A' && c <= 'Z') ch = static_cast<char>(c + 32);
  }
  if (ascii) return out;
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t len = sequence_length(c);
    const auto cp = text.substr(i, len);
    if (is_apostrophe_cp(cp)) {
      out.push_back('\'');
    } else if (len == 2 && c == 0xC3) {
      // U+00C0..U+00DE capitals (except U+00D7 multiplication sign) are +0x20 from lower case.
      auto b = static_cast<unsigned char>(text[i + 1]);
      if (b >= 0x80 && b <= 0x9E && b != 0x97) b = static_cast<unsigned char>(b + 0x20);
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(b));
    } else if (len == 2 && (c == 0xC4 || c == 0xC5)) {
      // Latin Extended-A alternates capital (even) / small (odd) over U+0100..U+017F, mostly.
      unsigned cpv = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      const bool odd_capitals = (cpv >= 0x139 && cpv <= 0x148) || (cpv >= 0x179 && cpv <= 0x17E);
      if (odd_capitals ? (cpv % 2 == 1) : (cpv % 2 == 0 && cpv != 0x138)) ++cpv;
      out.push_back(static_cast<char>(0xC0 | (cpv >> 6)));
      out.push_back(static_cast<char>(0x80 | (cpv & 0x3F)));
    } else {
      out.append(cp);
    }
    i += len;
  }
  return out;
}

TokenizedText tokenize(std::string_view text) {
  TokenizedText result;
  result.text = text;
  result.tokens.reserve(text.size() / 5 + 4);
  bool next_starts_sentence = true;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = sequence_length(c);
    const auto cp = text.substr(i, len);
    if (c == '\n' || c == '\r') {
      next_starts_sentence = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || (c >= 0x80 && is_space_cp(cp))) {
      i += len;
      continue;
    }
    Token tok;
    tok.begin = static_cast<std::uint32_t>(i);
    tok.sentence_start = next_starts_sentence;
    next_starts_sentence = false;
    if (is_letter_or_digit_at(text, i)) {
      tok.kind = is_digit(c) ? TokenKind::number : TokenKind::word;
      std::size_t j = i;
      while (j < n) {
        if (is_letter_or_digit_at(text, j)) {
          j += sequence_length(static_cast<unsigned char>(text[j]));
          continue;
        }
        // A connector joins only when alphanumerics follow it directly.
        const auto cj = static_cast<unsigned char>(text[j]);
        std::size_t clen = sequence_length(cj);
        const auto ccp = text.substr(j, clen);
        const bool apostrophe = cj == '\'' || (cj >= 0x80 && is_apostrophe_cp(ccp));
        const bool joiner = apostrophe || cj == '-' || cj == '/' || cj == ':';
        const bool digit_joiner = cj == '.' || cj == ',';
        if (!(joiner || digit_joiner) || !is_letter_or_digit_at(text, j + clen)) break;
        if (digit_joiner &&
            !(is_digit(static_cast<unsigned char>(text[j - 1])) && is_digit(static_cast<unsigned char>(text[j + 1]))))
          break;
        j += clen;
      }
      tok.end = static_cast<std::uint32_t>(j);
    } else {
      tok.kind = TokenKind::punct;
      tok.end = static_cast<std::uint32_t>(i + len);
      if (c == '.' || c == '!' || c == '?' || c == ';') next_starts_sentence = true;
    }
    tok.norm = fold_case(text.substr(tok.begin, tok.end - tok.begin));
    tok.hash = std::hash<std::string_view>{}(tok.norm);
    i = tok.end;
    result.tokens.push_back(std::move(tok));
  }
  return result;
}

}  // namespace goalsmith::text
