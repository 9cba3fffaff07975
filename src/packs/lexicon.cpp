#include "packs/lexicon.hpp"

#include <algorithm>

namespace goalsmith::packs {

void PhraseLexicon::add(std::string_view phrase, std::int32_t payload, const std::string& where) {
  // Most entries are one plain word: skip the tokenizer for them (packs have thousands).
  const bool plain_word = !phrase.empty() && std::all_of(phrase.begin(), phrase.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
  if (plain_word) {
    auto& bucket = by_first_[phrase];
    for (const auto& e : bucket)
      if (e.rest.empty())
        throw Error(ErrorCode::pack, "duplicate phrase \"" + std::string(phrase) + "\"", where);
    bucket.push_back(Entry{{}, payload});
    ++size_;
    return;
  }
  const auto tokenized = text::tokenize(phrase);
  if (tokenized.tokens.empty())
    throw Error(ErrorCode::pack, "phrase \"" + std::string(phrase) + "\" has no words", where);
  Entry entry;
  entry.payload = payload;
  for (std::size_t k = 1; k < tokenized.tokens.size(); ++k)
    entry.rest.push_back(tokenized.tokens[k].norm);
  auto& bucket = by_first_[std::string_view(tokenized.tokens[0].norm)];
  for (const auto& e : bucket)
    if (e.rest == entry.rest)
      throw Error(ErrorCode::pack, "duplicate phrase \"" + std::string(phrase) + "\"", where);
  bucket.push_back(std::move(entry));
  ++size_;
}

void PhraseLexicon::add_all(const JsonReader& list, std::int32_t payload) {
  const std::size_t n = list.expect_array();
  for (std::size_t i = 0; i < n; ++i) {
    const auto item = list.at(i);
    add(item.non_empty_string(), payload, item.where());
  }
}

const std::vector<PhraseLexicon::Entry>* PhraseLexicon::entries_for(std::string_view first,
                                                                     std::size_t hash) const {
  return by_first_.find(first, hash);
}

std::optional<PhraseLexicon::Match> PhraseLexicon::match_entries(
    const std::vector<Entry>& entries, const std::vector<text::Token>& tokens, std::size_t i) const {
  std::optional<Match> best;
  for (const auto& e : entries) {
    const std::size_t len = 1 + e.rest.size();
    if (i + len > tokens.size()) continue;
    if (best && best->length >= len) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.rest.size() && ok; ++k) ok = tokens[i + 1 + k].norm == e.rest[k];
    if (ok) best = Match{len, e.payload};
  }
  return best;
}

std::optional<PhraseLexicon::Match> PhraseLexicon::longest_at(const std::vector<text::Token>& tokens,
                                                              std::size_t i) const {
  if (i >= tokens.size()) return std::nullopt;
  const std::string_view word = tokens[i].norm;
  std::optional<Match> best;
  auto consider = [&](std::string_view candidate, std::size_t hash) {
    if (const auto* entries = entries_for(candidate, hash)) {
      auto m = match_entries(*entries, tokens, i);
      if (m && (!best || m->length > best->length)) best = m;
    }
  };
  consider(word, tokens[i].hash);
  if (inflection_ && tokens[i].kind == text::TokenKind::word) {
    std::string scratch;  // short words stay in the small-string buffer: no allocation
    for_each_base_form(word, *inflection_, scratch, [&](std::string_view form) { consider(form, hash_text(form)); });
  }
  return best;
}

Pattern::Pattern(const JsonReader& source) : source_(source.non_empty_string()) {
  try {
    regex_.assign(source_, boost::regex::perl | boost::regex::icase);
  } catch (const boost::regex_error& e) {
    source.fail("regular expression does not compile: " + std::string(e.what()), ErrorCode::pack);
  }
}

bool Pattern::match(std::string_view input, std::vector<std::string>* groups) const {
  if (input.size() > kMaxInput) return false;
  boost::match_results<std::string_view::const_iterator> m;
  try {
    if (!boost::regex_match(input.begin(), input.end(), m, regex_)) return false;
  } catch (const std::runtime_error&) {
    return false;  // Boost.Regex gave up on a pathological pattern: treat as no match
  }
  if (groups) {
    groups->clear();
    for (std::size_t k = 0; k < m.size(); ++k) groups->push_back(m[k].matched ? m[k].str() : std::string());
  }
  return true;
}

}  // namespace goalsmith::packs
