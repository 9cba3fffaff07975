#include "text/utf8.hpp"

#include <string>

#include "goalsmith/error.hpp"
#include "goalsmith/utf8.hpp"

namespace goalsmith::text {

std::size_t first_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629 table)
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c == 0xE0) {
      len = 3, lo = 0xA0;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
      len = 3;
    } else if (c == 0xED) {
      len = 3, hi = 0x9F;  // no surrogates
    } else if (c == 0xF0) {
      len = 4, lo = 0x90;
    } else if (c >= 0xF1 && c <= 0xF3) {
      len = 4;
    } else if (c == 0xF4) {
      len = 4, hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((s[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string_view::npos;
}

void require_utf8(std::string_view text, const char* what) {
  const std::size_t bad = first_invalid_utf8(text);
  if (bad != std::string_view::npos)
    throw Error(ErrorCode::invalid_utf8,
                std::string(what) + " is not valid UTF-8: malformed sequence starting with byte 0x" +
                    [&] {
                      static const char hex[] = "0123456789ABCDEF";
                      const auto b = static_cast<unsigned char>(text[bad]);
                      return std::string{hex[b >> 4], hex[b & 15]};
                    }(),
                "byte " + std::to_string(bad));
}

std::size_t code_points_before(std::string_view text, std::size_t byte_offset) noexcept {
  std::size_t count = 0;
  const std::size_t end = byte_offset < text.size() ? byte_offset : text.size();
  for (std::size_t i = 0; i < end; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace goalsmith::text

namespace goalsmith {

std::size_t find_invalid_utf8(std::string_view text) noexcept { return text::first_invalid_utf8(text); }

}  // namespace goalsmith
