// Fuzz target: any bytes as a language pack document. Loading either succeeds (and the pack
// then checks a goal) or throws goalsmith::Error with a location.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    const goalsmith::Engine engine(goalsmith::Pack::from_json(json));
    goalsmith::CheckOptions options;
    options.today = goalsmith::Date::from_iso("2026-11-22");
    engine.check_goal("Rehearse 4 STAR stories by Friday", options);
  } catch (const goalsmith::Error& e) {
    if (e.code() != goalsmith::ErrorCode::invalid_argument && e.where().empty()) std::abort();
  }
  return 0;
}
