#include "packs/messages.hpp"

namespace goalsmith::packs {

void Messages::load(const JsonReader& section) {
  section.expect_any_object();
  for (auto it = section.json().begin(); it != section.json().end(); ++it) add(it.key(), section.at(it.key()));
}

void Messages::add(std::string key, const JsonReader& item) {
  const std::string text = item.non_empty_string();
  Template t;
  std::string literal;
  auto flush = [&] {
    if (literal.empty()) return;
    t.literal_size += literal.size();
    t.pieces.push_back(Piece{false, std::move(literal)});
    literal.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {  // "{{" or "}}"
      literal += c;
      ++i;
    } else if (c == '{') {
      const std::size_t close = text.find_first_of("{}", i + 1);
      if (close == std::string::npos || text[close] != '}' || close == i + 1)
        item.fail("unbalanced braces or empty placeholder in message template", ErrorCode::pack);
      flush();
      t.pieces.push_back(Piece{true, text.substr(i + 1, close - i - 1)});
      i = close;
    } else if (c == '}') {
      item.fail("unbalanced braces in message template", ErrorCode::pack);
    } else {
      literal += c;
    }
  }
  flush();
  templates_[key] = std::move(t);
}

std::vector<std::string> Messages::placeholders(std::string_view key) const {
  std::vector<std::string> out;
  if (const Template* t = templates_.find(key))
    for (const auto& piece : t->pieces)
      if (piece.placeholder) out.push_back(piece.text);
  return out;
}

void Messages::require(const JsonReader& section, const std::vector<std::string_view>& keys) const {
  for (auto key : keys)
    if (!has(key)) section.fail("missing required message \"" + std::string(key) + "\"", ErrorCode::pack);
}

bool Messages::has(std::string_view key) const { return templates_.find(key) != nullptr; }

template <typename It>
std::string Messages::format_range(std::string_view key, It begin, It end) const {
  const Template* t = templates_.find(key);
  if (!t) throw Error(ErrorCode::internal, "language pack has no message \"" + std::string(key) + "\"");
  std::string out;
  out.reserve(t->literal_size + 48);
  for (const auto& piece : t->pieces) {
    if (!piece.placeholder) {
      out += piece.text;
      continue;
    }
    bool replaced = false;
    for (It it = begin; it != end; ++it)
      if (it->first == piece.text) {
        out += it->second;
        replaced = true;
        break;
      }
    if (!replaced) out.append("{").append(piece.text).append("}");
  }
  return out;
}

std::string Messages::format(std::string_view key, Args args) const {
  return format_range(key, args.begin(), args.end());
}

std::string Messages::format_with(std::string_view key,
                                  const std::vector<std::pair<std::string_view, std::string_view>>& args) const {
  return format_range(key, args.begin(), args.end());
}

}  // namespace goalsmith::packs
