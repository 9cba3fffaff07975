#include "packs/journal_rules.hpp"

namespace goalsmith::packs {

const std::vector<std::string_view>& journal_message_keys() {
  static const std::vector<std::string_view> keys = {
      "title", "title_learner", "as_of", "goals_heading", "no_goals", "goal_line", "goal_line_no_deadline",
      "goal_streak", "goal_missed", "goal_last_check_in", "goal_no_check_in", "state_on_track",
      "state_behind", "state_done", "state_overdue", "state_paused", "state_dropped", "unit_occurrence",
      "unit_occurrences", "unit_none", "trends_heading", "interviews_count", "no_interviews",
      "ratings_heading", "rating_line", "recurring_heading", "recurring_line", "recurring_open",
      "recurring_closed", "improved_heading", "improved_rating", "improved_unflagged",
      "completed_heading", "completed_line", "reflections_heading", "reflection_line",
      "reflection_findings"};
  return keys;
}

void compile_journal_rules(const JsonReader& section, JournalRules& out) {
  section.expect_object({"messages"});
  const auto messages = section.at("messages");
  out.messages.load(messages);
  out.messages.require(messages, journal_message_keys());
}

}  // namespace goalsmith::packs
