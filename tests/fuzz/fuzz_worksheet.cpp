// Fuzz target: any bytes as a worksheet, Markdown form or JSON. Parsing must either return a
// worksheet whose JSON and Markdown forms read back to the same document, or throw
// goalsmith::Error — never crash, hang or throw anything else. Worksheets that parse and have
// a date are graded too, and the grade must serialize.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "goalsmith/goalsmith.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const goalsmith::Engine engine;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  goalsmith::Worksheet worksheet;
  try {
    worksheet = goalsmith::parse_worksheet(engine, text);
  } catch (const goalsmith::Error&) {
    return 0;
  }
  const std::string json = goalsmith::worksheet_to_json(worksheet);
  try {
    if (goalsmith::worksheet_to_json(goalsmith::worksheet_from_json(json)) != json) std::abort();
  } catch (const goalsmith::Error&) {
    std::abort();  // what the reader produced must read back
  }
  try {
    // The Markdown form keeps everything but line breaks inside a field (they become spaces).
    const auto again = goalsmith::worksheet_from_markdown(engine, goalsmith::worksheet_to_markdown(engine, worksheet));
    if (again.goals.size() != worksheet.goals.size()) std::abort();
  } catch (const goalsmith::Error&) {
  }
  try {
    if (worksheet.date) (void)goalsmith::worksheet_grade_to_json(goalsmith::grade_worksheet(engine, worksheet));
  } catch (const goalsmith::Error&) {
  }
  return 0;
}
