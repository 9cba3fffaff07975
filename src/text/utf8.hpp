// text layer: UTF-8 validation.
#pragma once

#include <cstddef>
#include <string_view>

namespace goalsmith::text {

/// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF are rejected), or npos when the text is valid.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

/// Throws Error(invalid_utf8, where = "byte N") when the text is not valid UTF-8.
/// `what` names the input in the message ("goal text", "pack file").
void require_utf8(std::string_view text, const char* what);

/// Number of code points in text[0, byte_offset); the text must be valid UTF-8.
std::size_t code_points_before(std::string_view text, std::size_t byte_offset) noexcept;

}  // namespace goalsmith::text
