// Fuzz target: any bytes as text for the time-expression engine. Every expression must lie
// inside the text, in order, and have ordered dates.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalsmith::Engine engine;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    std::size_t previous_end = 0;
    for (const auto& e : engine.parse_time(text, goalsmith::Date::from_iso("2026-11-22"))) {
      if (e.span.begin < previous_end || e.span.end > text.size() || e.span.begin >= e.span.end) std::abort();
      if (text.substr(e.span.begin, e.span.end - e.span.begin) != e.text) std::abort();
      if (e.start && e.end && *e.end < *e.start) std::abort();
      previous_end = e.span.end;
    }
  } catch (const goalsmith::Error&) {
  }
  return 0;
}
