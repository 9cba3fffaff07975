// goalsmith — UTF-8 validation, as the library applies it to every text it reads.
#pragma once

#include <cstddef>
#include <string_view>

#include "goalsmith/export.hpp"

namespace goalsmith {

/// Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence
/// (truncated sequences, overlong forms, surrogates and code points above U+10FFFF are
/// rejected), or std::string_view::npos when `text` is valid. Lets callers report bad input
/// the way the library does before handing it over. Thread-safe. Added in 0.1.0.
GOALSMITH_API std::size_t find_invalid_utf8(std::string_view text) noexcept;

}  // namespace goalsmith
