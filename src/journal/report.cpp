// journal: the summary report in Markdown and HTML.
//
// The report is built once as plain blocks (headings, paragraphs, lists) whose sentences come
// from the pack's "journal" messages, then written in the requested format; all text is escaped
// for that format, so a goal or note can never inject markup.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "goalsmith/journal.hpp"
#include "packs/compiled_pack.hpp"

namespace goalsmith {
namespace {

struct Block {
  enum Kind { heading, paragraph, list } kind;
  int level = 0;
  std::vector<std::string> lines;
};

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100) / 100);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Backslash-escapes the characters that start Markdown markup, and folds line breaks so a note
// cannot open a new block.
std::string escape_markdown(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '#': case '|':
      case '~':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

class Builder {
 public:
  Builder(const detail::CompiledPack& pack) : pack_(pack), m_(pack.journal.messages) {}

  std::string msg(std::string_view key, packs::Messages::Args args = {}) const { return m_.format(key, args); }

  std::string aspect_title(const std::string& id) const {
    const int k = pack_.smart.aspect_index(id);
    return k >= 0 ? pack_.smart.aspect_list[static_cast<std::size_t>(k)].title : id;
  }

  std::string unit_name(const std::string& unit, double amount) const {
    const bool one = std::fabs(amount - 1) < 1e-9;
    if (unit.empty()) return msg("unit_none");
    if (unit == "occurrence") return msg(one ? "unit_occurrence" : "unit_occurrences");
    for (const auto& a : pack_.smart.activity_list)
      if (a.id == unit) return one ? a.singular : a.plural;
    if (unit == "minute") return pack_.messages.format(one ? "unit_minute" : "unit_minutes");
    std::string name = unit;  // a unit id the pack names nowhere else: show it readably
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
  }

  std::string period_name(Per per) const {
    switch (per) {
      case Per::day: return pack_.messages.format("period_day");
      case Per::week: return pack_.messages.format("period_week");
      case Per::month: return pack_.messages.format("period_month");
      case Per::year: return pack_.messages.format("period_year");
    }
    return {};
  }

  std::string state(const GoalProgress& p) const {
    switch (p.state) {
      case ProgressState::on_track: return msg("state_on_track");
      case ProgressState::behind: return msg("state_behind", {{"expected", number(p.expected.value_or(0))}});
      case ProgressState::done: return msg("state_done");
      case ProgressState::overdue: return msg("state_overdue");
      case ProgressState::paused: return msg("state_paused");
      case ProgressState::dropped: return msg("state_dropped");
    }
    return {};
  }

  std::vector<Block> build(const Journal& j, Date today) const {
    std::vector<Block> blocks;
    blocks.push_back({Block::heading, 1, {j.learner ? msg("title_learner", {{"learner", *j.learner}}) : msg("title")}});
    blocks.push_back({Block::paragraph, 0, {msg("as_of", {{"date", today.to_iso()}})}});

    // Goals with their progress.
    blocks.push_back({Block::heading, 2, {msg("goals_heading")}});
    const auto progress = j.progress(today);
    if (progress.empty()) {
      blocks.push_back({Block::paragraph, 0, {msg("no_goals")}});
    } else {
      Block list{Block::list, 0, {}};
      for (std::size_t k = 0; k < progress.size(); ++k) {
        const GoalProgress& p = progress[k];
        const Goal& g = j.goals()[k];
        const std::string done = number(p.done), target = number(p.target.amount), percent = number(p.percent);
        const std::string unit = unit_name(p.target.unit, p.target.amount), st = state(p);
        std::string line = p.deadline ? msg("goal_line", {{"text", p.text}, {"done", done}, {"target", target},
                                                          {"unit", unit}, {"percent", percent}, {"state", st},
                                                          {"deadline", p.deadline->to_iso()}})
                                      : msg("goal_line_no_deadline", {{"text", p.text}, {"done", done},
                                                                      {"target", target}, {"unit", unit},
                                                                      {"percent", percent}, {"state", st}});
        if (g.recurrence && !p.periods.empty()) {
          line += ' ' + msg("goal_streak", {{"streak", std::to_string(p.streak)}, {"period", period_name(g.recurrence->per)}});
          if (p.missed > 0)
            line += ' ' + msg("goal_missed", {{"missed", number(p.missed)}, {"unit", unit_name("occurrence", p.missed)}});
        }
        line += ' ' + (p.last_check_in ? msg("goal_last_check_in", {{"date", p.last_check_in->to_iso()}})
                                       : msg("goal_no_check_in"));
        list.lines.push_back(std::move(line));
      }
      blocks.push_back(std::move(list));
    }

    // Trends across interviews.
    const Trends t = j.trends(today);
    blocks.push_back({Block::heading, 2, {msg("trends_heading")}});
    blocks.push_back({Block::paragraph, 0,
                      {t.interviews > 0 ? msg("interviews_count", {{"count", std::to_string(t.interviews)}})
                                        : msg("no_interviews")}});
    if (!t.ratings.empty()) {
      blocks.push_back({Block::heading, 3, {msg("ratings_heading")}});
      Block list{Block::list, 0, {}};
      for (const auto& [aspect, points] : t.ratings) {
        std::string series;
        for (const auto& point : points) {
          if (!series.empty()) series += ", ";
          series += point.date.to_iso() + " " + number(point.rating.value) + "/" + number(point.rating.scale_max);
        }
        list.lines.push_back(msg("rating_line", {{"aspect", aspect_title(aspect)}, {"ratings", series}}));
      }
      blocks.push_back(std::move(list));
    }
    if (!t.recurring.empty()) {
      blocks.push_back({Block::heading, 3, {msg("recurring_heading")}});
      Block list{Block::list, 0, {}};
      for (const auto& r : t.recurring)
        list.lines.push_back(msg("recurring_line", {{"aspect", aspect_title(r.aspect)},
                                                    {"count", std::to_string(r.count)},
                                                    {"first", r.first.to_iso()},
                                                    {"last", r.last.to_iso()},
                                                    {"status", msg(r.open ? "recurring_open" : "recurring_closed")}}));
      blocks.push_back(std::move(list));
    }
    if (!t.improved.empty()) {
      blocks.push_back({Block::heading, 3, {msg("improved_heading")}});
      Block list{Block::list, 0, {}};
      for (const auto& i : t.improved)
        list.lines.push_back(i.to > i.from ? msg("improved_rating", {{"aspect", aspect_title(i.aspect)},
                                                                     {"from", number(i.from * 100)},
                                                                     {"to", number(i.to * 100)}})
                                           : msg("improved_unflagged", {{"aspect", aspect_title(i.aspect)}}));
      blocks.push_back(std::move(list));
    }
    if (!t.completed.empty()) {
      blocks.push_back({Block::heading, 3, {msg("completed_heading")}});
      Block list{Block::list, 0, {}};
      for (const auto& c : t.completed)
        list.lines.push_back(msg("completed_line", {{"date", c.date.to_iso()}, {"text", c.text}}));
      blocks.push_back(std::move(list));
    }

    // The latest reflections (up to three, newest first) with the number of thinking traps the
    // mindset check found in each.
    std::vector<const Reflection*> recent;
    for (const auto& r : j.reflections())
      if (r.date <= today) recent.push_back(&r);
    std::stable_sort(recent.begin(), recent.end(), [](const Reflection* a, const Reflection* b) { return b->date < a->date; });
    if (recent.size() > 3) recent.resize(3);
    if (!recent.empty()) {
      blocks.push_back({Block::heading, 2, {msg("reflections_heading")}});
      Block list{Block::list, 0, {}};
      for (const Reflection* r : recent) {
        std::string line = msg("reflection_line", {{"date", r->date.to_iso()}, {"text", r->text}});
        const std::size_t traps = findings_in(r->mindset_json);
        if (traps > 0) line += ' ' + msg("reflection_findings", {{"count", std::to_string(traps)}});
        list.lines.push_back(std::move(line));
      }
      blocks.push_back(std::move(list));
    }
    return blocks;
  }

 private:
  static std::size_t findings_in(const std::string& mindset_json) {
    if (mindset_json.empty()) return 0;
    const auto doc = packs::Json::parse(mindset_json, nullptr, false);
    if (!doc.is_object()) return 0;
    const auto it = doc.find("findings");
    return it != doc.end() && it->is_array() ? it->size() : 0;
  }

  const detail::CompiledPack& pack_;
  const packs::Messages& m_;
};

std::string to_markdown(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    if (!out.empty()) out += '\n';
    switch (b.kind) {
      case Block::heading: out += std::string(static_cast<std::size_t>(b.level), '#') + ' ' + escape_markdown(b.lines[0]) + '\n'; break;
      case Block::paragraph: out += escape_markdown(b.lines[0]) + '\n'; break;
      case Block::list:
        for (const auto& line : b.lines) out += "- " + escape_markdown(line) + '\n';
        break;
    }
  }
  return out;
}

std::string to_html(const std::vector<Block>& blocks) {
  std::string out = "<section class=\"goalsmith-journal\">\n";
  for (const Block& b : blocks) {
    switch (b.kind) {
      case Block::heading: {
        const std::string tag = "h" + std::to_string(b.level);
        out += "<" + tag + ">" + escape_html(b.lines[0]) + "</" + tag + ">\n";
        break;
      }
      case Block::paragraph: out += "<p>" + escape_html(b.lines[0]) + "</p>\n"; break;
      case Block::list:
        out += "<ul>\n";
        for (const auto& line : b.lines) out += "<li>" + escape_html(line) + "</li>\n";
        out += "</ul>\n";
        break;
    }
  }
  out += "</section>\n";
  return out;
}

}  // namespace

std::string journal_report(const Journal& journal, const Engine& engine, Date today, ReportFormat format) {
  const Builder builder(engine.pack().compiled());
  const auto blocks = builder.build(journal, today);
  return format == ReportFormat::html ? to_html(blocks) : to_markdown(blocks);
}

}  // namespace goalsmith
