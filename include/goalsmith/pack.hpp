// goalsmith — language packs: every word list, pattern and message of a locale, as data.
//
// A pack is one JSON document (schema "goalsmith.pack/1", described in docs/pack-format.md).
// The English pack is compiled into the library; others load from a string or a file. Loading
// validates and compiles the whole document once: a malformed pack fails here, with the JSON
// path of the problem, never in a later call. A Pack is immutable and cheap to copy (shared).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "goalsmith/export.hpp"

namespace goalsmith {

namespace detail {
struct CompiledPack;
}

class GOALSMITH_API Pack {
 public:
  /// The built-in pack for `locale` ("en"). Throws Error(not_found) for another locale.
  /// Compiled on first use and shared afterwards. Thread-safe. Added in 0.1.0.
  static Pack builtin(std::string_view locale = "en");
  /// Locales of the built-in packs.
  static std::vector<std::string> builtin_locales();
  /// Loads a pack from a JSON document. Throws Error(json_syntax) with the byte offset, or
  /// Error(json_schema / pack) with the JSON path of the first problem. Added in 0.1.0.
  static Pack from_json(std::string_view json);
  /// Loads a pack from a UTF-8 JSON file. Throws Error(io / not_found) or as from_json.
  static Pack from_file(const std::string& path);

  const std::string& locale() const noexcept;
  const std::string& name() const noexcept;
  const std::string& version() const noexcept;
  /// The pack's source document: pretty-printed with `indent` spaces, or on one line when
  /// `indent` < 0 (the form the built-in pack is embedded in).
  std::string to_json(int indent = 2) const;
  /// Aspect ids the pack knows (valid values of CheckOptions::focus).
  std::vector<std::string> aspect_ids() const;
  /// Sample goals the pack ships for demos (weak and strong).
  std::vector<std::string> demo_goals() const;

  /// Internal: the compiled form used by the analyzers.
  const detail::CompiledPack& compiled() const noexcept { return *impl_; }

 private:
  explicit Pack(std::shared_ptr<const detail::CompiledPack> impl);
  std::shared_ptr<const detail::CompiledPack> impl_;
};

}  // namespace goalsmith
