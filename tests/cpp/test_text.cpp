// text layer: UTF-8 validation, tokens and spans, case folding.
#include <catch2/catch.hpp>

#include "goalsmith/error.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

using goalsmith::text::first_invalid_utf8;
using goalsmith::text::tokenize;
using goalsmith::text::TokenKind;

TEST_CASE("valid UTF-8 of every sequence length is accepted", "[text][utf8]") {
  CHECK(first_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(first_invalid_utf8("R\xC3\xA9p\xC3\xA9ter \xE2\x82\xAC \xF0\x9F\x9A\x80") == std::string_view::npos);
  CHECK(first_invalid_utf8("") == std::string_view::npos);
}

TEST_CASE("invalid UTF-8 is reported at the byte where it starts", "[text][utf8]") {
  CHECK(first_invalid_utf8("ab\xFF" "cd") == 2);
  CHECK(first_invalid_utf8("ab\xC3") == 2);                 // truncated sequence
  CHECK(first_invalid_utf8("\xC0\xAF") == 0);               // overlong encoding of '/'
  CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1);          // UTF-16 surrogate
  CHECK(first_invalid_utf8("xy\xF4\x90\x80\x80") == 2);     // above U+10FFFF
  CHECK(first_invalid_utf8("ok \xE2\x82") == 3);
}

TEST_CASE("require_utf8 throws invalid_utf8 naming the byte offset", "[text][utf8]") {
  try {
    goalsmith::text::require_utf8("goal \xFE", "goal text");
    FAIL("no exception");
  } catch (const goalsmith::Error& e) {
    CHECK(e.code() == goalsmith::ErrorCode::invalid_utf8);
    CHECK(e.where() == "byte 5");
    CHECK(std::string(e.what()).find("0xFE") != std::string::npos);
  }
}

TEST_CASE("tokens keep byte spans and fold case", "[text][tokens]") {
  const auto t = tokenize("Rehearse 4 STAR stories, by Friday!");
  REQUIRE(t.tokens.size() == 8);
  CHECK(t.tokens[0].norm == "rehearse");
  CHECK(t.tokens[0].begin == 0);
  CHECK(t.tokens[0].end == 8);
  CHECK(t.tokens[1].kind == TokenKind::number);
  CHECK(t.tokens[2].norm == "star");
  CHECK(t.raw(t.tokens[2]) == "STAR");
  CHECK(t.tokens[4].kind == TokenKind::punct);
  CHECK(t.tokens[7].norm == "!");
}

TEST_CASE("connectors join dates, decimals, contractions and hyphenated words", "[text][tokens]") {
  const auto t = tokenize("By 2026-12-09, 12/9 or 1.5 hrs; don't follow-up 1,000 times. Dec. 9");
  std::vector<std::string> norms;
  for (const auto& tok : t.tokens) norms.push_back(tok.norm);
  const std::vector<std::string> expected = {"by", "2026-12-09", ",", "12/9", "or", "1.5", "hrs", ";", "don't",
                                             "follow-up", "1,000", "times", ".", "dec", ".", "9"};
  CHECK(norms == expected);
}

TEST_CASE("a trailing period or comma does not join a word", "[text][tokens]") {
  const auto t = tokenize("Friday. Then 3, 4");
  REQUIRE(t.tokens.size() == 6);
  CHECK(t.tokens[0].norm == "friday");
  CHECK(t.tokens[2].sentence_start);
  CHECK(t.tokens[3].norm == "3");
}

TEST_CASE("typographic apostrophes fold to ASCII and accented capitals fold", "[text][case]") {
  const auto t = tokenize("I\xE2\x80\x99ll R\xC3\x89P\xC3\x89TER");
  REQUIRE(t.tokens.size() == 2);
  CHECK(t.tokens[0].norm == "i'll");
  CHECK(t.tokens[1].norm == "r\xC3\xA9p\xC3\xA9ter");
  CHECK(t.tokens[1].end == t.text.size());
}

TEST_CASE("non-ASCII punctuation and spaces separate tokens", "[text][tokens]") {
  const auto t = tokenize("goals\xE2\x80\x94" "done\xC2\xA0now \xE2\x80\x9Cquoted\xE2\x80\x9D");
  std::vector<std::string> words;
  for (const auto& tok : t.tokens)
    if (tok.kind != TokenKind::punct) words.push_back(tok.norm);
  CHECK(words == std::vector<std::string>{"goals", "done", "now", "quoted"});
}

TEST_CASE("tokenizing a long text is linear and keeps every span inside the text", "[text][tokens]") {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "practice 3 mock interviews, ";
  const auto t = tokenize(big);
  CHECK(t.tokens.size() == 20000u * 5);
  CHECK(t.tokens.back().end <= big.size());
}
