// Stable names of the public enums: the words used in JSON, the C ABI and Python.
#include <string>

#include "goalsmith/smart.hpp"
#include "goalsmith/time.hpp"

namespace goalsmith {

const char* to_string(Criterion criterion) noexcept {
  switch (criterion) {
    case Criterion::specific: return "specific";
    case Criterion::measurable: return "measurable";
    case Criterion::achievable: return "achievable";
    case Criterion::relevant: return "relevant";
    case Criterion::time_bound: return "time_bound";
  }
  return "unknown";
}

const char* to_string(Verdict verdict) noexcept {
  switch (verdict) {
    case Verdict::met: return "met";
    case Verdict::partial: return "partial";
    case Verdict::missing: return "missing";
  }
  return "unknown";
}

const char* to_string(TimeKind kind) noexcept {
  switch (kind) {
    case TimeKind::date: return "date";
    case TimeKind::interval: return "interval";
    case TimeKind::deadline: return "deadline";
    case TimeKind::duration: return "duration";
    case TimeKind::recurrence: return "recurrence";
  }
  return "unknown";
}

const char* to_string(Grain grain) noexcept {
  switch (grain) {
    case Grain::day: return "day";
    case Grain::week: return "week";
    case Grain::month: return "month";
    case Grain::quarter: return "quarter";
    case Grain::year: return "year";
    case Grain::hour: return "hour";
    case Grain::minute: return "minute";
    case Grain::second: return "second";
    case Grain::part_of_day: return "part_of_day";
  }
  return "unknown";
}

const char* to_string(WeekStart week_start) noexcept {
  return week_start == WeekStart::sunday ? "sunday" : "monday";
}

const char* to_string(Per per) noexcept {
  switch (per) {
    case Per::day: return "day";
    case Per::week: return "week";
    case Per::month: return "month";
    case Per::year: return "year";
  }
  return "unknown";
}

std::optional<Criterion> criterion_from_name(std::string_view name) noexcept {
  // The names curricula use for each letter of SMART. These are API identifiers (like the enum
  // names), not language data: packs give the displayed label of each.
  struct Alias {
    std::string_view name;
    Criterion criterion;
  };
  static constexpr Alias kAliases[] = {
      {"s", Criterion::specific},           {"specific", Criterion::specific},
      {"m", Criterion::measurable},         {"measurable", Criterion::measurable},
      {"a", Criterion::achievable},         {"achievable", Criterion::achievable},
      {"attainable", Criterion::achievable}, {"actionable", Criterion::achievable},
      {"r", Criterion::relevant},           {"relevant", Criterion::relevant},
      {"result-focused", Criterion::relevant}, {"result_focused", Criterion::relevant},
      {"t", Criterion::time_bound},         {"time-bound", Criterion::time_bound},
      {"time_bound", Criterion::time_bound}, {"timely", Criterion::time_bound},
      {"time-dependent", Criterion::time_bound}, {"time_dependent", Criterion::time_bound},
  };
  if (name.size() > 32) return std::nullopt;
  std::string folded;
  for (char c : name) folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : (c == ' ' ? '-' : c);
  for (const auto& a : kAliases)
    if (a.name == folded) return a.criterion;
  return std::nullopt;
}

}  // namespace goalsmith
