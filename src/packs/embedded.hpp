// language pack layer: the built-in packs compiled into the library (generated .cpp).
#pragma once

#include <string_view>
#include <vector>

namespace goalsmith::packs {

struct EmbeddedPack {
  std::string_view locale;
  std::string_view json;
};

/// The JSON documents of the built-in packs, in the order CMake listed them.
std::vector<EmbeddedPack> embedded_packs();

}  // namespace goalsmith::packs
