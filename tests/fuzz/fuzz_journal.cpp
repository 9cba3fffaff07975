// Fuzz target: any bytes as a journal document. An accepted journal survives a round trip
// through journal_to_json unchanged and its progress, trends and report can be computed;
// a rejected one throws goalsmith::Error naming where.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalsmith::Engine engine;
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    const goalsmith::Journal journal = goalsmith::journal_from_json(json);
    const std::string text = goalsmith::journal_to_json(journal);
    if (goalsmith::journal_to_json(goalsmith::journal_from_json(text)) != text) std::abort();
    const goalsmith::Date today{2026, 12, 1};
    (void)goalsmith::progress_to_json(journal.progress(today), today);
    (void)goalsmith::trends_to_json(journal.trends(today), today);
    (void)goalsmith::journal_report(journal, engine, today, goalsmith::ReportFormat::html);
  } catch (const goalsmith::Error& e) {
    if (e.where().empty()) std::abort();
  }
  try {
    (void)goalsmith::migrate_journal_json(json, engine);
  } catch (const goalsmith::Error& e) {
    if (e.where().empty()) std::abort();
  }
  return 0;
}
