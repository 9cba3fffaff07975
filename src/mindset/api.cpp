// The public entry points of the mindset check (include/goalsmith/mindset.hpp).
#include "goalsmith/mindset.hpp"

#include "mindset/check.hpp"
#include "packs/compiled_pack.hpp"

namespace goalsmith {

const char* to_string(SessionMoment moment) noexcept {
  return moment == SessionMoment::after ? "after" : "before";
}

MindsetReport check_mindset(const Engine& engine, std::string_view text, const MindsetOptions& options) {
  return mindset::check(engine, text, options);
}

std::vector<MindsetCategory> mindset_categories(const Engine& engine) {
  std::vector<MindsetCategory> out;
  for (const auto& c : engine.pack().compiled().mindset.categories) out.push_back({c.id, c.title, c.description});
  return out;
}

std::vector<GuidancePrompt> feedback_guidance(const Engine& engine, std::optional<SessionMoment> moment) {
  std::vector<GuidancePrompt> out;
  for (const auto& g : engine.pack().compiled().mindset.guidance) {
    const SessionMoment m = g.after ? SessionMoment::after : SessionMoment::before;
    if (!moment || *moment == m) out.push_back({g.id, m, g.text});
  }
  return out;
}

}  // namespace goalsmith
