// Checks one goal through an installed goalsmith; exits non-zero if anything is off.
#include <goalsmith/goalsmith.hpp>

#include <cstdio>

int main() {
  if (goalsmith::version_number() != GOALSMITH_VERSION_NUMBER) {
    std::fprintf(stderr, "headers %d but library %d\n", GOALSMITH_VERSION_NUMBER,
                 goalsmith::version_number());
    return 1;
  }
  goalsmith::Engine engine;
  goalsmith::CheckOptions options;
  options.today = goalsmith::Date::from_iso("2026-11-22");
  const goalsmith::SmartReport report =
      engine.check_goal("Rehearse 4 STAR stories by Friday", options);
  const auto& time_bound = report[goalsmith::Criterion::time_bound];
  std::printf("time_bound: %s, deadline %s\n", goalsmith::to_string(time_bound.verdict),
              report.fields.deadline ? report.fields.deadline->to_iso().c_str() : "none");
  const std::string json = goalsmith::report_to_json(report);
  if (time_bound.verdict != goalsmith::Verdict::met ||
      json.find("\"goalsmith.smart_report/1\"") == std::string::npos) {
    std::fprintf(stderr, "unexpected report: %s\n", json.c_str());
    return 1;
  }
  return 0;
}
