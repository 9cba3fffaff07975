// Reads a reflection after a mock interview, prints its possible thinking traps with reframing
// prompts, "yet" rewrites and SMART goal drafts, then the guidance for the next feedback session.
#include <goalsmith/goalsmith.hpp>

#include <iostream>

int main() {
  const goalsmith::Engine engine;  // built-in English pack
  goalsmith::MindsetOptions options;
  options.today = goalsmith::Date::from_iso("2026-11-22");
  options.max_prompts = 2;
  const char* reflection =
      "The mock went better than last week. I'm simply not clever enough for coding rounds. "
      "They must think I'm incompetent. The recruiter always sends the agenda the day before.";
  try {
    const auto report = goalsmith::check_mindset(engine, reflection, options);
    std::cout << report.summary << "\n";
    for (const auto& f : report.findings) {
      std::cout << "\n[" << f.title << "] " << f.text << "\n";
      if (f.rewrite) std::cout << "  with yet: " << *f.rewrite << "\n";
      for (const auto& p : f.prompts) std::cout << "  - " << p.text << "\n";
      if (f.goal_draft) std::cout << "  goal: " << f.goal_draft->text << "\n";
    }
    std::cout << "\nBefore your next feedback session:\n";
    for (const auto& g : goalsmith::feedback_guidance(engine, goalsmith::SessionMoment::before))
      std::cout << "  - " << g.text << "\n";
    return report.findings.size() == 2 ? 0 : 1;
  } catch (const goalsmith::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
