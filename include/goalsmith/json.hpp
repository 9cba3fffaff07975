// goalsmith — the nlohmann/json bridge (the one public header that names nlohmann types).
//
// Include it only if your program uses nlohmann/json. The functions are inline and go through
// the library's JSON text functions, so nlohmann never becomes part of goalsmith's binary
// interface and your nlohmann version may differ from the one goalsmith was built with.
#pragma once

#include <nlohmann/json.hpp>

#include "goalsmith/engine.hpp"

namespace goalsmith {

inline void to_json(nlohmann::json& j, const SmartReport& report) {
  j = nlohmann::json::parse(report_to_json(report));
}
inline void from_json(const nlohmann::json& j, SmartReport& report) {
  report = report_from_json(j.dump());
}
inline void to_json(nlohmann::json& j, const CheckOptions& options) {
  j = nlohmann::json::parse(check_options_to_json(options));
}
inline void from_json(const nlohmann::json& j, CheckOptions& options) {
  options = check_options_from_json(j.dump());
}

}  // namespace goalsmith
