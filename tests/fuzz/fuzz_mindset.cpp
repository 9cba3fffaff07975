// Fuzz target: any bytes as a reflection. The mindset check must either return a report whose
// JSON reads back to the same document, with every span inside the text and matching its words,
// or throw goalsmith::Error — never crash, hang or throw anything else. The same bytes are also
// fed to mindset_report_from_json and mindset_options_from_json, the two JSON readers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

namespace {

void check_span(std::string_view text, const goalsmith::Span& span, std::string_view words) {
  if (span.end > text.size() || span.begin > span.end || text.substr(span.begin, span.end - span.begin) != words)
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalsmith::Engine engine;
  static const goalsmith::MindsetOptions options = [] {
    goalsmith::MindsetOptions o;
    o.today = goalsmith::Date::from_iso("2026-11-22");
    return o;
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto report = goalsmith::check_mindset(engine, text, options);
    const std::string json = goalsmith::mindset_report_to_json(report);
    if (goalsmith::mindset_report_to_json(goalsmith::mindset_report_from_json(json)) != json) std::abort();
    for (const auto& f : report.findings) {
      check_span(text, f.span, f.text);
      check_span(text, f.trigger, f.trigger_text);
      if (f.trigger.begin < f.span.begin || f.trigger.end > f.span.end) std::abort();
      if (f.skill) check_span(text, f.skill->span, f.skill->text);
      if (f.prompts.empty() || f.prompts.size() > 3) std::abort();
      if (f.goal_draft && !f.goal_draft->smart()) std::abort();
    }
  } catch (const goalsmith::Error&) {
  }
  try {
    (void)goalsmith::mindset_report_from_json(text);
  } catch (const goalsmith::Error&) {
  }
  try {
    (void)goalsmith::mindset_options_from_json(text);
  } catch (const goalsmith::Error&) {
  }
  return 0;
}
