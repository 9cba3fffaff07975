// Checks a few interview-preparation goals against the SMART rubric and prints, for each one,
// the verdict on every criterion with its explanation and the first suggestion.
//
//   ./check_goal_cpp                   # the built-in sample goals
//   ./check_goal_cpp "my own goal"     # your goals instead
#include <goalsmith/goalsmith.hpp>

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> goals(argv + 1, argv + argc);
  if (goals.empty()) {
    goals = {
        "Rehearse 4 STAR stories about teamwork twice a week until December 18",
        "Get better at interviews",
        "Record 3 mock interview answers and get feedback on my communication by next Friday",
    };
  }

  // An Engine is immutable and thread-safe: build it once, share it everywhere.
  const goalsmith::Engine engine;  // the built-in English pack

  goalsmith::CheckOptions options;
  // A fixed reference date keeps the output the same from day to day; leave it unset to use
  // the local date.
  options.today = goalsmith::Date::from_iso("2026-11-22");
  // Feedback said to work on communication: goals about it count as relevant.
  options.focus = {"communication"};

  try {
    for (const std::string& goal : goals) {
      const goalsmith::SmartReport report = engine.check_goal(goal, options);
      std::cout << '"' << report.text << "\"\n"
                << "  score " << report.score << ": " << report.summary << '\n';
      for (const goalsmith::CriterionResult& result : report.criteria) {
        std::cout << "  " << result.label << ": " << goalsmith::to_string(result.verdict) << " - "
                  << result.explanation << '\n';
        if (!result.suggestions.empty()) {
          std::cout << "      try: " << result.suggestions.front() << '\n';
        }
      }
      if (report.fields.deadline) {
        std::cout << "  deadline: " << report.fields.deadline->to_iso() << '\n';
      }
      std::cout << '\n';
    }
  } catch (const goalsmith::Error& error) {
    // Bad input (an empty goal, invalid UTF-8) is reported, never a crash.
    std::cerr << "goalsmith: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
