// Fuzz target: any bytes as a goal. The check must either return a report whose JSON reads back
// to the same document, or throw goalsmith::Error — never crash, hang or throw anything else.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalsmith::Engine engine;
  static const goalsmith::CheckOptions options = [] {
    goalsmith::CheckOptions o;
    o.today = goalsmith::Date::from_iso("2026-11-22");
    return o;
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto report = engine.check_goal(text, options);
    const std::string json = goalsmith::report_to_json(report);
    if (goalsmith::report_to_json(goalsmith::report_from_json(json)) != json) std::abort();
    for (const auto& c : report.criteria)
      for (const auto& e : c.evidence)
        if (e.span.end > text.size() || e.span.begin > e.span.end ||
            text.substr(e.span.begin, e.span.end - e.span.begin) != e.text)
          std::abort();
  } catch (const goalsmith::Error&) {
  }
  return 0;
}
