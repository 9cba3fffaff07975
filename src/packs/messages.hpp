// language pack layer: message templates with {named} placeholders.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "packs/hash_index.hpp"
#include "packs/json_reader.hpp"

namespace goalsmith::packs {

class Messages {
 public:
  using Args = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  /// Reads an object of key -> template string. Every template must use only "{name}"
  /// placeholders with balanced braces; "{{" and "}}" stand for literal braces.
  void load(const JsonReader& section);
  /// Adds one template under `key`, parsed like those of load(); errors name `item`'s path.
  /// An existing key is replaced.
  void add(std::string key, const JsonReader& item);
  /// Requires the listed keys (the ones the code uses) to be present.
  void require(const JsonReader& section, const std::vector<std::string_view>& keys) const;
  bool has(std::string_view key) const;
  /// The template filled with `args`; a placeholder with no argument is left as written.
  /// Throws Error(internal) for a key the pack lacks (require() prevents that at load time).
  std::string format(std::string_view key, Args args = {}) const;
  /// format() with arguments gathered at run time.
  std::string format_with(std::string_view key,
                          const std::vector<std::pair<std::string_view, std::string_view>>& args) const;
  /// The placeholder names a template uses, in order of appearance (empty for an unknown key).
  std::vector<std::string> placeholders(std::string_view key) const;

 private:
  // A template split once at load time into literal text and placeholder names, so formatting
  // is a walk over a few pieces rather than a character scan.
  struct Piece {
    bool placeholder = false;
    std::string text;  ///< literal text, or the placeholder's name
  };
  struct Template {
    std::vector<Piece> pieces;
    std::size_t literal_size = 0;
  };
  template <typename It>
  std::string format_range(std::string_view key, It begin, It end) const;
  HashIndex<Template> templates_;
};

}  // namespace goalsmith::packs
