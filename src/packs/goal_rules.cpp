#include "packs/goal_rules.hpp"

#include <algorithm>

#include "packs/smart_rules.hpp"

namespace goalsmith::packs {

void compile_goal_rules(const JsonReader& section, const Inflection& inflection,
                        const SmartRules& smart, GoalRules& out) {
  section.expect_object({"max_drafts", "aspects", "messages"});
  out.max_drafts = static_cast<std::size_t>(section.at("max_drafts").integer_in(1, 100));
  out.by_aspect.assign(smart.aspect_list.size(), {});

  const auto aspects = section.at("aspects");
  aspects.expect_any_object();
  for (const auto& item : aspects.json().items()) {
    const JsonReader list = aspects.at(item.key());
    const auto known = std::find_if(smart.aspect_list.begin(), smart.aspect_list.end(),
                                    [&](const Aspect& a) { return a.id == item.key(); });
    if (known == smart.aspect_list.end())
      list.fail("unknown aspect \"" + item.key() + "\" (the ids are those of smart.aspects)");
    auto& patterns = out.by_aspect[static_cast<std::size_t>(known - smart.aspect_list.begin())];
    const std::size_t n = list.expect_array();
    if (n == 0) list.fail("an aspect needs at least one goal pattern");
    patterns.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const JsonReader p = list.at(i);
      p.expect_object({"when", "text", "count", "days"});
      GoalPattern& pattern = patterns[i];
      if (auto when = p.find("when")) {
        pattern.when.set_inflection(&inflection);
        pattern.when.add_all(*when, 1);
        if (pattern.when.empty()) when->fail("\"when\" needs at least one cue word");
      } else if (i + 1 != n) {
        p.fail("only the last pattern of an aspect may go without \"when\" cue words");
      }
      if (i + 1 == n && !pattern.when.empty())
        p.fail("the last pattern of an aspect is its fallback and takes no \"when\" cue words");
      pattern.text_key = item.key() + "/" + std::to_string(i);
      out.texts.add(pattern.text_key, p.at("text"));
      for (const std::string& name : out.texts.placeholders(pattern.text_key))
        if (name != "count" && name != "date")
          p.at("text").fail("unknown placeholder {" + name + "} (a goal pattern may use {count} and {date})");
      pattern.count = static_cast<int>(p.at("count").integer_in(1, 1000));
      pattern.days = static_cast<int>(p.at("days").integer_in(1, 366));
    }
  }
  const auto messages = section.at("messages");
  out.messages.load(messages);
  out.messages.require(messages, {"rationale_feedback", "rationale_rating", "rationale_mindset"});
}

}  // namespace goalsmith::packs
