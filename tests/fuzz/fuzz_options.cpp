// Fuzz target: any bytes as check options JSON. Accepted options survive a round trip through
// check_options_to_json; rejected ones throw goalsmith::Error naming where.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    const auto options = goalsmith::check_options_from_json(json);
    const auto again = goalsmith::check_options_from_json(goalsmith::check_options_to_json(options));
    if (again.weights != options.weights || again.labels != options.labels || again.focus != options.focus)
      std::abort();
  } catch (const goalsmith::Error& e) {
    if (e.where().empty()) std::abort();
  }
  return 0;
}
