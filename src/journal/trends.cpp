// journal: trends across interviews — ratings per aspect over time, areas to improve that keep
// coming back, areas that improved, goals completed.
#include <algorithm>
#include <cmath>
#include <set>

#include "goalsmith/journal.hpp"
#include "journal/journal_json.hpp"

namespace goalsmith {
namespace {

double round3(double v) { return std::round(v * 1000) / 1000; }

}  // namespace

Trends Journal::trends(Date today) const {
  Trends t;
  // Interviews in date order (stable: same-day interviews keep journal order); later ones are
  // ignored so that the trends of a past day can be reproduced.
  std::vector<const Interview*> order;
  for (const Interview& i : interviews_)
    if (i.date <= today) order.push_back(&i);
  std::stable_sort(order.begin(), order.end(), [](const Interview* a, const Interview* b) { return a->date < b->date; });
  t.interviews = static_cast<long>(order.size());

  for (const Interview* i : order)
    for (const auto& [aspect, rating] : i->ratings) t.ratings[aspect].push_back(RatingPoint{i->date, i->id, rating});

  // Recurring areas to improve.
  std::map<std::string, Trends::Recurring> recurring;
  for (const Interview* i : order) {
    std::set<std::string> seen;  // an aspect listed twice in one interview counts once
    for (const std::string& aspect : i->improve) {
      if (!seen.insert(aspect).second) continue;
      auto& r = recurring[aspect];
      if (r.count == 0) {
        r.aspect = aspect;
        r.first = i->date;
      }
      ++r.count;
      r.last = i->date;
    }
  }
  const Interview* latest = order.empty() ? nullptr : order.back();
  for (auto& [aspect, r] : recurring) {
    if (r.count < 2) continue;
    r.open = latest && std::find(latest->improve.begin(), latest->improve.end(), aspect) != latest->improve.end();
    t.recurring.push_back(r);
  }
  std::stable_sort(t.recurring.begin(), t.recurring.end(), [](const Trends::Recurring& a, const Trends::Recurring& b) {
    if (a.count != b.count) return a.count > b.count;
    return b.last < a.last;  // more recent first among equals
  });

  // Improved: the normalized rating rose, or an area to improve stopped being one in the latest
  // interview that rates or names the aspect.
  std::set<std::string> aspects;
  for (const auto& [aspect, points] : t.ratings) aspects.insert(aspect);
  for (const auto& [aspect, r] : recurring) aspects.insert(aspect);
  for (const std::string& aspect : aspects) {
    Trends::Improved imp;
    imp.aspect = aspect;
    bool rose = false;
    if (auto it = t.ratings.find(aspect); it != t.ratings.end() && it->second.size() >= 2) {
      imp.from = round3(it->second.front().rating.normalized());
      imp.to = round3(it->second.back().rating.normalized());
      rose = imp.to > imp.from;
    } else if (it != t.ratings.end() && !it->second.empty()) {
      imp.from = imp.to = round3(it->second.front().rating.normalized());
    }
    if (recurring.count(aspect)) {
      // The latest interview that mentions the aspect at all decides whether it is still flagged.
      for (auto i = order.rbegin(); i != order.rend(); ++i) {
        const Interview& iv = **i;
        const bool flagged = std::find(iv.improve.begin(), iv.improve.end(), aspect) != iv.improve.end();
        const bool mentioned = flagged || iv.ratings.count(aspect) ||
                               std::find(iv.strengths.begin(), iv.strengths.end(), aspect) != iv.strengths.end();
        if (!mentioned) continue;
        imp.no_longer_flagged = !flagged;
        break;
      }
    }
    if (rose || imp.no_longer_flagged) t.improved.push_back(imp);
  }

  for (const GoalProgress& p : progress(today)) {
    if (p.completed) t.completed.push_back(Trends::Completed{p.goal_id, p.text, *p.completed});
    if (p.status == GoalStatus::active && p.state != ProgressState::done) ++t.goals_active;
  }
  std::stable_sort(t.completed.begin(), t.completed.end(),
                   [](const Trends::Completed& a, const Trends::Completed& b) { return a.date < b.date; });
  return t;
}

std::string trends_to_json(const Trends& t, Date today, int indent) {
  packs::JsonWriter w(indent);
  w.begin_object()
      .member("schema", journal::kTrendsSchema)
      .member("today", today.to_iso())
      .member("interviews", t.interviews)
      .member("goals_active", t.goals_active);
  // One row per rating: the shape a plotting library or a data frame wants.
  w.key("ratings").begin_array();
  for (const auto& [aspect, points] : t.ratings)
    for (const auto& point : points)
      w.begin_object()
          .member("aspect", aspect)
          .member("date", point.date.to_iso())
          .member("interview", point.interview_id)
          .member("value", point.rating.value)
          .member("min", point.rating.scale_min)
          .member("max", point.rating.scale_max)
          .member("normalized", round3(point.rating.normalized()))
          .end_object();
  w.end_array();
  w.key("recurring").begin_array();
  for (const auto& r : t.recurring)
    w.begin_object()
        .member("aspect", r.aspect)
        .member("count", r.count)
        .member("first", r.first.to_iso())
        .member("last", r.last.to_iso())
        .member("open", r.open)
        .end_object();
  w.end_array();
  w.key("improved").begin_array();
  for (const auto& i : t.improved)
    w.begin_object()
        .member("aspect", i.aspect)
        .member("from", i.from)
        .member("to", i.to)
        .member("no_longer_flagged", i.no_longer_flagged)
        .end_object();
  w.end_array();
  w.key("completed").begin_array();
  for (const auto& c : t.completed)
    w.begin_object().member("goal", c.goal_id).member("text", c.text).member("date", c.date.to_iso()).end_object();
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace goalsmith
